using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace IceCareers.Web.Tests;

/// <summary>The parts only a real server shows: Kestrel's own body limit, on 127.0.0.1.</summary>
public sealed class KestrelTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private readonly HttpClient _client = new();

    public Task InitializeAsync()
    {
        _client.BaseAddress = _app.StartOnLoopback();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Kestrel_ChunkedBodyOver1MiB_Returns413()
    {
        var json = TestProfiles.Request("deportation-officer", "{}");
        var bytes = Encoding.UTF8.GetBytes(json + new string(' ', (2 * 1024 * 1024) - json.Length));
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/eligibility") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Kestrel_ValidRequest_IsEvaluated()
    {
        using var response = await _client.PostAsync("/api/eligibility", TestProfiles.Json(TestProfiles.Request("deportation-officer", TestProfiles.Qualified)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
