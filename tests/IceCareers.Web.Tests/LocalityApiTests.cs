using System.Net;
using System.Text.Json.Nodes;
using IceCareers.Pay;
using IceCareers.Roles;

namespace IceCareers.Web.Tests;

/// <summary>GET /api/pay/localities: the places a person can choose for pay, each one the pay endpoint prices.</summary>
public class LocalityApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(AppFactory.Now.UtcDateTime);

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetLocalities_NoRole_ListsEveryLocalityAreaThenEveryDutyStationWithAnAreaInDataOrder()
    {
        var estimator = new PayEstimator(CareerCatalog.Default);
        var stations = estimator.DutyStations.Where(s => s.LocalityArea is not null).ToList();

        var places = await GetPlaces("/api/pay/localities");

        var areas = places.Where(p => (string?)p["kind"] == "locality-area").ToList();
        var offices = places.Where(p => (string?)p["kind"] == "duty-station").ToList();
        Assert.Equal(places.Count, areas.Count + offices.Count);
        Assert.Equal(estimator.KnownLocalities, areas.Select(p => (string)p["name"]!));
        Assert.All(areas, p => Assert.Equal((string?)p["name"], (string?)p["locality"]));
        Assert.NotEmpty(stations);
        Assert.Equal(stations.Select(s => $"{s.City} ({s.Office})"), offices.Select(p => (string)p["name"]!));
        Assert.Equal(stations.Select(s => s.City), offices.Select(p => (string)p["locality"]!));
        Assert.Equal(places.Take(areas.Count), areas);
        Assert.Equal(estimator.KnownLocalityIds, areas.Select(p => (string)p["id"]!));
        Assert.Equal(stations.Select(s => s.LocalityAreaId), offices.Select(p => (string?)p["id"]));
        Assert.Contains(areas, p => (string?)p["id"] == "houston-the-woodlands" && (string?)p["name"] == "Houston-The Woodlands, TX");
    }

    [Fact]
    public async Task GetLocalities_EveryId_IsAcceptedByThePayEndpointAsTheNameIs()
    {
        foreach (var place in (await GetPlaces("/api/pay/localities")).Where(p => (string?)p["kind"] == "locality-area"))
        {
            var byId = await _client.GetAsync($"/api/roles/program-analyst/pay?grade=GS-9&asOf=2026-03-01&locality={Uri.EscapeDataString((string)place["id"]!)}");
            var byName = await _client.GetAsync($"/api/roles/program-analyst/pay?grade=GS-9&asOf=2026-03-01&locality={Uri.EscapeDataString((string)place["locality"]!)}");

            Assert.Equal(byName.StatusCode, byId.StatusCode);
            var (name, id) = (JsonNode.Parse(await byName.Content.ReadAsStringAsync())!, JsonNode.Parse(await byId.Content.ReadAsStringAsync())!);
            Assert.True(byId.IsSuccessStatusCode
                ? JsonNode.DeepEquals(name, id)
                : (string?)name["problems"]![0]!["message"] == (string?)id["problems"]![0]!["message"], (string)place["id"]!);
        }
    }

    [Theory]
    [InlineData("deportation-officer")]
    [InlineData("program-analyst")]
    [InlineData("hsi-special-agent")]
    public async Task GetLocalities_ForARole_ListsExactlyThePlacesWhereItsEntryGradeHasPay(string roleId)
    {
        var estimator = new PayEstimator(CareerCatalog.Default);
        var grade = CareerCatalog.Default.GetRole(roleId).Grades.Entry[0];
        var role = CareerCatalog.Default.GetRole(roleId);
        var expected = estimator.KnownLocalities
            .Concat(estimator.DutyStations.Where(s => s.LocalityArea is not null && s.Directorate == role.Directorate).Select(s => s.City))
            .Where(l => estimator.TryEstimate(roleId, grade, 1, l, Today, out _, out _)).ToList();

        var places = await GetPlaces($"/api/pay/localities?roleId={roleId}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, places.Select(p => (string)p["locality"]!));
        Assert.All(places.Where(p => (string?)p["kind"] == "duty-station"),
            p => Assert.Equal(role.Directorate, estimator.DutyStations.Single(s => s.City == (string?)p["locality"]).Directorate));
        foreach (var place in places)
        {
            var pay = await _client.GetAsync($"/api/roles/{roleId}/pay?grade={grade}&locality={Uri.EscapeDataString((string)place["locality"]!)}");
            Assert.Equal(HttpStatusCode.OK, pay.StatusCode);
        }
    }

    [Fact]
    public async Task GetLocalities_GsRoleAgainstAll_LeavesOutTheAreasWithOnlyALawEnforcementSpecialRate()
    {
        var all = (await GetPlaces("/api/pay/localities")).Select(p => (string)p["name"]!).ToList();
        var analyst = (await GetPlaces("/api/pay/localities?roleId=program-analyst&grade=GS-9&asOf=2026-03-01")).Select(p => (string)p["name"]!).ToList();
        var estimator = new PayEstimator(CareerCatalog.Default);

        Assert.Subset(all.ToHashSet(), analyst.ToHashSet());
        foreach (var left in all.Except(analyst))
        {
            Assert.False(estimator.TryEstimate("program-analyst", PayGrade.Parse("GS-9"), 1, left, new DateOnly(2026, 3, 1), out _, out _), left);
        }
    }

    [Theory]
    [InlineData("roleId=program-analyst&grade=GS-99", "grade")]
    [InlineData("roleId=deportation-officer&grade=GS-7", "grade")]
    [InlineData("grade=GS-9", "grade")]
    [InlineData("asOf=2026-13-01", "asOf")]
    [InlineData("roleId=program-analyst&asOf=2030-01-01", "asOf")]
    public async Task GetLocalities_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/pay/localities?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(parameter, (string?)Assert.Single(problem["problems"]!.AsArray())!["path"]);
    }

    [Fact]
    public async Task GetLocalities_UnknownRole_Returns404NamingTheKnownRoles()
    {
        var response = await _client.GetAsync("/api/pay/localities?roleId=astronaut");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("astronaut", (string?)problem["roleId"]);
        Assert.Contains("deportation-officer", problem["knownRoleIds"]!.AsArray().Select(x => (string?)x));
    }

    [Fact]
    public async Task OpenApi_Localities_DocumentsTheListAnd400And404ProblemDetails()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;
        var operation = document["paths"]!["/api/pay/localities"]!["get"]!;
        var responses = operation["responses"]!.AsObject();

        foreach (var status in new[] { "400", "404" })
        {
            Assert.Equal("#/components/schemas/ProblemDetails", (string?)responses[status]!["content"]!["application/problem+json"]!["schema"]!["$ref"]);
        }

        Assert.Equal("array", (string?)responses["200"]!["content"]!["application/json"]!["schema"]!["type"]);
        var names = operation["parameters"]!.AsArray().Select(p => (string?)p!["name"]).ToList();
        Assert.Equal(["roleId", "grade", "asOf"], names);
    }

    private async Task<List<JsonNode>> GetPlaces(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(p => p!)];
    }
}
