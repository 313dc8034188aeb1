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
        var body = JsonNode.Parse(await _client.GetStringAsync("/api/roles/program-analyst/pay?grade=GS-9"))!;

        Assert.Equal(1, (int)body["step"]!);
        Assert.Equal("Rest of U.S.", (string?)body["locality"]);
        Assert.Equal("2026-01-15", (string?)body["asOf"]);
        Assert.Equal(52727, (int)body["basePay"]!);
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
