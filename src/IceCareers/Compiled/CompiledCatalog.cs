using System.Reflection;
using IceCareers.Diagnostics;

namespace IceCareers.Compiled;

// ─── The compiled catalog: layout and compatibility rules (read before changing a Write… or Read… method) ──────────────
//
// Layout (format 4)
//   header   magic "ICAT" (uint32), format version (int32), checksum of the payload (FNV-1a, uint64), payload length (int32)
//   payload  sections, one after another, in any order: section id (number), byte length (number), that many bytes
//   section  1 strings: count, then each string as a byte length and UTF-8 bytes. Everywhere else a string is its index.
//            2 catalog: version, asOf (read like a record: the section's length bounds it, later fields go at its end)
//            3 sources  4 roles  5 requirements  6 pipelines  7 training programs: a count, then that many records
//            8 pay: one record, the pay data of data/pay/ (optional: a file without it leaves the pay data to the
//            embedded YAML)
//   record   every model object (a role, a duty, a pay grade, a dated period, …): byte length, then its fields in a fixed
//            order. The one exception: a dated period's Effective (from, to) is two fields of the period's record.
//   field    number: 7-bit-encoded, non-negative; bool: one byte, 0 or 1; decimal: 16 bytes (decimal.GetBits, little
//            endian); date: a number (DayNumber); optional value: a bool, then the value if true; list: a count, then
//            the items (records when the items are model objects); an enum: its number.
// Each model type has its Write… and Read… methods side by side in CatalogCodec.<Type>.cs; the layout is those methods.
//
// Compatible changes: no format-version bump, and the reader keeps reading every older file of the same format
//   • A new section, with an id never used before (add it to Sections). Older readers skip section ids they do not know.
//     The reader enters it with `if (r.TryEnterSection(id))` and otherwise uses a documented default for files written
//     before it existed (an empty list, say) — never with EnterSection, which requires it.
//   • A new field appended at the END of a record (or of the catalog section). Older readers skip the rest of a record
//     they have read. The reader reads it as `r.More ? r.Int() : <default>` — the default documented on that line — so a
//     record from an older writer, which ends before the field, reads with the default. Never read it unconditionally.
//   • A new requirement kind or enum member: older files do not hold it. (An older reader — which in practice never
//     meets a newer file, since each assembly embeds its own — would refuse an unknown requirement kind and carry an
//     unknown enum number as it is; so an enum number, once written, is never given to another member.)
// Incompatible changes: bump FormatVersion, raise OldestReadableFormatVersion to it, and replace the frozen file in
// tests/IceCareers.Tests/Compiled/Frozen with one written in the new format (eng/DataCompiler --freeze)
//   • Removing, reordering or re-typing a field or a section; inserting a field anywhere but at the end of a record;
//     giving an existing field, section id or enum number another meaning; changing how a primitive is encoded.
//   • Making a record of something written inline, or the reverse (which is why every model object is a record).
// The frozen file (written once and never regenerated) is what keeps these rules honest: a reader that cannot read it,
// or reads something other than the catalog it was written from, fails a test.
// ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────

/// <summary>
/// The catalog compiled from the embedded YAML (NodaTime keeps its time-zone data the same way): a binary form that
/// <c>CareerCatalog.Default</c> reads in a fraction of the time the YAML takes, because it needs no parser, no
/// mapping and no validation (the data was checked when it was compiled). The YAML stays the truth and
/// <c>eng/compile-data.sh</c> rewrites the compiled file from it; one guard keeps the two in step — a test that a fresh
/// compilation of the embedded YAML equals the committed file byte for byte. At run time there is one path: the
/// compiled form is read, or loading fails with a <c>CatalogLoadException</c> that says what is wrong.
/// </summary>
/// <remarks>The layout and the rules for changing it without breaking older files are at the top of this file.</remarks>
internal static class CompiledCatalog
{
    /// <summary>The embedded resource holding the compiled catalog (outside the <c>IceCareers.Data.</c> prefix of the YAML files).</summary>
    public const string ResourceName = "IceCareers.Compiled.catalog.bin";

    /// <summary>"ICAT" in little-endian order.</summary>
    public const uint Magic = 0x54414349;

    /// <summary>
    /// The format this library writes. Bumped only by an incompatible change (see the rules at the top of this file);
    /// new sections and new trailing fields keep it. 3 and older had no sections and no record lengths.
    /// </summary>
    public const int FormatVersion = 4;

    /// <summary>The oldest format this library reads; files of older formats, and of formats newer than <see cref="FormatVersion"/>, are refused.</summary>
    public const int OldestReadableFormatVersion = 4;

    /// <summary>A payload larger than this is refused unread (the real one is about a hundred kilobytes).</summary>
    public const int MaxPayloadBytes = 16 * 1024 * 1024;

    /// <summary>Bytes before the payload: magic, format version, checksum, payload length.</summary>
    public const int HeaderBytes = 4 + 4 + 8 + 4;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>Reads the compiled catalog embedded in <paramref name="assembly"/>.</summary>
    /// <exception cref="ProblemException">It is missing, of another format, damaged, or does not read; the error says which.</exception>
    public static CatalogContent Load(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ProblemException([Problem.InFile(ResourceName, 1, 1, $"{assembly.GetName().Name} embeds no compiled catalog; build it with `bash eng/compile-data.sh`")]);
        return CompiledCatalogReader.Read(stream, ResourceName);
    }

    /// <summary>FNV-1a (64 bits) of <paramref name="bytes"/>: enough to notice a damaged or truncated file, not a defence against tampering.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = FnvOffset;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }

    /// <summary>The section ids. An id, once used, keeps its meaning for ever; a new section takes the next unused number.</summary>
    public static class Sections
    {
        /// <summary>The string table; read before every other section.</summary>
        public const int Strings = 1;

        /// <summary>One record: the data set's version and as-of date.</summary>
        public const int Catalog = 2;

        /// <summary>The sources, as a list of records.</summary>
        public const int Sources = 3;

        /// <summary>The roles, as a list of records.</summary>
        public const int Roles = 4;

        /// <summary>The requirements, as a list of records.</summary>
        public const int Requirements = 5;

        /// <summary>The hiring pipelines, as a list of records.</summary>
        public const int Pipelines = 6;

        /// <summary>The training programs, as a list of records.</summary>
        public const int TrainingPrograms = 7;

        /// <summary>
        /// The pay data (data/pay/), as one record, read on first use; optional: a file written before it existed has no
        /// pay data (an empty <c>PayData</c>).
        /// </summary>
        public const int Pay = 8;

        /// <summary>One more than the highest id this library knows; ids from here up are skipped.</summary>
        public const int End = 9;

        /// <summary>A name for messages.</summary>
        public static string Name(int id) => id switch
        {
            Strings => "strings",
            Catalog => "catalog",
            Sources => "sources",
            Roles => "roles",
            Requirements => "requirements",
            Pipelines => "pipelines",
            TrainingPrograms => "training programs",
            Pay => "pay",
            _ => "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
