using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IceCareers.Web.Tests;

/// <summary>
/// Issue 24 on the web: postings bounded, lone surrogates and invalid UTF-8 a 400 at their path, every 400 with
/// <c>problems[]</c>, and no framework words in any message.
/// </summary>
public sealed class HostilePostingApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] FrameworkWords =
    [
        "could not be converted", "isFinalBlock", "System.", "reader options", "Actual value was", "ReadOptions", "IceCareers.",
        "JsonException", "InvalidOperationException", "LineNumber", "BytePositionInLine", "Request.", "Parameter '",
    ];

    private readonly HttpClient _client = factory.CreateClient();

    private static string Postings(int count) =>
        "[" + string.Join(",", Enumerable.Range(0, count).Select(i => "{\"PositionID\":\"P" + i.ToString(CultureInfo.InvariantCulture) + "\",\"PositionTitle\":\"Deportation Officer\",\"OrganizationName\":\"ICE\",\"JobCategory\":[{\"Code\":\"1801\"}]}")) + "]";

    [Theory]
    [InlineData(501)]
    [InlineData(3_000)]
    public async Task EvaluateAnnouncements_MorePostingsThanTheLimit_Returns400NamingTheLimit(int count)
    {
        var problem = await Problem(await Post("/api/announcements/evaluate", "{\"announcements\":" + Postings(count) + ",\"profile\":{}}"));

        var first = problem["problems"]!.AsArray()[0]!;
        Assert.Equal("announcements[500]", (string?)first["path"]);
        Assert.Contains("more than 500 postings", (string?)first["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAnnouncements_FiveHundredMatchedPostingsWithAProfile_AnswerIsBounded()
    {
        var response = await Post("/api/announcements/evaluate", "{\"announcements\":" + Postings(500) + ",\"profile\":{\"citizenship\":\"us-citizen\"},\"asOf\":\"2026-01-15\"}");

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bytes.Length < 20 << 20, bytes.Length.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/api/eligibility", """{"roleId":"deportation-officer","profile":{"education":[{"level":"bachelors","field":"A\udc00"}]}}""", "profile.education[0].field")]
    [InlineData("/api/eligibility/all", """{"profile":{"languages":[{"language":"\ud83d"}]}}""", "profile.languages[0].language")]
    [InlineData("/api/eligibility", """{"roleId":"deportation\ud800","profile":{}}""", "roleId")]
    [InlineData("/api/eligibility", """{"roleId":"deportation-officer","asOf":"\udfff","profile":{}}""", "asOf")]
    [InlineData("/api/announcements/evaluate", """{"announcements":[{"PositionID":"X","PositionTitle":"T\ud800"}],"profile":{}}""", "announcements[0].PositionTitle")]
    [InlineData("/api/announcements/evaluate", """{"announcements":[],"profile":{},"policy":"\udbff"}""", "policy")]
    [InlineData("/api/paths", """{"profile":{},"posting":{"PositionID":"X","PositionTitle":"T","OrganizationName":"\udc00"}}""", "posting.OrganizationName")]
    public async Task Post_LoneSurrogateEscape_Returns400AtItsPath(string url, string body, string path)
    {
        var problem = await Problem(await Post(url, body));

        var first = problem["problems"]!.AsArray()[0]!;
        Assert.Equal(path, (string?)first["path"]);
        Assert.Contains("half a character", (string?)first["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluateAnnouncements_InvalidUtf8InAPosting_Returns400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"profile":{},"announcements":[{"PositionID":"X","PositionTitle":"A""")
            .Concat(new byte[] { 0xED, 0xA0, 0x80 }).Concat(Encoding.UTF8.GetBytes("\"}]}")).ToArray();

        var problem = await Problem(await Post("/api/announcements/evaluate", bytes));

        Assert.Contains("UTF-8", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.NotEmpty(problem["problems"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/eligibility", """{"roleId":"deportation-officer","asOf":"2001-06-01","profile":{"dateOfBirth":"2003-02-03"}}""", "2001-06-01")]
    [InlineData("/api/eligibility/all", """{"asOf":"1999-12-31","profile":{"dateOfBirth":"2000-01-01"}}""", "1999-12-31")]
    [InlineData("/api/announcements/evaluate", """{"announcements":[{"PositionID":"X","PositionTitle":"Deportation Officer","OrganizationName":"ICE","JobCategory":[{"Code":"1801"}]}],"asOf":"1990-01-01","profile":{"dateOfBirth":"1995-05-05"}}""", "1990-01-01")]
    public async Task Post_AsOfBeforeTheDateOfBirth_ListsTheProblemAtAsOf(string url, string body, string asOf)
    {
        var problem = await Problem(await Post(url, body));

        var first = problem["problems"]!.AsArray().Single()!;
        Assert.Equal("asOf", (string?)first["path"]);
        Assert.Contains(asOf, (string?)first["message"], StringComparison.Ordinal);
        AssertOurWords(problem);
    }

    [Theory]
    [InlineData("/api/eligibility", "[]")]
    [InlineData("/api/eligibility", """{"roleId":5,"profile":{}}""")]
    [InlineData("/api/eligibility", """{"roleId":"x","profile":{}""")]
    [InlineData("/api/eligibility/all", """{"profile":{},"asOf":["2026-01-01"]}""")]
    [InlineData("/api/announcements/evaluate", "[1,2]")]
    [InlineData("/api/announcements/evaluate", """{"announcements":[{"PositionID":"X","PositionTitle":"T"}""")]
    [InlineData("/api/announcements/evaluate", """{"announcements":{"SearchResult":{"SearchResultItems":[{"PositionID":"X","PositionTitle":"T","PositionLocation":[{"Latitude":1e400}]}]}},"profile":{}}""")]
    [InlineData("/api/announcements/evaluate", """{"announcements":[{"PositionID":"X","PositionTitle":"T","UserArea":{"Details":{"LowGrade":"99999999999999999999"}}}],"profile":{}}""")]
    [InlineData("/api/announcements/evaluate", """{"announcements":[{"PositionID":"X","PositionTitle":"T","PositionTitle":"U"}],"profile":{}}""")]
    [InlineData("/api/announcements/evaluate", """{"policy":true,"announcements":[],"profile":{}}""")]
    [InlineData("/api/paths", "\"text\"")]
    [InlineData("/api/paths", """{"profile":{},"asOf":"2026-01-01" "posting":{}}""")]
    public async Task Post_MalformedOrWrongBodies_400InOurWords(string url, string body)
    {
        var problem = await Problem(await Post(url, body));

        Assert.NotEmpty(problem["problems"]!.AsArray());
        AssertOurWords(problem);
    }

    [Theory]
    [InlineData("/api/roles/deportation-officer/pay?grade=GL-7&step=0")]
    [InlineData("/api/roles/deportation-officer/pay?grade=GL-7&step=11")]
    [InlineData("/api/roles/deportation-officer/pay?grade=GL-7&asOf=1901-01-01")]
    [InlineData("/api/roles/deportation-officer/pay?grade=GL-7&step=99999999999")]
    [InlineData("/api/roles/deportation-officer/career?start=2026-01-05&grade=GL-7&locality=Chicago")]
    [InlineData("/api/roles/deportation-officer/career?start=2026-01-05&grade=GL-7&dateOfBirth=2030-01-01")]
    public async Task Get_PayAndCareerRefusals_400InOurWordsWithProblems(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        var problem = await Problem(response);
        Assert.NotEmpty(problem["problems"]!.AsArray());
        AssertOurWords(problem);
    }

    private static void AssertOurWords(JsonNode problem)
    {
        var text = problem.ToJsonString();
        foreach (var word in FrameworkWords)
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }
    }

    private Task<HttpResponseMessage> Post(string url, string json) => Post(url, Encoding.UTF8.GetBytes(json));

    private async Task<HttpResponseMessage> Post(string url, byte[] bytes)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await _client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static async Task<JsonNode> Problem(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
