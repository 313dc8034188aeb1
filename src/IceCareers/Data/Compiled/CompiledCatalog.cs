using System.Reflection;

namespace IceCareers.Data.Compiled;

/// <summary>
/// The catalog compiled from the embedded YAML (NodaTime keeps its time-zone data the same way): a binary form that
/// <see cref="CareerCatalog.Default"/> reads in a fraction of the time the YAML takes, because it needs no parser, no
/// mapping and no validation (the data was checked when it was compiled). The YAML stays the truth: the compiled form is
/// stamped with a fingerprint of the embedded YAML and is used only while that fingerprint matches, so a stale compiled
/// file can slow <c>Default</c> down but never change what it returns. <c>eng/compile-data.sh</c> rewrites it.
/// </summary>
/// <remarks>
/// Layout: magic, format version (int32), data fingerprint (uint64), checksum of the payload (uint64), payload length
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
    public const int FormatVersion = 1;

    /// <summary>The bytes before the payload: magic, format version, fingerprint, checksum and payload length.</summary>
    public const int HeaderBytes = 4 + 4 + 8 + 8 + 4;

    /// <summary>A payload larger than this is refused unread (the real one is tens of kilobytes).</summary>
    public const int MaxPayloadBytes = 16 * 1024 * 1024;

    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>Reads the compiled catalog embedded in <paramref name="assembly"/>, or <see langword="null"/> when it is missing, stale or damaged.</summary>
    public static CareerCatalog? TryLoad(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : CompiledCatalogReader.TryRead(stream, Fingerprint(DataFile.FromAssembly(assembly)));
    }

    /// <summary>A fingerprint of data files: their paths and bytes, in the given order (FNV-1a, 64 bits).</summary>
    public static ulong Fingerprint(IReadOnlyList<DataFile> files)
    {
        var hash = FnvOffset;
        var buffer = new byte[16 * 1024];
        foreach (var file in files)
        {
            foreach (var c in file.Path)
            {
                hash = (hash ^ c) * FnvPrime;
            }

            hash = (hash ^ 0xFF) * FnvPrime;
            using var stream = file.Open();
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash = Checksum(buffer.AsSpan(0, read), hash);
            }

            hash = (hash ^ 0xFE) * FnvPrime;
        }

        return hash;
    }

    /// <summary>FNV-1a (64 bits) of <paramref name="bytes"/>: enough to notice a damaged or truncated file, not a defence against tampering.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes, ulong seed = FnvOffset)
    {
        var hash = seed;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }
}
