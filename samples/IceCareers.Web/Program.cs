using IceCareers;
using IceCareers.Eligibility;
using IceCareers.Serialization;
using IceCareers.Web;

var builder = WebApplication.CreateBuilder(args);

// Privacy: nothing here logs request bodies. No HTTP logging, no W3C logging, no request-body logging of any kind;
// unexpected exceptions are logged by type only (PrivacyExceptionHandler), and nothing is stored.
builder.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.None);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = RequestBody.MaxBytes;

    // Slow clients: a body must keep arriving at 240 bytes a second after a 5-second grace (else 408), headers within
    // 30 seconds; the request timeout below bounds the whole request.
    kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(240, TimeSpan.FromSeconds(5));
    kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(30);
});
builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
{
    Timeout = TimeSpan.FromSeconds(30),
    TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
});

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.TypeInfoResolverChain.Insert(0, IceCareersJsonContext.Default);
    o.SerializerOptions.TypeInfoResolverChain.Insert(1, WebJsonContext.Default);
});
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(ApiDocument.Configure);
builder.Services.AddExceptionHandler<PrivacyExceptionHandler>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(_ => CareerCatalog.Default);
// One evaluator (immutable, thread-safe, plans built on first use); each request chooses its screening policy.
builder.Services.AddSingleton(services => new EligibilityEvaluator(
    services.GetRequiredService<CareerCatalog>(), new EligibilityOptions { TimeProvider = services.GetRequiredService<TimeProvider>() }));
builder.Services.AddSingleton(services => new IceCareers.HiringPaths.HiringPathEvaluator(
    services.GetRequiredService<CareerCatalog>(), services.GetRequiredService<TimeProvider>()));

// The USAJOBS Search API (UsaJobs:ApiKey, UsaJobs:UserAgent): a typed client; without a key the page reads a saved result.
var usaJobs = UsaJobsOptions.From(builder.Configuration);
builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(usaJobs));
builder.Services.AddHttpClient<UsaJobsClient>(http => http.Timeout = usaJobs.Timeout);

var app = builder.Build();

app.UseExceptionHandler();
app.UseRequestTimeouts();
app.UseStatusCodePages();
app.UseMiddleware<SecurityHeaders>();
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapCatalogEndpoints();
app.MapEligibilityEndpoints();
app.MapPayEndpoints();
app.MapAnnouncementEndpoints();
app.MapPathEndpoints();
app.MapPostingEndpoints();

app.Run();

/// <summary>The web sample's entry point; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
