using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace IceCareers.Web.Tests;

/// <summary>
/// Issue 12 on the web: every refusal is a 4xx with a bounded list, never a 500; slow and vanishing clients end in 408
/// (or nothing) with at most a Debug line in the log.
/// </summary>
public sealed class HostileInputTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("{\"roleId\":\"deportation-officer\",\"profile\":{\"sex\":\"", "\"}}")]
    [InlineData("{\"roleId\":\"deportation-officer\",\"profile\":{\"", "\":1}}")]
    [InlineData("{\"roleId\":\"deportation-", "officer\",\"profile\":{}}")]
    [InlineData("{\"roleId\":\"deportation-officer\",\"asOf\":\"2026-01-", "\",\"profile\":{}}")]
    public async Task PostEligibility_InvalidUtf8AnywhereInTheBody_Returns400(string before, string after)
    {
        var bytes = Encoding.UTF8.GetBytes(before).Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(after)).ToArray();

        var response = await PostBytes("/api/eligibility", bytes);

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains("UTF-8", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEligibilityAll_ThousandsOfBadValues_ProblemListCapped()
    {
        var profile = "{\"experience\":[" + string.Join(",", Enumerable.Repeat("{\"months\":\"long\"}", 5_000)) + "]}";

        var problem = await Problem(await PostBytes("/api/eligibility/all", Encoding.UTF8.GetBytes("{\"profile\":" + profile + "}")), HttpStatusCode.BadRequest);

        var problems = problem["problems"]!.AsArray();
        Assert.Equal(101, problems.Count);
        Assert.Contains("4,901 more", (string?)problems[^1]!["message"], StringComparison.Ordinal);
        Assert.Contains("at most 1,000", (string?)problems[0]!["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-20")]
    [InlineData("9999-11-30")]
    public async Task GetTraining_StartTooLateForTheCalendar_Returns400(string start)
    {
        var problem = await Problem(await _client.GetAsync($"/api/roles/hsi-special-agent/training?start={start}"), HttpStatusCode.BadRequest);

        Assert.Contains(start, (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEligibility_AsOfBeforeBirth_Returns400NamingBothDates()
    {
        var body = "{\"roleId\":\"hsi-special-agent\",\"asOf\":\"2001-01-01\",\"profile\":{\"dateOfBirth\":\"2002-02-02\"}}";

        var problem = await Problem(await PostBytes("/api/eligibility", Encoding.UTF8.GetBytes(body)), HttpStatusCode.BadRequest);

        Assert.Contains("2001-01-01", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("2002-02-02", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"roleId\":5,\"profile\":{}}")]
    [InlineData("[1,2]")]
    [InlineData("{\"roleId\":\"deportation-officer\",\"profile\":{},} ")]
    [InlineData("{\"roleId\":\"deportation-officer\" /* c */,\"profile\":{}}")]
    [InlineData("{\"roleId\":\"deportation-officer\",\"profile\":{\"gpa\":{\"a\":1}}}")]
    public async Task PostEligibility_WrongShapes_MessagesWithoutDotNetInternals(string body)
    {
        var problem = await Problem(await PostBytes("/api/eligibility", Encoding.UTF8.GetBytes(body)), HttpStatusCode.BadRequest);

        var text = problem.ToJsonString();
        foreach (var leak in new[] { "IceCareers.", "System.", "reader options", "could not be converted", "Exception" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostEligibility_BodyDribbledSlowly_Returns408AndNoErrorLog()
    {
        await using var app = new AppFactory();
        var address = app.StartOnLoopback();
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        var headers = $"POST /api/eligibility/all HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));

        // One byte a second, far below Kestrel's minimum rate; the server ends it after its grace period.
        var response = new StringBuilder();
        var buffer = new byte[4096];
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var reading = stream.ReadAsync(buffer, guard.Token).AsTask();
        for (var i = 0; i < 25 && !reading.IsCompleted; i++)
        {
            try
            {
                await stream.WriteAsync("{"u8.ToArray(), guard.Token);
            }
            catch (IOException)
            {
                break; // the server closed the connection
            }

            await Task.WhenAny(reading, Task.Delay(1000, guard.Token));
        }

        var read = await reading;
        response.Append(Encoding.ASCII.GetString(buffer, 0, read));

        Assert.StartsWith("HTTP/1.1 408", response.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal) || e.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostEligibility_ClientGoneMidBody_NoErrorLog()
    {
        await using var app = new AppFactory();
        var address = app.StartOnLoopback();
        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(address.Host, address.Port);
            var stream = socket.GetStream();
            var headers = $"POST /api/eligibility HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{{\"roleId\":";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(headers));
            await Task.Delay(200);
        }

        // The server notices the reset and ends the request; wait for its Debug line (bounded).
        for (var i = 0; i < 50 && !app.Logs.Entries.Any(e => e.Contains("RequestBody", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100);
        }

        Assert.Contains(app.Logs.Entries, e => e.StartsWith("Debug IceCareers.Web.RequestBody", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Entries, e => e.StartsWith("Error", StringComparison.Ordinal) || e.StartsWith("Critical", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> PostBytes(string url, byte[] bytes)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await _client.PostAsync(url, content);
    }

    private static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
