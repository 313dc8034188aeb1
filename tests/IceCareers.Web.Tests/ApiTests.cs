using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Candidates;
using IceCareers.Careers;
using IceCareers.Eligibility;
using IceCareers.Serialization;

namespace IceCareers.Web.Tests;

public class ApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;
    private static readonly DateOnly AsOf = new(2026, 1, 15);

    private readonly HttpClient _client = factory.CreateClient();

    // ---- GET /api/roles, /api/roles/{id}, /api/sources

    [Fact]
    public async Task GetRoles_Always_ReturnsEveryRoleAsTheLibrarysJson()
    {
        var response = await _client.GetAsync("/api/roles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = JsonNode.Parse(JsonSerializer.Serialize(Catalog.Roles, IceCareersJsonContext.Default.IReadOnlyListRole));
        Assert.True(JsonNode.DeepEquals(expected, await ReadJson(response)));
    }

    [Fact]
    public async Task GetRole_KnownId_ReturnsThatRole()
    {
        var role = await ReadJson(await _client.GetAsync("/api/roles/hsi-special-agent"));

        Assert.Equal("hsi-special-agent", (string?)role["id"]);
        Assert.Equal(Catalog.GetRole("hsi-special-agent").Title, (string?)role["title"]);
        Assert.Equal("HomelandSecurityInvestigations", (string?)role["directorate"]);
    }

    [Theory]
    [InlineData("/api/roles/no-such-role")]
    [InlineData("/api/roles/no-such-role/pipeline")]
    [InlineData("/api/roles/no-such-role/training?start=2026-02-02")]
    [InlineData("/api/roles/Deportation-Officer")]
    public async Task GetRoleEndpoints_UnknownId_Return404ProblemNamingTheKnownIds(string url)
    {
        var response = await _client.GetAsync(url);

        var problem = await ReadProblem(response, HttpStatusCode.NotFound);
        Assert.Equal("Unknown role", (string?)problem["title"]);
        Assert.Contains("Known role ids: deportation-officer, hsi-special-agent", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(Catalog.Roles.Select(r => r.Id).Order(StringComparer.Ordinal), problem["knownRoleIds"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task GetSources_Always_ReturnsEverySourceWithItsUrlAndConfidence()
    {
        var sources = (await ReadJson(await _client.GetAsync("/api/sources"))).AsArray();

        Assert.Equal(Catalog.Sources.Count, sources.Count);
        var first = Catalog.Sources[0];
        Assert.Equal(first.Id, (string?)sources[0]!["id"]);
        Assert.Equal(first.Url, (string?)sources[0]!["url"]);
        Assert.Equal(first.Confidence.ToString(), (string?)sources[0]!["confidence"]);
    }

    [Fact]
    public async Task GetSources_SourceReadInACopy_ReturnsItsPublisherAndTheCopyAsVia()
    {
        var sources = (await ReadJson(await _client.GetAsync("/api/sources"))).AsArray();
        var copied = Catalog.Sources.First(s => s.Via is not null);

        var json = sources.Single(s => (string?)s!["id"] == copied.Id)!;

        Assert.Equal(copied.Publisher, (string?)json["publisher"]);
        Assert.Equal(copied.Via, (string?)json["via"]);
        Assert.Equal(copied.Url, (string?)json["url"]);
    }

    // ---- GET /api/roles/{id}/pipeline

    [Fact]
    public async Task GetPipeline_KnownId_ReturnsTheRolesPipeline()
    {
        var expected = Catalog.GetPipeline(Catalog.GetRole("deportation-officer"));

        var pipeline = await ReadJson(await _client.GetAsync("/api/roles/deportation-officer/pipeline"));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.HiringPipeline)), pipeline));
        Assert.Equal(expected.Stages.Count, pipeline["stages"]!.AsArray().Count);
    }

    // ---- GET /api/roles/{id}/training

    [Fact]
    public async Task GetTraining_WithStart_ReturnsThePlanItsScheduleAndExpectedEnd()
    {
        var start = new DateOnly(2026, 2, 2);
        var plan = TrainingPlan.Create(Catalog, Catalog.GetRole("hsi-special-agent"), start);

        var body = await ReadJson(await _client.GetAsync("/api/roles/hsi-special-agent/training?start=2026-02-02"));

        Assert.Equal("hsi-special-agent", (string?)body["roleId"]);
        Assert.Equal("2026-02-02", (string?)body["start"]);
        Assert.Equal(plan.ExpectedEnd(start).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)body["expectedEnd"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(plan, IceCareersJsonContext.Default.TrainingPlan)), body["plan"]));
        Assert.Equal(plan.Programs.Count, body["schedule"]!.AsArray().Count);
    }

    [Fact]
    public async Task GetTraining_NoStart_StartsTodayOnTheAppsClock()
    {
        var body = await ReadJson(await _client.GetAsync("/api/roles/deportation-officer/training"));

        Assert.Equal("2026-01-15", (string?)body["start"]);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("02/02/2026")]
    [InlineData("2026-2-2")]
    [InlineData("tomorrow")]
    [InlineData("")]
    public async Task GetTraining_BadStart_Returns400NamingStart(string start)
    {
        var response = await _client.GetAsync("/api/roles/deportation-officer/training?start=" + Uri.EscapeDataString(start));

        var problem = await ReadProblem(response, HttpStatusCode.BadRequest);
        var only = Assert.Single(problem["problems"]!.AsArray());
        Assert.Equal("start", (string?)only!["path"]);
        Assert.Contains("YYYY-MM-DD", (string?)only["message"], StringComparison.Ordinal);
    }

    // ---- POST /api/eligibility

    [Fact]
    public async Task PostEligibility_ValidProfile_ReturnsTheLibrarysReport()
    {
        var expected = new EligibilityEvaluator(Catalog).Evaluate(CandidateProfile.FromJson(TestProfiles.Qualified), "deportation-officer", AsOf);

        var response = await Post("/api/eligibility", TestProfiles.Request("deportation-officer", TestProfiles.Qualified));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var report = await ReadJson(response);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.EligibilityReport)), report));
        Assert.Equal("Eligible", (string?)report["outcome"]);
        Assert.Equal("Strict", (string?)report["policy"]);
    }

    [Theory]
    [InlineData(null, "Ineligible", "NotMet")]
    [InlineData("strict", "Ineligible", "NotMet")]
    [InlineData("suitability", "NeedsReview", "NeedsReview")]
    [InlineData("Suitability", "NeedsReview", "NeedsReview")]
    public async Task PostEligibility_ConvictionUnderEachPolicy_AppliesThatPolicy(string? policy, string outcome, string verdict)
    {
        var report = await ReadJson(await Post("/api/eligibility", TestProfiles.Request("deportation-officer", TestProfiles.WithMisdemeanor(), policy: policy)));

        Assert.Equal(outcome, (string?)report["outcome"]);
        var criminal = report["results"]!.AsArray().Single(r => (string?)r!["requirementId"] == "criminal-history");
        Assert.Equal(verdict, (string?)criminal!["verdict"]);
    }

    [Fact]
    public async Task PostEligibility_NoAsOf_EvaluatesOnTodayOfTheAppsClock()
    {
        var report = await ReadJson(await Post("/api/eligibility", TestProfiles.Request("deportation-officer", "{}", asOf: null)));

        Assert.Equal("2026-01-15", (string?)report["asOf"]);
        Assert.Equal("Incomplete", (string?)report["outcome"]);
    }

    [Fact]
    public async Task PostEligibility_InvalidProfile_Returns400ListingEveryProblemWithItsPath()
    {
        const string profile = """
            { "dateOfBirth": "2030-01-01", "education": [{ "gpa": 5.0 }], "experience": [{ "months": -3, "grade": 20 }] }
            """;

        var problem = await ReadProblem(await Post("/api/eligibility", TestProfiles.Request("deportation-officer", profile)), HttpStatusCode.BadRequest);

        var paths = problem["problems"]!.AsArray().Select(p => (string)p!["path"]!).ToArray();
        Assert.Equal(["profile.dateOfBirth", "profile.education[0].gpa", "profile.experience[0].months", "profile.experience[0].grade"], paths);
        Assert.All(problem["problems"]!.AsArray(), p => Assert.False(string.IsNullOrWhiteSpace((string?)p!["message"])));
        Assert.Contains("in the future", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEligibility_PartTimeQuarterHoursAndPassFail_ReturnsTheLibrarysReport()
    {
        const string profile = """
            {
              "citizenship": "us-citizen",
              "education": [{ "level": "bachelors", "completed": "2020-06-12", "quarterHours": 186, "passFailPercent": 12 }],
              "experience": [{ "months": 48, "hoursPerWeek": 20, "grade": 4 }]
            }
            """;
        var expected = new EligibilityEvaluator(Catalog).Evaluate(CandidateProfile.FromJson(profile), "deportation-officer", AsOf);

        var response = await Post("/api/eligibility", TestProfiles.Request("deportation-officer", profile));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.EligibilityReport)), await ReadJson(response)));
    }

    [Fact]
    public async Task PostEligibility_OutOfRangeQualificationFields_Returns400NamingEachField()
    {
        const string profile = """
            { "education": [{ "quarterHours": -1, "graduateQuarterHours": 2000, "passFailPercent": 101 }], "experience": [{ "hoursPerWeek": 0 }] }
            """;

        var problem = await ReadProblem(await Post("/api/eligibility", TestProfiles.Request("deportation-officer", profile)), HttpStatusCode.BadRequest);

        var paths = problem["problems"]!.AsArray().Select(p => (string)p!["path"]!).ToArray();
        Assert.Equal(
            ["profile.education[0].quarterHours", "profile.education[0].graduateQuarterHours", "profile.education[0].passFailPercent", "profile.experience[0].hoursPerWeek"],
            paths);
    }

    [Fact]
    public async Task PostEligibility_UnknownProfileWord_Returns400WithTheLibrarysMessage()
    {
        var problem = await ReadProblem(
            await Post("/api/eligibility", TestProfiles.Request("deportation-officer", """{ "citizenship": "UsCitizen" }""")),
            HttpStatusCode.BadRequest);

        var only = Assert.Single(problem["problems"]!.AsArray());
        Assert.Equal("profile.citizenship", (string?)only!["path"]);
        Assert.Contains("us-citizen", (string?)only["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEligibility_EveryRequestProblemAtOnce_Returns400ListingThemAll()
    {
        const string body = """{ "roleId": "", "asOf": "15/01/2026", "policy": "lenient", "profile": { "education": [{ "gpa": -1 }] } }""";

        var problem = await ReadProblem(await Post("/api/eligibility", body), HttpStatusCode.BadRequest);

        var paths = problem["problems"]!.AsArray().Select(p => (string)p!["path"]!).ToArray();
        Assert.Equal(["roleId", "asOf", "policy", "profile.education[0].gpa"], paths);
    }

    [Theory]
    [InlineData("""{ "roleId": "deportation-officer" }""", "profile")]
    [InlineData("""{ "roleId": "deportation-officer", "profile": null }""", "profile")]
    [InlineData("""{ "profile": {} }""", "roleId")]
    [InlineData("""{ "roleId": "deportation-officer", "profile": {}, "extra": 1 }""", "extra")]
    [InlineData("""{ "roleId": "deportation-officer", "roleId": "hsi-special-agent", "profile": {} }""", "roleId")]
    [InlineData("""{ "roleId": 7, "profile": {} }""", "roleId")]
    [InlineData("""{ "roleId": "deportation-officer", "profile": [] }""", "profile")]
    [InlineData("""{ "roleId": "deportation-officer", "profile": { "shoeSize": 9 } }""", "profile.shoeSize")]
    [InlineData("""{ "roleId": "deportation-officer", "profile": {""", "")]
    [InlineData("null", "")]
    [InlineData("[]", "")]
    public async Task PostEligibility_MalformedRequest_Returns400NamingWhere(string body, string path)
    {
        var problem = await ReadProblem(await Post("/api/eligibility", body), HttpStatusCode.BadRequest);

        Assert.Contains(problem["problems"]!.AsArray(), p => ((string?)p!["path"] ?? "").StartsWith(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostEligibility_UnknownRole_Returns404ProblemNamingTheKnownIds()
    {
        var problem = await ReadProblem(await Post("/api/eligibility", TestProfiles.Request("border-patrol-agent", "{}")), HttpStatusCode.NotFound);

        Assert.Equal("border-patrol-agent", (string?)problem["roleId"]);
        Assert.Contains("deportation-officer", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(Catalog.Roles.Count, problem["knownRoleIds"]!.AsArray().Count);
    }

    [Fact]
    public async Task PostEligibility_NotJson_Returns415()
    {
        var response = await _client.PostAsync("/api/eligibility", new StringContent("roleId=deportation-officer", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ReadProblem(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/eligibility")]
    [InlineData("/api/eligibility/all")]
    public async Task PostEligibility_BodyOver1MiB_Returns413(string url)
    {
        var response = await Post(url, Padded(TestProfiles.Request("deportation-officer", "{}"), (1024 * 1024) + 1));

        await ReadProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PostEligibility_ChunkedBodyOver1MiB_Returns413()
    {
        var bytes = Encoding.UTF8.GetBytes(Padded(TestProfiles.Request("deportation-officer", "{}"), 2 * 1024 * 1024));
        using var content = new StreamContent(new NoLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/api/eligibility", content);

        await ReadProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task PostEligibility_BodyOfExactly1MiB_IsEvaluated()
    {
        var response = await Post("/api/eligibility", Padded(TestProfiles.Request("deportation-officer", TestProfiles.Qualified), 1024 * 1024));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    // ---- POST /api/eligibility/all

    [Fact]
    public async Task PostEligibilityAll_ValidProfile_ReturnsEveryRoleBestFirstAsTheLibraryOrdersThem()
    {
        var expected = new EligibilityEvaluator(Catalog).EvaluateAll(CandidateProfile.FromJson(TestProfiles.Qualified), AsOf);

        var reports = (await ReadJson(await Post("/api/eligibility/all", TestProfiles.Request(null, TestProfiles.Qualified)))).AsArray();

        Assert.Equal(expected.Select(r => r.RoleId), reports.Select(r => (string?)r!["roleId"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.IReadOnlyListEligibilityReport)), reports));
    }

    [Fact]
    public async Task PostEligibilityAll_InvalidProfile_Returns400ListingEveryProblem()
    {
        var problem = await ReadProblem(
            await Post("/api/eligibility/all", TestProfiles.Request(null, """{ "education": [{ "gpa": 9 }], "military": { "serviceMonths": -1 } }""", asOf: "2026-02-30")),
            HttpStatusCode.BadRequest);

        Assert.Equal(["asOf", "profile.education[0].gpa", "profile.military.serviceMonths"], problem["problems"]!.AsArray().Select(p => (string)p!["path"]!));
    }

    [Fact]
    public async Task PostEligibilityAll_WithRoleId_Returns400()
    {
        var problem = await ReadProblem(await Post("/api/eligibility/all", TestProfiles.Request("deportation-officer", "{}")), HttpStatusCode.BadRequest);

        Assert.Equal("roleId", (string?)Assert.Single(problem["problems"]!.AsArray())!["path"]);
    }

    // ---- the page and the rest

    [Fact]
    public async Task GetRoot_Always_ServesTheAccessiblePageAndItsScript()
    {
        var page = await _client.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"app.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Contains("aria-live=\"polite\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/app.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/app.css")).StatusCode);
    }

    [Fact]
    public async Task GetRoot_EveryFormControl_HasALabel()
    {
        var html = await _client.GetStringAsync("/");

        // A control of the page has an id and a <label for>; a control of a repeatable entry's template has a data-id
        // (numbered when the entry is added) and a <label data-for> naming it.
        var ids = System.Text.RegularExpressions.Regex.Matches(html, "<(?:input|select|textarea)[^>]*\\sid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        var templated = System.Text.RegularExpressions.Regex.Matches(html, "<(?:input|select|textarea)[^>]*\\sdata-id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(ids);
        Assert.NotEmpty(templated);
        Assert.All(ids, id => Assert.Contains($"<label for=\"{id}\">", html, StringComparison.Ordinal));
        Assert.All(templated, id => Assert.Matches($"<label data-for=\"{id}\"[ >]", html));
    }

    [Fact]
    public async Task GetUnknownApiPath_Always_Returns404Problem()
    {
        await ReadProblem(await _client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Logs_AfterProfileRequests_ContainNoProfileData()
    {
        const string canary = "canary-5b1f0c";
        var valid = TestProfiles.Qualified.Replace("\"months\": 30", $"\"title\": \"{canary}-title\", \"months\": 30", StringComparison.Ordinal);
        await Post("/api/eligibility", TestProfiles.Request("deportation-officer", valid));
        await Post("/api/eligibility/all", TestProfiles.Request(null, valid));
        await Post("/api/eligibility", TestProfiles.Request("deportation-officer", $$"""{ "citizenship": "{{canary}}-word", "dateOfBirth": "1901-01-01" }"""));
        await Post("/api/eligibility", TestProfiles.Request("deportation-officer", $$"""{ "{{canary}}-key": 1 }"""));
        await Post("/api/eligibility", TestProfiles.Request("deportation-officer", $$"""{ "education": [{ "field": "{{canary}}", "gpa": "high" }] }"""));
        await Post("/api/eligibility", $$"""{ "roleId": "deportation-officer", "profile": { "x": "{{canary}}" """);

        Assert.NotEmpty(factory.Logs.Entries);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Contains(canary, StringComparison.Ordinal) || e.Contains("1901-01-01", StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> Post(string url, string json) => _client.PostAsync(url, TestProfiles.Json(json));

    private static async Task<JsonNode> ReadJson(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> ReadProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)status, (int?)problem["status"]);
        return problem;
    }

    /// <summary>The JSON followed by spaces up to exactly <paramref name="bytes"/> UTF-8 bytes (whitespace is valid JSON).</summary>
    private static string Padded(string json, int bytes) => json + new string(' ', bytes - Encoding.UTF8.GetByteCount(json));

    /// <summary>A stream that does not tell its length, so the client sends the body chunked, without Content-Length.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
