using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace IceCareers.Web.Tests;

/// <summary>
/// The web sample in memory, as it runs in production, with three test hooks: a fixed clock, every log entry of every
/// category captured at Trace level, and reflection-based JSON removed from the HTTP options (as it is in the
/// published app), so that a type missing from the source-generated contexts fails here too.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    /// <summary>"Today" for the app: 2026-01-15, 12:00 UTC.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public LogSink Logs { get; } = new();

    /// <summary>Runs the app on Kestrel at 127.0.0.1 on a port the system picks, and returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter<LogSink>(null, LogLevel.Trace);
        });
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now));
            services.PostConfigure<JsonOptions>(o =>
            {
                var chain = o.SerializerOptions.TypeInfoResolverChain;
                for (var i = chain.Count - 1; i >= 0; i--)
                {
                    if (chain[i] is DefaultJsonTypeInfoResolver)
                    {
                        chain.RemoveAt(i);
                    }
                }
            });
        });
    }
}

public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>Keeps every log entry (formatted message and exception text) so tests can look for leaked profile data.</summary>
[ProviderAlias("LogSink")]
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            entries.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
