using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;

namespace IceCareers.Benchmarks;

/// <summary>
/// A short job for 2-core machines shared with other builds: one launch, 3 warm-up and 7 measured iterations of about
/// 250 ms each, with medians, quartiles, min/max and allocated bytes per operation.
/// </summary>
public sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Short.WithId("Short"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Q1, StatisticColumn.Q3, StatisticColumn.Min, StatisticColumn.Max);
        AddColumnProvider(DefaultColumnProviders.Instance);
        AddExporter(MarkdownExporter.GitHub);
        AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default);
        WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
    }

    /// <summary>The job of every benchmark; workstation concurrent GC, as a console app or library consumer gets by default.</summary>
    public static Job Short { get; } = Job.Default
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(7)
        .WithIterationTime(TimeInterval.FromMilliseconds(250));
}

/// <summary>Adds the same short job with server GC (one heap per core), for the batch benchmarks.</summary>
public sealed class ServerGcConfig : ManualConfig
{
    public ServerGcConfig() => AddJob(BenchConfig.Short.WithGcServer(true).WithId("Short-ServerGC"));
}
