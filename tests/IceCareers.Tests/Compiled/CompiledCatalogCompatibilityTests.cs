using System.Text.Json;
using IceCareers.Compiled;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Compiled;

/// <summary>
/// The compiled format's compatibility rules (top of CompiledCatalog.cs): this reader reads a file frozen when format 4
/// was made, a file from a simulated newer writer (unknown sections, fields appended to every record), records that end
/// before a field added later, and refuses everything else with a <see cref="CatalogLoadException"/> only.
/// </summary>
public sealed class CompiledCatalogCompatibilityTests
{
    private const string Name = "catalog.bin";
    private const string FrozenStem = "catalog-v4-2026-12-02";

    private static readonly System.Reflection.Assembly Library = typeof(CareerCatalog).Assembly;
    private static readonly Lazy<CareerCatalog> Parsed = new(() => CareerCatalog.LoadDirectory(Repository.DataDirectory));

    [Fact]
    public void Read_FrozenFormat4File_GivesTheCatalogItWasCompiledFrom()
    {
        // Written once on 2026-12-02 by `IceCareers.DataCompiler --freeze`, with the JSON of the catalog loaded from
        // that day's YAML, and never regenerated. Every property of that JSON must read back the same; properties added
        // since (a field a newer writer appends) may be present too, with the default the reader documents.
        var bytes = File.ReadAllBytes(FrozenPath(".bin"));
        using var expected = JsonDocument.Parse(File.ReadAllText(FrozenPath(".json")));

        var catalog = CareerCatalog.FromStream(new MemoryStream(bytes), Name);

        using var actual = JsonDocument.Parse(Json(catalog));
        AssertHolds(expected.RootElement, actual.RootElement, "$");
    }

    [Fact]
    public void Read_FrozenFile_HasAFormatThisLibraryStillReads()
    {
        // A format bump must replace the frozen file (the rules say how), not leave a test reading a refused format.
        var version = BitConverter.ToInt32(File.ReadAllBytes(FrozenPath(".bin")), 4);

        Assert.InRange(version, CompiledCatalog.OldestReadableFormatVersion, CompiledCatalog.FormatVersion);
    }

    [Fact]
    public void Read_FileFromNewerWriterWithUnknownSectionsAndFieldsAppendedToEveryRecord_ReadsTheSameCatalog()
    {
        var appended = 0;
        var writer = new CompiledCatalogWriter
        {
            AppendToEveryRecord = w =>
            {
                appended++;
                w.Int(300);
                w.String("a field a newer writer appends");
                w.OptionalDecimal(1.5m);
                w.Strings(["x", "y"]);
            },
        };
        using var stream = new MemoryStream();
        writer.WriteCatalog(Parsed.Value.Content, stream);
        var newer = Payload(stream.ToArray());
        var plain = Payload(Compile());
        var unknownFirst = Section(99, [1, 2, 3]);
        var unknownLast = Section(200_000, new byte[300]);
        var payload = unknownFirst.Concat(newer).Concat(unknownLast).ToArray();

        var catalog = CareerCatalog.FromStream(Envelope(payload), Name);

        var parsed = Parsed.Value;
        Assert.True(appended > parsed.Sources.Count + parsed.Roles.Count + parsed.Requirements.Count, $"fields were appended to {appended} records only");
        Assert.True(newer.Length - plain.Length >= appended * 20, "each appended suffix is at least 20 bytes");
        Assert.Equal(Json(Parsed.Value), Json(catalog));
    }

    [Fact]
    public void Records_OlderRecordWithoutAFieldAddedLater_ReadsTheDocumentedDefault()
    {
        // Two records of a list: one from an older writer (one field), one from a newer (two). A reader that reads the
        // second field behind More, as the rules say, gets its default for the first and the value for the second.
        byte[] payload = [2, 1, 5, 2, 6, 9];

        var items = CompiledCatalogReader.ForPayload(payload).Records(static r => (First: r.Int(), Second: r.More ? r.Int() : 7));

        Assert.Equal(new[] { (5, 7), (6, 9) }, items);
    }

    [Fact]
    public void Read_SectionsInAnyOrder_ReadsTheSameCatalog()
    {
        var sections = Sections(Payload(Compile()));
        sections.Reverse();

        var catalog = CareerCatalog.FromStream(Envelope(sections.SelectMany(s => Section(s.Id, s.Body)).ToArray()), Name);

        Assert.Equal(Json(Parsed.Value), Json(catalog));
    }

    [Theory]
    [InlineData(CompiledCatalog.Sections.Strings, "strings")]
    [InlineData(CompiledCatalog.Sections.Catalog, "catalog")]
    [InlineData(CompiledCatalog.Sections.Roles, "roles")]
    [InlineData(CompiledCatalog.Sections.TrainingPrograms, "training programs")]
    public void Read_RequiredSectionMissing_ThrowsNamingTheSection(int id, string name)
    {
        var sections = Sections(Payload(Compile())).Where(s => s.Id != id);

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(Envelope(sections.SelectMany(s => Section(s.Id, s.Body)).ToArray()), Name));

        Assert.Contains($"it has no {name} section", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KnownSectionTwice_ThrowsNamingTheSection()
    {
        var sections = Sections(Payload(Compile()));
        var roles = sections.Single(s => s.Id == CompiledCatalog.Sections.Roles);
        sections.Add(roles);

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(Envelope(sections.SelectMany(s => Section(s.Id, s.Body)).ToArray()), Name));

        Assert.Contains("the roles section appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PayloadCutAnywhereWithValidChecksum_ThrowsCatalogLoadExceptionOnly()
    {
        // The envelope's checksum catches a truncated file; these cuts get past it, so the framing itself must refuse them.
        var payload = Payload(Compile());

        for (var length = 0; length < payload.Length; length += length < 300 ? 1 : 101)
        {
            var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(Envelope(payload.AsSpan(0, length)), Name));
            Assert.Contains("does not read", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_PayloadByteChangedWithValidChecksum_ReadsOrThrowsCatalogLoadExceptionOnly()
    {
        // Damage the checksum cannot see (a writer bug, a crafted file): whatever it hits — a length, a count, a string
        // index, a flag, an enum, a date — the reader either reads some catalog or refuses it with CatalogLoadException.
        var payload = Payload(Compile());
        var refused = 0;
        var sectionStarts = new List<int>();
        for (var offset = 0; offset < payload.Length;)
        {
            sectionStarts.Add(offset);
            _ = Number(payload, ref offset);
            var length = Number(payload, ref offset);
            offset += length;
        }

        // Every byte of each section's first 40 (headers, counts, first records), then every 131st byte.
        var positions = sectionStarts.SelectMany(start => Enumerable.Range(start, 40))
            .Concat(Enumerable.Range(0, payload.Length / 131).Select(i => i * 131))
            .Where(p => p < payload.Length)
            .Distinct();
        foreach (var position in positions)
        {
            var damaged = (byte[])payload.Clone();
            damaged[position] ^= position % 2 == 0 ? (byte)0x01 : (byte)0xFF;
            try
            {
                CareerCatalog.FromStream(Envelope(damaged), Name);
            }
            catch (CatalogLoadException)
            {
                refused++;
            }
        }

        Assert.True(refused > 0, "no damaged payload was refused");
    }

    [Fact]
    public void Read_UnsupportedFutureFormat_ThrowsSayingANewerLibraryWroteIt()
    {
        var bytes = Compile();
        BitConverter.TryWriteBytes(bytes.AsSpan(4, 4), 1000);

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.FromStream(new MemoryStream(bytes), Name));

        var message = Assert.Single(error.Problems).Message;
        Assert.Contains("compiled in format 1000", message, StringComparison.Ordinal);
        Assert.Contains("a newer IceCareers wrote it", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FrozenFileWrittenBeforeThePaySection_HasNoPayData()
    {
        // The documented default of a missing pay section is no pay data, not pay data from somewhere else.
        using var stream = File.OpenRead(FrozenPath(".bin"));

        var catalog = CareerCatalog.FromStream(stream, "frozen.bin");

        Assert.Empty(catalog.PayData.Schedules);
        Assert.Empty(catalog.PayData.Areas);
        Assert.Empty(new IceCareers.Pay.PayEstimator(catalog).KnownLocalities);
    }

    [Fact]
    public void Read_PaySectionThatDoesNotRead_LoadsThenThrowsCatalogLoadExceptionOnFirstUse()
    {
        // The pay section is read on first use: a damaged one does not stop the catalog loading, and its first use
        // fails the way a damaged catalog fails at load.
        var payload = Sections(Payload(Compile()))
            .SelectMany(s => s.Id == CompiledCatalog.Sections.Pay ? Section(s.Id, [.. Encode(1_000_000), 1, 2, 3]) : Section(s.Id, s.Body))
            .ToArray();
        using var stream = Envelope(payload);

        var catalog = CareerCatalog.FromStream(stream, "damaged.bin");

        Assert.NotEmpty(catalog.Roles);
        var error = Assert.Throws<CatalogLoadException>(() => catalog.PayData);
        Assert.Contains("damaged.bin", error.Message, StringComparison.Ordinal);
        Assert.Throws<CatalogLoadException>(() => new IceCareers.Pay.PayEstimator(catalog).KnownLocalities);
    }

    private static string FrozenPath(string extension) =>
        Repository.PathOf("tests", "IceCareers.Tests", "Compiled", "Frozen", FrozenStem + extension);

    /// <summary>Every property and item of <paramref name="expected"/> is in <paramref name="actual"/> with the same value.</summary>
    private static void AssertHolds(JsonElement expected, JsonElement actual, string path)
    {
        Assert.True(expected.ValueKind == actual.ValueKind, $"{path}: {expected.ValueKind} in the frozen catalog, {actual.ValueKind} read");
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in expected.EnumerateObject())
                {
                    Assert.True(actual.TryGetProperty(property.Name, out var value), $"{path}.{property.Name}: in the frozen catalog, missing from the one read");
                    AssertHolds(property.Value, value, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.True(expected.GetArrayLength() == actual.GetArrayLength(), $"{path}: {expected.GetArrayLength()} items in the frozen catalog, {actual.GetArrayLength()} read");
                var index = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    AssertHolds(e, a, $"{path}[{index++}]");
                }

                break;
            default:
                Assert.True(expected.GetRawText() == actual.GetRawText(), $"{path}: {expected.GetRawText()} in the frozen catalog, {actual.GetRawText()} read");
                break;
        }
    }

    private static byte[] Compile()
    {
        using var stream = new MemoryStream();
        CompiledCatalogWriter.Write(Parsed.Value.Content, stream);
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

    /// <summary>Splits a payload into its sections (id, body), the framing the rules describe.</summary>
    private static List<(int Id, byte[] Body)> Sections(byte[] payload)
    {
        var sections = new List<(int, byte[])>();
        var position = 0;
        while (position < payload.Length)
        {
            var id = Number(payload, ref position);
            var length = Number(payload, ref position);
            sections.Add((id, payload.AsSpan(position, length).ToArray()));
            position += length;
        }

        return sections;
    }

    private static byte[] Section(int id, byte[] body) => [.. Encode(id), .. Encode(body.Length), .. body];

    private static byte[] Encode(int value)
    {
        var bytes = new List<byte>();
        var remaining = (uint)value;
        while (remaining >= 0x80)
        {
            bytes.Add((byte)(remaining | 0x80));
            remaining >>= 7;
        }

        bytes.Add((byte)remaining);
        return [.. bytes];
    }

    private static int Number(byte[] bytes, ref int position)
    {
        var result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
    }

    private static string Json(CareerCatalog catalog) => JsonSerializer.Serialize(catalog, IceCareersJsonContext.Default.CareerCatalog);
}
