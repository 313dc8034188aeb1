using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Announcements;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Postings;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Web.Tests;

/// <summary>POST /api/announcements/evaluate: a USAJOBS search result and a profile in, the CLI's listing JSON out.</summary>
public class AnnouncementApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string SearchResult = File.ReadAllText(Repository.PathOf("tests", "IceCareers.Tests", "Announcements", "Fixtures", "ice-search-result.json"));

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Evaluate_SearchResultAndProfile_ReturnsTheLibrarysListing()
    {
        var response = await Post(Body(SearchResult, TestProfiles.Qualified, "2026-03-01"));

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var profile = CandidateProfile.FromJson(TestProfiles.Qualified);
        var expected = new EligibilityEvaluator(CareerCatalog.Default).List(UsaJobsSearchResult.Parse(SearchResult).Announcements, profile, new DateOnly(2026, 3, 1));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing)), JsonNode.Parse(text)));
        var items = JsonNode.Parse(text)!.AsArray();
        Assert.Equal("deportation-officer", (string?)items[0]!["roleId"]);
        Assert.Equal(JsonValueKind.Null, items[3]!["roleId"]?.GetValueKind() ?? JsonValueKind.Null);
        Assert.NotNull(items[0]!["report"]);
    }

    [Fact]
    public async Task Evaluate_BareDescriptorArray_IsAccepted()
    {
        var descriptors = File.ReadAllText(Repository.PathOf("tests", "IceCareers.Tests", "Announcements", "Fixtures", "bare-descriptors.json"));

        var response = await Post(Body(descriptors, "{}", "2026-03-01"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Count);
    }

    [Fact]
    public async Task Evaluate_NotASearchResult_IsAProblemNamingThePath()
    {
        var response = await Post(Body("""{"SearchResult": {"SearchResultItems": [{"PositionID": "X", "PositionTitle": {}}]}}""", "{}", null));

        var problem = await ReadProblem(response);
        var first = problem["problems"]!.AsArray()[0]!;
        Assert.Equal("announcements.SearchResult.SearchResultItems[0].PositionTitle", (string?)first["path"]);
        Assert.Contains("the job title as text", (string?)first["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_MissingPartsAndBadDate_ListEveryProblem()
    {
        var response = await Post("""{"asOf": "soon"}""");

        var problem = await ReadProblem(response);
        Assert.Equal(["asOf", "announcements", "profile"], problem["problems"]!.AsArray().Select(p => (string?)p!["path"]));
    }

    [Fact]
    public async Task Evaluate_UnknownMember_IsRefused()
    {
        var response = await Post("""{"announcements": [], "profile": {}, "roles": []}""");

        var problem = await ReadProblem(response);
        Assert.Contains("unknown member", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_InvalidProfile_NamesTheProfileField()
    {
        var response = await Post(Body("[]", """{"citizenship": "martian"}""", null));

        var problem = await ReadProblem(response);
        Assert.StartsWith("profile.citizenship", (string?)problem["problems"]!.AsArray()[0]!["path"], StringComparison.Ordinal);
    }

    private static string Body(string announcements, string profile, string? asOf) =>
        $$"""{"announcements": {{announcements}}, "profile": {{profile}}{{(asOf is null ? "" : $", \"asOf\": \"{asOf}\"")}}}""";

    private Task<HttpResponseMessage> Post(string json) => _client.PostAsync("/api/announcements/evaluate", TestProfiles.Json(json));

    private static async Task<JsonNode> ReadProblem(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!;
    }
}
