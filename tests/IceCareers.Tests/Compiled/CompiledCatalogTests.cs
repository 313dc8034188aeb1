using System.Text.Json;
using IceCareers.Compiled;
using IceCareers.Diagnostics;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Compiled;

/// <summary>
/// The compiled catalog (issue 16): one guard against a stale file (a fresh compilation equals the committed one), and
/// one run-time path — it reads, or loading fails saying what is wrong; it is never silently replaced.
/// </summary>
public sealed class CompiledCatalogTests
{
    private const string Regenerate = "src/IceCareers/Compiled/catalog.bin is stale: run `bash eng/compile-data.sh` and commit it.";
    private const string Name = "catalog.bin";

    private static readonly System.Reflection.Assembly Library = typeof(CareerCatalog).Assembly;

    [Fact]
    public void CommittedFile_ComparedWithFreshCompilation_IsByteForByteEqual()
    {
        // The one guard: catches data changed without recompiling, and a writer change (a new field) not followed by one.
        var committed = File.ReadAllBytes(Repository.PathOf("src", "IceCareers", "Compiled", "catalog.bin"));

        Assert.True(Compile().AsSpan().SequenceEqual(committed), Regenerate);
    }

    [Fact]
    public void Load_ShippedAssembly_EqualsCatalogParsedFromEmbeddedYaml()
    {
        var compiled = CareerCatalog.FromStream(Library.GetManifestResourceStream(CompiledCatalog.ResourceName)!, CompiledCatalog.ResourceName);
        var parsed = CareerCatalog.LoadDirectory(Repository.DataDirectory);

        Assert.Equal(Json(parsed), Json(compiled));
        Assert.Equal(Json(CareerCatalog.Default), Json(compiled));
    }

    [Fact]
    public void Write_SameCatalogTwice_IsDeterministic()
    {
        Assert.Equal(Compile(), Compile());
    }

    [Fact]
    public void Load_AssemblyWithoutCompiledCatalog_ThrowsNamingTheResourceAndTheFix()
    {
        var error = Assert.Throws<ProblemException>(() => CompiledCatalog.Load(typeof(CompiledCatalogTests).Assembly));

        var only = Assert.Single(error.Problems);
        Assert.Equal(CompiledCatalog.ResourceName, only.File);
        Assert.Contains("embeds no compiled catalog", only.Message, StringComparison.Ordinal);
        Assert.Contains("eng/compile-data.sh", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotACompiledCatalog_ThrowsSayingSo()
    {
        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(new MemoryStream("sources:\n  - id: x\n"u8.ToArray()), Name));

        Assert.Contains("not a compiled IceCareers catalog", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NewerFormatVersion_ThrowsNamingBothVersions()
    {
        var bytes = Compile();
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), CompiledCatalog.FormatVersion + 1);

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(new MemoryStream(bytes), Name));

        Assert.Contains($"compiled in format {CompiledCatalog.FormatVersion + 1}; this library reads format {CompiledCatalog.FormatVersion} (a newer IceCareers wrote it)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FormatBeforeSections_ThrowsNamingBothVersions()
    {
        // Format 3 had neither sections nor record lengths: this library does not try to read it.
        var bytes = Compile();
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), 3);

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(new MemoryStream(bytes), Name));

        Assert.Contains($"compiled in format 3; this library reads format {CompiledCatalog.FormatVersion} (an older IceCareers wrote it)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EveryTruncation_ThrowsCatalogLoadExceptionOnly()
    {
        var bytes = Compile();

        for (var length = 0; length < bytes.Length; length += length < 64 ? 1 : 97)
        {
            var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(new MemoryStream(bytes, 0, length), Name));
            Assert.Equal(Name, Assert.Single(error.Problems).File);
        }
    }

    [Fact]
    public void Read_AnyChangedByte_ThrowsCatalogLoadExceptionOnly()
    {
        var bytes = Compile();

        for (var position = 0; position < bytes.Length; position += position < 64 ? 1 : 89)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[position] ^= 0x5A;
            Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(new MemoryStream(damaged), Name));
        }
    }

    [Fact]
    public void Read_ChangedPayloadByte_ThrowsSayingItIsDamaged()
    {
        var bytes = Compile();
        bytes[^1] ^= 0x01;

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(new MemoryStream(bytes), Name));

        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PayloadEndingInsideASectionHeader_ThrowsSayingWhere()
    {
        // A payload with a valid checksum whose last byte starts a section that is not there is not what any writer makes.
        var payload = Payload(Compile()).Append((byte)0x7F).ToArray();

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(Envelope(payload), Name));

        Assert.Contains("ends inside a field", error.Message, StringComparison.Ordinal);
    }

    private static byte[] Compile()
    {
        using var stream = new MemoryStream();
        CompiledCatalogWriter.Write(CareerCatalog.LoadDirectory(Repository.DataDirectory).Content, stream);
        return stream.ToArray();
    }

    private static byte[] Payload(byte[] file) => file.AsSpan(CompiledCatalog.HeaderBytes).ToArray();

    private static MemoryStream Envelope(ReadOnlySpan<byte> payload)
    {
        var stream = new MemoryStream();
        CompiledCatalogWriter.WriteEnvelope(stream, payload);
        stream.Position = 0;
        return stream;
    }

    private static string Json(CareerCatalog? catalog) => JsonSerializer.Serialize(catalog, IceCareersJsonContext.Default.CareerCatalog!);
}
