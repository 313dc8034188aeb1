using System.Reflection;

namespace IceCareers.Data.Compiled;

/// <summary>
/// The catalog compiled from the embedded YAML (NodaTime keeps its time-zone data the same way): a binary form that
/// <see cref="CareerCatalog.Default"/> reads in a fraction of the time the YAML takes, because it needs no parser, no
/// mapping and no validation (the data was checked when it was compiled). The YAML stays the truth and
/// <c>eng/compile-data.sh</c> rewrites the compiled file from it; one guard keeps the two in step — a test that a fresh
/// compilation of the embedded YAML equals the committed file byte for byte. At run time there is one path: the
/// compiled form is read, or loading fails with a <see cref="CatalogLoadException"/> that says what is wrong.
/// </summary>
/// <remarks>
/// Layout: magic, format version (int32), checksum of the payload (uint64), payload length (int32), payload. The payload
/// is a string table (count, then length-prefixed UTF-8 strings) followed by the catalog, written field by field by
/// <see cref="CompiledCatalogWriter"/>: numbers as 7-bit-encoded non-negative integers, strings as table indexes, dates
/// as day numbers, optional values behind a presence flag, lists behind their count.
/// </remarks>
internal static class CompiledCatalog
{
    /// <summary>The embedded resource holding the compiled catalog (outside the <c>IceCareers.Data.</c> prefix of the YAML files).</summary>
    public const string ResourceName = "IceCareers.Compiled.catalog.bin";

    /// <summary>"ICAT" in little-endian order.</summary>
    public const uint Magic = 0x54414349;

    /// <summary>Changes whenever the layout changes, so that an old file is never misread.</summary>
    public const int FormatVersion = 3;

    /// <summary>A payload larger than this is refused unread (the real one is tens of kilobytes).</summary>
    public const int MaxPayloadBytes = 16 * 1024 * 1024;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>Reads the compiled catalog embedded in <paramref name="assembly"/>.</summary>
    /// <exception cref="CatalogLoadException">It is missing, of another format, damaged, or does not read; the error says which.</exception>
    public static CareerCatalog Load(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CatalogLoadException([new CatalogError(ResourceName, 1, 1, $"{assembly.GetName().Name} embeds no compiled catalog; build it with `bash eng/compile-data.sh`")]);
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
}
