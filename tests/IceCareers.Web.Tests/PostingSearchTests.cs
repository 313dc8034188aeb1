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

    /// <summary>A stub that answers every search with the recorded document.</summary>
    public UsaJobsStub()
        : this(Replay)
    {
    }

    /// <summary>A stub that answers every search with <paramref name="answer"/> (an error, garbage, a broken connection).</summary>
    public UsaJobsStub(RequestDelegate answer)
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
            return answer(context);
        });
        _app.StartAsync().GetAwaiter().GetResult();
        Address = new Uri(_app.Urls.Single());
    }

    /// <summary>An address on 127.0.0.1 where nothing listens: USAJOBS down.</summary>
    public static Uri Down()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>How a failing USAJOBS answers: <c>down</c>, <c>503</c>, <c>500</c> (with a stack trace), <c>html</c> (a 200 that is a web page), <c>not-a-result</c> (JSON of another shape), <c>cut-short</c>, <c>slow</c> (no answer within the client's timeout).</summary>
    public static RequestDelegate Failing(string how) => how switch
    {
        "503" => context => Write(context, StatusCodes.Status503ServiceUnavailable, "text/html", "<html><body>Service Unavailable</body></html>"),
        "500" => context => Write(context, StatusCodes.Status500InternalServerError, "text/plain", "System.NullReferenceException: Object reference not set\n   at UsaJobs.Search.Run() in Search.cs:line 42"),
        "html" => context => Write(context, StatusCodes.Status200OK, "text/html", "<!DOCTYPE html><html><body>Down for maintenance</body></html>"),
        "not-a-result" => context => Write(context, StatusCodes.Status200OK, "application/json", """{ "error": "invalid key" }"""),
        "cut-short" => async context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 100_000;
            await context.Response.WriteAsync("""{ "SearchResult": { "SearchResultItems": [""");
            await context.Response.Body.FlushAsync();
            await Task.Delay(500);  // the headers and the start are on the wire before the connection is cut
            context.Abort();
        },
        "slow" => async context =>
        {
            // Longer than the client waits (LiveSearchFactory.Failing("slow") sets UsaJobs:TimeoutSeconds to 1); the
            // stub gives up when the client does, so disposing it does not wait.
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await Replay(context);
        },
        _ => throw new ArgumentOutOfRangeException(nameof(how), how, "no such failure"),
    };

    private static Task Replay(HttpContext context) => Results.Bytes(File.ReadAllBytes(Recorded), "application/json").ExecuteAsync(context);

    private static Task Write(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
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

    private readonly Uri _address;

    /// <summary>The sample searching a stub that replays the recorded document (the one public constructor xUnit's fixtures allow).</summary>
    public LiveSearchFactory()
        : this(new UsaJobsStub())
    {
    }

    /// <summary>The sample searching <paramref name="stub"/>, or <paramref name="address"/> instead when given (USAJOBS down).</summary>
    private LiveSearchFactory(UsaJobsStub stub, Uri? address = null, int? timeoutSeconds = null)
    {
        Stub = stub;
        _address = address ?? stub.Address;
        _timeoutSeconds = timeoutSeconds;
    }

    private readonly int? _timeoutSeconds;

    /// <summary>The sample searching a USAJOBS that fails as <see cref="UsaJobsStub.Failing"/> says for <paramref name="how"/>.</summary>
    public static LiveSearchFactory Failing(string how) =>
        how switch
        {
            "down" => new LiveSearchFactory(new UsaJobsStub(), UsaJobsStub.Down()),
            "slow" => new LiveSearchFactory(new UsaJobsStub(UsaJobsStub.Failing(how)), timeoutSeconds: 1),
            _ => new LiveSearchFactory(new UsaJobsStub(UsaJobsStub.Failing(how))),
        };

    public UsaJobsStub Stub { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("UsaJobs:ApiKey", Key);
        builder.UseSetting("UsaJobs:UserAgent", UserAgent);
        builder.UseSetting("UsaJobs:BaseAddress", _address.ToString());
        if (_timeoutSeconds is { } seconds)
        {
            builder.UseSetting("UsaJobs:TimeoutSeconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
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

/// <summary>
/// Issue 23 §6: when USAJOBS is down or answers an error or garbage, the client gets a 502 problem whose message says so
/// in words: no framework words, no address, nothing USAJOBS said, no stack; and the server does not fail.
/// </summary>
public class PostingSearchFailureTests
{
    /// <summary>What the person can do, the end of every failure's message.</summary>
    private const string Later = "Try again later, or open a search result saved from USAJOBS.";

    [Theory]
    [InlineData("down", "USAJOBS could not be reached. ")]
    [InlineData("503", "USAJOBS answered the search with an error (status 503). ")]
    [InlineData("500", "USAJOBS answered the search with an error (status 500). ")]
    [InlineData("html", "USAJOBS answered with something that is not a search result. ")]
    [InlineData("not-a-result", "USAJOBS answered with something that is not a search result. ")]
    [InlineData("cut-short", "USAJOBS stopped answering before the search result arrived. ")]
    [InlineData("slow", "USAJOBS did not answer in time. ")]
    public async Task Search_UsajobsDownOrFailing_502ProblemInPlainWords(string how, string expected)
    {
        await using var factory = LiveSearchFactory.Failing(how);

        using var response = await factory.CreateClient().GetAsync(new Uri("/api/postings/search?roleId=deportation-officer", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonNode.Parse(text)!;
        Assert.Equal(502, (int)problem["status"]!);
        Assert.Equal("USAJOBS did not give a search result", (string?)problem["title"]);
        var detail = (string)problem["detail"]!;
        Assert.StartsWith(expected, detail, StringComparison.Ordinal);
        Assert.EndsWith(Later, detail, StringComparison.Ordinal);
        Assert.Null(problem["exception"]);
        foreach (var leak in new[] { "Exception", "HttpRequest", "System.", " at ", "line 42", "127.0.0.1", "localhost", "Service Unavailable", "maintenance", "invalid key", "JSON", "'<'", "SearchResult", "$", LiveSearchFactory.Key })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(factory.Logs.Entries, e => e.StartsWith("Error ", StringComparison.Ordinal));  // not an unhandled failure
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Contains(LiveSearchFactory.Key, StringComparison.Ordinal));
        Assert.Contains(factory.Logs.Entries, e => e.StartsWith("Warning IceCareers.Web.UsaJobsClient: USAJOBS search ", StringComparison.Ordinal));  // the operator is told
        if (how != "down")
        {
            Assert.Single(factory.Stub.Requests);
        }
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

/// <summary><c>UsaJobs:*</c> settings the server cannot use stop it at start, naming the setting, instead of being ignored.</summary>
public class UsaJobsSettingsTests
{
    [Theory]
    [InlineData("UsaJobs:TimeoutSeconds", "0")]
    [InlineData("UsaJobs:TimeoutSeconds", "26")]   // past 25 the server's own 30-second request limit would answer first
    [InlineData("UsaJobs:TimeoutSeconds", "ten")]
    [InlineData("UsaJobs:TimeoutSeconds", "-5")]
    [InlineData("UsaJobs:BaseAddress", "not an address")]
    public void Start_SettingThatCannotBeUsed_RefusedNamingTheSetting(string setting, string value)
    {
        using var factory = new SettingFactory(setting, value);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
        }

        Assert.Contains(messages, m => m.StartsWith(setting + " must be ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_TimeoutWithinRange_Accepted()
    {
        await using var factory = new SettingFactory("UsaJobs:TimeoutSeconds", "25");

        using var response = await factory.CreateClient().GetAsync(new Uri("/api/postings/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private sealed class SettingFactory(string setting, string value) : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(setting, value);
        }
    }
}
