using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;
using Json.Schema;

namespace IceCareers.Tests.Serialization;

/// <summary>
/// The JSON Schemas in docs/schema/ (issue 16): generated from the source-generated contract, committed, and true to
/// the documents the library really reads and writes.
/// </summary>
public sealed class JsonSchemaTests
{
    private const string Regenerate = "docs/schema/ is stale: run `bash eng/update-schemas.sh` and commit the result.";

    public static TheoryData<string> SchemaFiles() => [.. JsonSchemaGenerator.All().Select(s => s.FileName)];

    public static TheoryData<string> SampleProfiles() =>
        [.. Directory.EnumerateFiles(Repository.PathOf("samples", "profiles"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> GoldenReports() =>
        [.. Directory.EnumerateFiles(Repository.PathOf("tests", "IceCareers.Tests", "Eligibility", "__snapshots__"), "GoldenReportTests.*.snap")
            .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void CommittedSchema_ComparedWithFreshGeneration_IsEqual(string fileName)
    {
        var fresh = JsonSchemaGenerator.All().Single(s => s.FileName == fileName).Json;
        var path = Repository.PathOf("docs", "schema", fileName);

        Assert.True(File.Exists(path), Regenerate);
        Assert.True(fresh == File.ReadAllText(path).ReplaceLineEndings("\n"), Regenerate);
    }

    [Fact]
    public void Package_ShipsEverySchema()
    {
        var project = File.ReadAllText(Repository.PathOf("src", "IceCareers", "IceCareers.csproj"));

        Assert.Contains(@"..\..\docs\schema\*.schema.json", project, StringComparison.Ordinal);
        Assert.Contains("PackagePath=\"schema/\"", project, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleProfiles))]
    public void SampleProfile_AsJson_ValidatesAgainstProfileSchema(string fileName)
    {
        var yaml = File.ReadAllText(Repository.PathOf("samples", "profiles", fileName));

        AssertValid("profile.schema.json", YamlJson.Parse(yaml)!, fileName);
    }

    [Theory]
    [MemberData(nameof(SampleProfiles))]
    public void ReportsOfSampleProfile_AsTheLibraryWritesThem_ValidateAgainstReportSchemas(string fileName)
    {
        var profile = CandidateProfile.FromYaml(File.ReadAllText(Repository.PathOf("samples", "profiles", fileName)));
        var reports = Evaluation.For(ScreeningPolicy.Strict).EvaluateAll(profile, Evaluation.AsOf);

        AssertValid("reports.schema.json", JsonNode.Parse(JsonSerializer.Serialize(reports, IceCareersJsonContext.Default.IReadOnlyListEligibilityReport))!, fileName);
        foreach (var report in reports)
        {
            AssertValid("report.schema.json", JsonNode.Parse(JsonSerializer.Serialize(report, IceCareersJsonContext.Default.EligibilityReport))!, $"{fileName} / {report.RoleId}");
        }
    }

    [Theory]
    [MemberData(nameof(GoldenReports))]
    public void GoldenReport_ValidatesAgainstReportsSchema(string fileName)
    {
        var text = File.ReadAllText(Repository.PathOf("tests", "IceCareers.Tests", "Eligibility", "__snapshots__", fileName)).TrimStart('\uFEFF');

        AssertValid("reports.schema.json", JsonNode.Parse(text)!, fileName);
    }

    [Theory]
    [InlineData("nickname", "\"Sam\"")]
    [InlineData("dateOfBrith", "\"1999-04-12\"")]
    public void Profile_WithUnknownKey_FailsSchemaAsTheReaderFailsIt(string key, string value)
    {
        var json = $$"""{ "citizenship": "us-citizen", "{{key}}": {{value}} }""";

        Assert.False(Schema("profile.schema.json").Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json));
        Assert.Contains(error.Problems, p => p.Path == key);
    }

    [Theory]
    [InlineData("education", "{}")]
    [InlineData("languages", "{}")]
    public void Profile_ListPastTheMaximum_FailsSchemaAsTheReaderFailsIt(string list, string entry)
    {
        var json = "{\"" + list + "\":[" + string.Join(",", Enumerable.Repeat(entry, CandidateProfile.MaxEntries + 1)) + "]}";
        var atMaximum = "{\"" + list + "\":[" + string.Join(",", Enumerable.Repeat(entry, CandidateProfile.MaxEntries)) + "]}";

        Assert.False(Schema("profile.schema.json").Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
        Assert.True(Schema("profile.schema.json").Evaluate(JsonDocument.Parse(atMaximum).RootElement).IsValid);
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json));
        Assert.Contains(error.Problems, p => p.Path == list);
    }

    [Theory]
    [InlineData("""{ "citizenship": "martian" }""")]
    [InlineData("""{ "education": [{ "level": "doctorate-ish" }] }""")]
    [InlineData("""{ "driversLicense": "yes" }""")]
    public void Profile_WithWrongWordOrType_FailsSchemaAsTheReaderFailsIt(string json)
    {
        Assert.False(Schema("profile.schema.json").Evaluate(JsonDocument.Parse(json).RootElement).IsValid);
        Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json));
    }

    // Parsed once each: JsonSchema.Net registers a schema by its $id, process-wide, and refuses a second registration.
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
        JsonSchemaGenerator.All().ToDictionary(
            s => s.FileName,
            s => JsonSchema.FromText(File.ReadAllText(Repository.PathOf("docs", "schema", s.FileName))),
            StringComparer.Ordinal));

    private static JsonSchema Schema(string fileName) => Schemas.Value[fileName];

    private static void AssertValid(string schemaFile, JsonNode instance, string what)
    {
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var result = Schema(schemaFile).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var problems = result.Details?.Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? [];
        Assert.True(result.IsValid, $"{what} against {schemaFile}:\n" + string.Join("\n", problems.Take(20)));
    }
}
