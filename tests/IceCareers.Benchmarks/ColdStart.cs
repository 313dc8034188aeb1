using System.Diagnostics;
using System.Globalization;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// One cold catalog load and first evaluation per process, for timing whole process launches with hyperfine
/// (<c>run-coldstart.sh</c>): <c>empty</c> is the same program doing nothing, so the difference is what IceCareers costs.
/// </summary>
public static class ColdStart
{
    public static int Empty()
    {
        Console.WriteLine("empty");
        return 0;
    }

    public static int Run(string[] args)
    {
        var clock = Stopwatch.StartNew();
        var catalog = CareerCatalog.Default;
        var loaded = clock.Elapsed;
        var evaluator = new EligibilityEvaluator(catalog);
        var prepared = clock.Elapsed;
        var report = evaluator.Evaluate(Profiles.Complete, "deportation-officer", Profiles.AsOf);
        var evaluated = clock.Elapsed;
        Console.WriteLine(report.Outcome);
        if (args.Contains("--phases"))
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"catalog load {loaded.TotalMilliseconds:F1} ms, evaluator {(prepared - loaded).TotalMilliseconds:F1} ms, first Evaluate {(evaluated - prepared).TotalMilliseconds:F1} ms, total {evaluated.TotalMilliseconds:F1} ms"));
        }

        return report.Outcome == Outcome.Eligible ? 0 : 1;
    }
}
