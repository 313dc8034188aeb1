using System.Text.Json;
using IceCareers.Data;
using IceCareers.Data.Compiled;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Data.Compiled;

public sealed class CompiledCatalogTests
{
    private const string Regenerate = "src/IceCareers/Data/Compiled/catalog.bin is stale: run `bash eng/compile-data.sh` and commit it.";

    private static readonly System.Reflection.Assembly Library = typeof(CareerCatalog).Assembly;

    // Fingerprints are 64 hex digits, like the SHA-256 the build computes.
    private static readonly string One = new('1', 64);
    private static readonly string Two = new('2', 64);

    [Fact]
    public void Default_ShippedAssembly_ReadFromCompiledFormNotParsed()
    {
        // Default takes the compiled form whenever it loads for the data embedded in this build.
        Assert.True(CompiledCatalog.TryLoad(Library) is not null, Regenerate);
    }

    [Fact]
    public void TryLoad_ShippedAssembly_EqualsCatalogParsedFromEmbeddedYaml()
    {
        var compiled = CompiledCatalog.TryLoad(Library);
        var parsed = CatalogReader.Read(DataFile.FromAssembly(Library));

        Assert.NotNull(compiled);
        Assert.Equal(Json(parsed), Json(compiled));
    }

    [Fact]
    public void CommittedFile_ComparedWithFreshCompilation_IsByteForByteEqual()
    {
        // Catches a writer change (a new field) that was not followed by a recompilation, even when the data is unchanged.
        var committed = File.ReadAllBytes(Repository.PathOf("src", "IceCareers", "Data", "Compiled", "catalog.bin"));

        Assert.True(Compile().AsSpan().SequenceEqual(committed), Regenerate);
    }

    [Fact]
    public void Write_SameCatalogTwice_IsDeterministic()
    {
        Assert.Equal(Compile(), Compile());
    }

    [Fact]
    public void TryRead_OtherDataFingerprint_ReturnsNull()
    {
        var bytes = Compile(One);

        Assert.Null(CompiledCatalogReader.TryRead(new MemoryStream(bytes), Two));
        Assert.NotNull(CompiledCatalogReader.TryRead(new MemoryStream(bytes), One));
    }

    [Fact]
    public void TryLoad_ShippedAssemblyWithOtherFingerprint_ReturnsNull()
    {
        // What Default meets when data/ changed but catalog.bin was not recompiled: it parses the YAML instead.
        Assert.Null(CompiledCatalog.TryLoad(Library, Two));
    }

    [Fact]
    public void DataFingerprint_Value_IsSha256OfEveryEmbeddedYamlFileByName()
    {
        var entries = Library.GetManifestResourceNames()
            .Where(n => n.StartsWith("IceCareers.Data.", StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = Library.GetManifestResourceStream(n)!;
                return n + "=" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream));
            });

        var computed = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join(";", entries))));

        Assert.Equal(DataFingerprint.Value, computed);
    }

    [Fact]
    public void TryRead_OtherFormatVersion_ReturnsNull()
    {
        var bytes = Compile(One);
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), CompiledCatalog.FormatVersion + 1);

        Assert.Null(CompiledCatalogReader.TryRead(new MemoryStream(bytes), One));
    }

    [Fact]
    public void TryRead_EveryTruncation_ReturnsNullWithoutThrowing()
    {
        var bytes = Compile(One);

        for (var length = 0; length < bytes.Length; length += length < 64 ? 1 : 97)
        {
            Assert.Null(CompiledCatalogReader.TryRead(new MemoryStream(bytes, 0, length), One));
        }
    }

    [Fact]
    public void TryRead_AnyChangedByte_ReturnsNullWithoutThrowing()
    {
        var bytes = Compile(One);

        for (var position = 0; position < bytes.Length; position += position < 64 ? 1 : 89)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[position] ^= 0x5A;
            Assert.Null(CompiledCatalogReader.TryRead(new MemoryStream(damaged), One));
        }
    }

    [Fact]
    public void TryRead_TrailingBytesInsidePayload_ReturnsNull()
    {
        // A payload with a valid checksum but bytes the reader does not consume is not what the writer makes.
        var bytes = Compile(One);
        using var emptyEnvelope = new MemoryStream();
        CompiledCatalogWriter.WriteEnvelope(emptyEnvelope, One, []);
        var payload = bytes.AsSpan((int)emptyEnvelope.Length).ToArray().Append((byte)0).ToArray();
        using var stream = new MemoryStream();
        CompiledCatalogWriter.WriteEnvelope(stream, One, payload);

        Assert.Null(CompiledCatalogReader.TryRead(new MemoryStream(stream.ToArray()), One));
    }

    [Fact]
    public void TryLoad_AssemblyWithoutCompiledCatalog_ReturnsNull()
    {
        Assert.Null(CompiledCatalog.TryLoad(typeof(CompiledCatalogTests).Assembly));
    }

    private static byte[] Compile(string fingerprint = DataFingerprint.Value)
    {
        using var stream = new MemoryStream();
        CompiledCatalogWriter.Write(CatalogReader.Read(DataFile.FromAssembly(Library)), fingerprint, stream);
        return stream.ToArray();
    }

    private static string Json(CareerCatalog? catalog) => JsonSerializer.Serialize(catalog, IceCareersJsonContext.Default.CareerCatalog!);
}
