using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Web.Tests;

/// <summary>GET /api/roles/{id}/pay: the library's estimate, 400 naming each bad parameter, 404 for an unknown role.</summary>
public class PayApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetPay_AllParameters_ReturnsTheLibrarysEstimate()
    {
        var expected = new PayEstimator(CareerCatalog.Default).Estimate("deportation-officer", PayGrade.Parse("GL-7"), 2, "Boston", new DateOnly(2026, 3, 1));

        var response = await _client.GetAsync("/api/roles/deportation-officer/pay?grade=GL-7&step=2&locality=Boston&asOf=2026-03-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.PayEstimate)), JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task GetPay_OnlyGrade_Step1RestOfUsOnTheAppsClock()
    {
        // The default area, the Rest of U.S., has no locality payment in the data: a 400 at locality that says so.
        var response = await _client.GetAsync("/api/roles/program-analyst/pay?grade=GS-9");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]![0]!;
        Assert.Equal("locality", (string?)problem["path"]);
        Assert.StartsWith("OPM's locality payment for the Rest of U.S. locality pay area in 2026 is not in the data", (string?)problem["message"], StringComparison.Ordinal);
        Assert.Contains("GET /api/pay/localities", (string?)problem["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("new-york-newark")]
    [InlineData("New%20York-Newark%2C%20NY-NJ-CT-PA")]
    [InlineData("Newark")]
    public async Task GetPay_LocalityIdNameOrCity_SameFigures(string locality)
    {
        var body = JsonNode.Parse(await _client.GetStringAsync($"/api/roles/program-analyst/pay?grade=GS-9&locality={locality}"))!;

        Assert.Equal(1, (int)body["step"]!);
        Assert.Equal("New York-Newark, NY-NJ-CT-PA", (string?)body["locality"]);
        Assert.Equal("new-york-newark", (string?)body["localityId"]);
        Assert.Equal("2026-01-15", (string?)body["asOf"]);
        Assert.Equal(52727, (int)body["basePay"]!);
        Assert.Equal(72737, (int)body["adjustedPay"]!); // x 1.3795 (Salary Table 2025-NY, held in 2026)
    }

    [Theory]
    [InlineData("pay?grade=GS-7&locality=boston")]
    [InlineData("career?grade=GS-7&start=2026-02-02&locality=boston")]
    public async Task GetPayOrCareer_LegacyRole_400AtTheRoleNamingTheSuccessor(string query)
    {
        var expected = Assert.ThrowsAny<ArgumentException>(() => new PayEstimator(CareerCatalog.Default).Estimate("immigration-enforcement-agent", PayGrade.Parse("GS-7"), 1, "boston", new DateOnly(2026, 3, 1)));

        var response = await _client.GetAsync($"/api/roles/immigration-enforcement-agent/{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]![0]!;
        Assert.Equal("id", (string?)problem["path"]);
        Assert.Equal(expected.Message[..expected.Message.IndexOf(" (Parameter", StringComparison.Ordinal)], (string?)problem["message"]);
    }

    [Fact]
    public async Task GetPay_CoveredOfficerWhereTheLeoTableIsMissing_400NamingTheTable()
    {
        var response = await _client.GetAsync("/api/roles/deportation-officer/pay?grade=GL-7&locality=houston-the-woodlands&asOf=2026-03-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["problems"]![0]!;
        Assert.Equal("locality", (string?)problem["path"]);
        Assert.StartsWith("OPM special rate table for the Houston-The Woodlands, TX locality pay area (one of L001–L059) is not in the data", (string?)problem["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "grade")]
    [InlineData("grade=GS-99", "grade")]
    [InlineData("grade=GS-13", "grade")]
    [InlineData("grade=GS-9&step=x", "step")]
    [InlineData("grade=GS-9&step=0", "step")]
    [InlineData("grade=GS-9&locality=Atlantis", "locality")]
    [InlineData("grade=GS-9&asOf=2030-01-01", "asOf")]
    [InlineData("grade=GS-9&asOf=tomorrow", "asOf")]
    public async Task GetPay_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/roles/program-analyst/pay?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(parameter, (string?)Assert.Single(problem["problems"]!.AsArray())!["path"]);
    }

    [Fact]
    public async Task GetPay_UnknownRole_Returns404()
    {
        var response = await _client.GetAsync("/api/roles/astronaut/pay?grade=GS-9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>GET /api/roles/{id}/career: the library's projection, 400 naming each bad parameter, 404 for an unknown role.</summary>
public class CareerApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetCareer_AllParameters_ReturnsTheLibrarysProjection()
    {
        var expected = IceCareers.Careers.CareerPath.Project(CareerCatalog.Default, "deportation-officer", PayGrade.Parse("GL-7"), new DateOnly(2026, 1, 12), new DateOnly(1981, 3, 10), "albany-schenectady");

        var response = await _client.GetAsync("/api/roles/deportation-officer/career?start=2026-01-12&grade=GL-7&dateOfBirth=1981-03-10&locality=albany-schenectady");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.CareerProjection)), body));
        Assert.Equal("2046-01-31", (string?)body["mandatorySeparation"]);
        Assert.Equal(60638, (int)body["events"]![0]!["pay"]!); // table L002, GL-7 step 1
    }

    [Theory]
    [InlineData("deportation-officer", "GL-7", "Chicago", "OPM special rate table for the Chicago-Naperville, IL-IN-WI locality pay area (one of L001–L059)")]
    [InlineData("deportation-officer", "GL-7", "buffalo-cheektowaga", "OPM special rate table for the Buffalo-Cheektowaga, NY locality pay area (one of L001–L059)")]
    [InlineData("program-analyst", "GS-7", "Albuquerque", "OPM's locality payment for the Albuquerque-Santa Fe-Las Vegas, NM locality pay area in 2026")]
    public async Task GetCareer_PlacePayRefuses_400AsPayDoes(string role, string grade, string locality, string message)
    {
        var career = await _client.GetAsync($"/api/roles/{role}/career?start=2026-01-12&grade={grade}&locality={locality}");
        var pay = await _client.GetAsync($"/api/roles/{role}/pay?grade={grade}&locality={locality}&asOf=2026-01-12");

        Assert.Equal(HttpStatusCode.BadRequest, career.StatusCode);
        var problem = JsonNode.Parse(await career.Content.ReadAsStringAsync())!["problems"]![0]!;
        Assert.Equal("locality", (string?)problem["path"]);
        Assert.StartsWith(message, (string?)problem["message"], StringComparison.Ordinal);
        Assert.Equal((string?)problem["message"], (string?)JsonNode.Parse(await pay.Content.ReadAsStringAsync())!["problems"]![0]!["message"]);
    }

    [Theory]
    [InlineData("grade=GL-7", "start")]
    [InlineData("start=2026-01-12", "grade")]
    [InlineData("start=2026-01-12&grade=GL-6", "grade")]
    [InlineData("start=2026-01-12&grade=GL-7&dateOfBirth=1981-13-01", "dateOfBirth")]
    [InlineData("start=2026-01-12&grade=GL-7&dateOfBirth=2030-01-01", "dateOfBirth")]
    [InlineData("start=2026-01-12&grade=GL-7&locality=Atlantis", "locality")]
    [InlineData("start=9999-12-31&grade=GL-7", "start")]
    [InlineData("start=9999-01-01&grade=GL-5&dateOfBirth=9990-01-01", "start")]
    public async Task GetCareer_BadParameter_Returns400NamingIt(string query, string parameter)
    {
        var response = await _client.GetAsync("/api/roles/deportation-officer/career?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(parameter, (string?)Assert.Single(problem["problems"]!.AsArray())!["path"]);
    }

    [Fact]
    public async Task GetCareer_UnknownRole_Returns404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/roles/astronaut/career?start=2026-01-12&grade=GS-7")).StatusCode);
}
