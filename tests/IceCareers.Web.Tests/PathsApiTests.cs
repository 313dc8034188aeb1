using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Web.Tests;

/// <summary>POST /api/paths: the library's hiring-path report for a profile (and a posting), 400 naming each bad member.</summary>
public class PathsApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static JsonNode ProfileJson(string sample) =>
        JsonNode.Parse(JsonSerializer.Serialize(
            CandidateProfile.FromYaml(File.ReadAllText(Repository.PathOf("samples", "profiles", sample + ".yaml"))),
            IceCareersJsonContext.Default.CandidateProfile))!;

    [Theory]
    [InlineData("disabled-veteran")]
    [InlineData("military-spouse")]
    [InlineData("new-graduate")]
    [InlineData("federal-employee")]
    public async Task PostPaths_SampleProfile_SameAsTheLibrary(string sample)
    {
        var profile = CandidateProfile.FromYaml(File.ReadAllText(Repository.PathOf("samples", "profiles", sample + ".yaml")));
        var expected = new HiringPathEvaluator(CareerCatalog.Default).Evaluate(profile, new DateOnly(2026, 3, 1));

        var response = await _client.PostAsJsonAsync("/api/paths", new JsonObject { ["profile"] = ProfileJson(sample), ["asOf"] = "2026-03-01" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.HiringPathReport)),
            JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task PostPaths_OneDirectHirePosting_PreferenceDoesNotApply()
    {
        var posting = new JsonObject
        {
            ["PositionID"] = "HSI-ELHU-12864563-DH-RIR",
            ["PositionTitle"] = "Criminal Investigator",
            ["UserArea"] = new JsonObject { ["Details"] = new JsonObject { ["HiringPath"] = new JsonArray("public") } },
        };

        var response = await _client.PostAsJsonAsync("/api/paths", new JsonObject { ["profile"] = ProfileJson("disabled-veteran"), ["asOf"] = "2026-03-01", ["posting"] = posting });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("direct-hire", (string?)body["posting"]!["hiringAuthority"]);
        Assert.False((bool)body["posting"]!["preferenceApplies"]!);
        Assert.Equal("cps", (string?)body["preference"]!["category"]);
    }

    [Theory]
    [InlineData("""{"asOf":"2026-03-01"}""", "profile")]
    [InlineData("""{"profile":{},"asOf":"tomorrow"}""", "asOf")]
    [InlineData("""{"profile":{"military":{"disability":{"percent":130}}}}""", "profile.military.disability.percent")]
    [InlineData("""{"profile":{"military":{"retired":{"payGrade":"Z-9"}}}}""", "profile.military.retired.payGrade")]
    [InlineData("""{"profile":{},"positionId":"X-1"}""", "positionId")]
    [InlineData("""{"profile":{},"posting":[1,2]}""", "posting")]
    [InlineData("""{"profile":{},"color":"red"}""", "color")]
    public async Task PostPaths_BadMember_Returns400NamingIt(string body, string path)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/paths", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(problem["problems"]!.AsArray(), p => ((string?)p!["path"])!.StartsWith(path, StringComparison.Ordinal));
    }
}
