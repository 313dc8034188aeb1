using BenchmarkDotNet.Attributes;
using IceCareers.Candidates;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// 1,000,000 generated profiles, each evaluated for one role (the nine roles in turn), on one thread and on every
/// core with <see cref="Parallel.For(int, int, Action{int})"/>. One operation is the whole batch. Runs with the default
/// workstation GC and with server GC, since the batch allocates gigabytes and the GC mode decides how it scales.
/// </summary>
[Config(typeof(ServerGcConfig))]
public class BatchBenchmarks
{
    public const int Count = 1_000_000;

    private CandidateProfile[] _profiles = [];
    private string[] _roles = [];
    private EligibilityEvaluator _evaluator = null!;

    [GlobalSetup]
    public void Setup()
    {
        _profiles = Profiles.Generate(Count);
        _roles = CareerCatalog.Default.Roles.Select(r => r.Id).ToArray();
        _evaluator = new EligibilityEvaluator(CareerCatalog.Default);
    }

    [Benchmark(Description = "1,000,000 profiles, one thread")]
    public int OneThread()
    {
        var eligible = 0;
        for (var i = 0; i < _profiles.Length; i++)
        {
            if (_evaluator.Evaluate(_profiles[i], _roles[i % _roles.Length], Profiles.AsOf).Outcome == Outcome.Eligible)
            {
                eligible++;
            }
        }

        return eligible;
    }

    [Benchmark(Description = "1,000,000 profiles, Parallel.For, all cores")]
    public int AllCores()
    {
        var eligible = 0;
        Parallel.For(
            0,
            _profiles.Length,
            () => 0,
            (i, _, local) => _evaluator.Evaluate(_profiles[i], _roles[i % _roles.Length], Profiles.AsOf).Outcome == Outcome.Eligible ? local + 1 : local,
            local => Interlocked.Add(ref eligible, local));
        return eligible;
    }
}
