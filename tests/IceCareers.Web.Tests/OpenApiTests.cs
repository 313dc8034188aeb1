using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Candidates;
using IceCareers.Serialization;
using Json.Schema;

namespace IceCareers.Web.Tests;

/// <summary>
/// The OpenAPI document (issue 16): served at /openapi/v1.json, written at build time into docs/openapi.json, and true
/// to what the API really returns.
/// </summary>
public class OpenApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> SampleProfiles() =>
        [.. Directory.EnumerateFiles(PathOf("samples", "profiles"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Served_ComparedWithDocsOpenApiJson_IsTheSame()
    {
        var served = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!.AsObject();
        served.Remove("servers"); // the address it was served from; the build-time document has none
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(PathOf("docs", "openapi.json")));

        Assert.True(JsonNode.DeepEquals(committed, served), "docs/openapi.json differs from /openapi/v1.json: build samples/IceCareers.Web (it rewrites the file) and commit it.");
    }

    [Theory]
    [InlineData("/api/eligibility", "400", "404", "413", "415")]
    [InlineData("/api/eligibility/all", "400", "413", "415")]
    [InlineData("/api/announcements/evaluate", "400", "413", "415")]
    public async Task PostEndpoints_Document_EveryProblemResponse(string path, params string[] statuses)
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;
        var responses = document["paths"]![path]!["post"]!["responses"]!.AsObject();

        foreach (var status in statuses)
        {
            Assert.True(responses.ContainsKey(status), $"{path} does not document {status}");
            Assert.Equal("#/components/schemas/ProblemDetails", (string?)responses[status]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
        }

        Assert.NotNull(responses["200"]!["content"]!["application/json"]);
    }

    [Fact]
    public async Task EveryPath_Documented_HasASummaryAndA200()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)operation!["summary"]), $"{method} {path} has no summary");
                Assert.NotNull(operation["responses"]!["200"]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleProfiles))]
    public async Task PostSampleProfile_Response_ValidatesAgainstTheDocumentsSchema(string fileName)
    {
        var profile = CandidateProfile.FromYaml(await File.ReadAllTextAsync(PathOf("samples", "profiles", fileName)));
        var profileJson = JsonSerializer.Serialize(profile, IceCareersJsonContext.Default.CandidateProfile);
        var schemas = await SchemasAsync();

        var one = await _client.PostAsync("/api/eligibility", TestProfiles.Json(TestProfiles.Request("deportation-officer", profileJson)));
        var all = await _client.PostAsync("/api/eligibility/all", TestProfiles.Json(TestProfiles.Request(null, profileJson)));

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        AssertValid(schemas, "EligibilityReport", await one.Content.ReadAsStringAsync(), fileName);
        AssertValid(schemas, "EligibilityReport[]", await all.Content.ReadAsStringAsync(), fileName);
    }

    [Fact]
    public async Task BadRequest_Response_ValidatesAgainstProblemDetails()
    {
        var schemas = await SchemasAsync();

        var response = await _client.PostAsync("/api/eligibility", TestProfiles.Json("""{ "roleId": "deportation-officer", "profile": { "gpa": 9 } }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertValid(schemas, "ProblemDetails", await response.Content.ReadAsStringAsync(), "400");
    }

    [Theory]
    [InlineData("/api/roles", "Role[]")]
    [InlineData("/api/roles/deportation-officer", "Role")]
    [InlineData("/api/roles/hsi-special-agent/pipeline", "HiringPipeline")]
    [InlineData("/api/sources", "Source[]")]
    [InlineData("/api/pay/localities?roleId=deportation-officer", "PayLocation[]")]
    public async Task CatalogResponse_ValidatesAgainstTheDocumentsSchema(string url, string schemaName)
    {
        var schemas = await SchemasAsync();

        AssertValid(schemas, schemaName, await _client.GetStringAsync(url), url);
    }

    /// <summary>The document's components as a JSON Schema (2020-12) with <c>$defs</c>, so that a validator can follow its references.</summary>
    private async Task<string> SchemasAsync()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;
        return document["components"]!["schemas"]!.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
    }

    private static void AssertValid(string defs, string schemaName, string json, string what)
    {
        var reference = schemaName.EndsWith("[]", StringComparison.Ordinal)
            ? $$"""{ "type": "array", "items": { "$ref": "#/$defs/{{schemaName[..^2]}}" } }"""
            : $$"""{ "$ref": "#/$defs/{{schemaName}}" }""";
        var root = JsonNode.Parse(reference)!.AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = JsonNode.Parse(defs);
        var schema = JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var instance = JsonDocument.Parse(json);

        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var problems = result.Details?.Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? [];
        Assert.True(result.IsValid, $"{what} against {schemaName}:\n" + string.Join("\n", problems.Take(20)));
    }

    private static string PathOf(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IceCareers.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("IceCareers.sln not found above " + AppContext.BaseDirectory);
    }
}
