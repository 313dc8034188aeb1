using System.Reflection;

namespace IceCareers.Data.Compiled;

/// <summary>
/// The catalog compiled from the embedded YAML (NodaTime keeps its time-zone data the same way): a binary form that
/// <see cref="CareerCatalog.Default"/> reads in a fraction of the time the YAML takes, because it needs no parser, no
/// mapping and no validation (the data was checked when it was compiled). The YAML stays the truth: the compiled form is
/// stamped with the SHA-256 fingerprint of the YAML it was made from, and the build compiles the fingerprint of the YAML
/// it embeds into <see cref="DataFingerprint"/>; the compiled form is used only while the two match, so a stale compiled
/// file can slow <c>Default</c> down but never change what it returns. <c>eng/compile-data.sh</c> rewrites it.
/// </summary>
/// <remarks>
/// Layout: magic, format version (int32), data fingerprint (string), checksum of the payload (uint64), payload length
/// (int32), payload. The payload is a string table (count, then length-prefixed UTF-8 strings) followed by the catalog,
/// written field by field by <see cref="CompiledCatalogWriter"/>: numbers as 7-bit-encoded non-negative integers, strings
/// as table indexes, dates as day numbers, optional values behind a presence flag, lists behind their count.
/// </remarks>
internal static class CompiledCatalog
{
    /// <summary>The embedded resource holding the compiled catalog (outside the <c>IceCareers.Data.</c> prefix of the YAML files).</summary>
    public const string ResourceName = "IceCareers.Compiled.catalog.bin";

    /// <summary>"ICAT" in little-endian order.</summary>
    public const uint Magic = 0x54414349;

    /// <summary>Changes whenever the layout changes, so that an old file is never misread.</summary>
    public const int FormatVersion = 2;

    /// <summary>A payload larger than this is refused unread (the real one is tens of kilobytes).</summary>
    public const int MaxPayloadBytes = 16 * 1024 * 1024;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>
    /// Reads the compiled catalog embedded in <paramref name="assembly"/>, or <see langword="null"/> when it is missing,
    /// damaged, or was compiled from other data than <paramref name="dataFingerprint"/> (by default the fingerprint of
    /// the YAML embedded in this build, <see cref="DataFingerprint.Value"/>).
    /// </summary>
    public static CareerCatalog? TryLoad(Assembly assembly, string dataFingerprint = DataFingerprint.Value)
    {
        using var stream = assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : CompiledCatalogReader.TryRead(stream, dataFingerprint);
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
