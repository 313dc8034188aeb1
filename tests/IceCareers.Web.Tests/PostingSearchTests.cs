using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using IceCareers.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace IceCareers.Web.Tests;

/// <summary>
/// A stand-in for the USAJOBS Search API on 127.0.0.1 that replays a recorded search result and keeps what it was asked:
/// the live search is tested against it, never against the real network.
/// </summary>
public sealed class UsaJobsStub : IAsyncDisposable
{
    /// <summary>A Search API document recorded for ICE's postings (the library's fixture).</summary>
    public static readonly string Recorded = Repository.PathOf("tests", "IceCareers.Tests", "Announcements", "Fixtures", "ice-search-result.json");

    private readonly WebApplication _app;

    public UsaJobsStub()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet("/api/Search", (HttpContext context) =>
        {
            Requests.Enqueue(new StubRequest(
                context.Request.Path + context.Request.QueryString,
                context.Request.Query["JobCategoryCode"].ToString(),
                context.Request.Query["Keyword"].ToString(),
                context.Request.Headers.Host.ToString(),
                context.Request.Headers.UserAgent.ToString(),
                context.Request.Headers["Authorization-Key"].ToString()));
            return Results.Bytes(File.ReadAllBytes(Recorded), "application/json");
        });
        _app.StartAsync().GetAwaiter().GetResult();
        Address = new Uri(_app.Urls.Single());
    }

    public Uri Address { get; }

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record StubRequest(string PathAndQuery, string Series, string Keyword, string Host, string UserAgent, string Key);

/// <summary>The web sample with a USAJOBS key, user agent and the stub's address configured.</summary>
public sealed class LiveSearchFactory : AppFactory
{
    public const string Key = "test-key-not-a-real-one";
    public const string UserAgent = "tests@example.org";

    public UsaJobsStub Stub { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("UsaJobs:ApiKey", Key);
        builder.UseSetting("UsaJobs:UserAgent", UserAgent);
        builder.UseSetting("UsaJobs:BaseAddress", Stub.Address.ToString());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stub.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>GET /api/postings/status and /api/postings/search: ICE's current postings searched live through the typed client.</summary>
public class PostingSearchTests(LiveSearchFactory live) : IClassFixture<LiveSearchFactory>
{
    [Fact]
    public async Task GetStatus_KeyAndUserAgentConfigured_Live()
    {
        var status = JsonNode.Parse(await live.CreateClient().GetStringAsync(new Uri("/api/postings/status", UriKind.Relative)))!;

        Assert.True((bool)status["live"]!);
    }

    [Fact]
    public async Task Search_Role_ReturnsTheDocumentUsajobsGaveAndSendsTheDocumentedHeaders()
    {
        var role = CareerCatalog.Default.GetRole("deportation-officer");

        using var response = await live.CreateClient().GetAsync(new Uri("/api/postings/search?roleId=deportation-officer", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(File.ReadAllBytes(UsaJobsStub.Recorded), await response.Content.ReadAsByteArrayAsync());
        var asked = Assert.Single(live.Stub.Requests, r => r.Series == role.Series.Code);
        Assert.Equal("Immigration and Customs Enforcement", asked.Keyword);
        Assert.Equal("data.usajobs.gov", asked.Host);
        Assert.Equal(LiveSearchFactory.UserAgent, asked.UserAgent);
        Assert.Equal(LiveSearchFactory.Key, asked.Key);
        Assert.StartsWith("/api/Search?", asked.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_LiveDocument_EvaluatesAsTheLibraryDoes()
    {
        var client = live.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/api/postings/search?roleId=hsi-special-agent", UriKind.Relative)))!;
        var body = new JsonObject { ["announcements"] = document, ["asOf"] = "2026-01-15", ["profile"] = JsonNode.Parse(TestProfiles.Qualified) };

        using var evaluated = await client.PostAsync(new Uri("/api/announcements/evaluate", UriKind.Relative), TestProfiles.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        var listings = JsonNode.Parse(await evaluated.Content.ReadAsStringAsync())!.AsArray();
        Assert.NotEmpty(listings);
        Assert.All(listings, l => Assert.NotNull(l!["positionId"]));
    }

    [Fact]
    public async Task Search_UnknownRole_404AndUsajobsNotAsked()
    {
        var before = live.Stub.Requests.Count;

        using var response = await live.CreateClient().GetAsync(new Uri("/api/postings/search?roleId=no-such-role", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, live.Stub.Requests.Count);
    }
}

/// <summary>Without a key the server does not search: the page offers to read a saved search result instead.</summary>
public class PostingSearchWithoutKeyTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task GetStatus_NoKey_NotLive()
    {
        var status = JsonNode.Parse(await factory.CreateClient().GetStringAsync(new Uri("/api/postings/status", UriKind.Relative)))!;

        Assert.False((bool)status["live"]!);
    }

    [Fact]
    public async Task Search_NoKey_404Problem()
    {
        using var response = await factory.CreateClient().GetAsync(new Uri("/api/postings/search?roleId=deportation-officer", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
