using System.Diagnostics;
using System.Globalization;
using System.Runtime;
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
        var jit0 = (Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var catalog = CareerCatalog.Default;
        var loaded = (Elapsed: clock.Elapsed, Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var evaluator = new EligibilityEvaluator(catalog);
        var prepared = (Elapsed: clock.Elapsed, Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var report = evaluator.Evaluate(Profiles.Complete, "deportation-officer", Profiles.AsOf);
        var evaluated = (Elapsed: clock.Elapsed, Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        Console.WriteLine(report.Outcome);
        if (args.Contains("--phases"))
        {
            static string Phase(string name, TimeSpan elapsed, long methods, TimeSpan jit) => string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-16} {elapsed.TotalMilliseconds,7:F1} ms   JIT: {methods,5} methods, {jit.TotalMilliseconds,6:F1} ms");
            Console.WriteLine(Phase("before", TimeSpan.Zero, jit0.Methods, jit0.Time));
            Console.WriteLine(Phase("catalog load", loaded.Elapsed, loaded.Methods - jit0.Methods, loaded.Time - jit0.Time));
            Console.WriteLine(Phase("new evaluator", prepared.Elapsed - loaded.Elapsed, prepared.Methods - loaded.Methods, prepared.Time - loaded.Time));
            Console.WriteLine(Phase("first Evaluate", evaluated.Elapsed - prepared.Elapsed, evaluated.Methods - prepared.Methods, evaluated.Time - prepared.Time));
            Console.WriteLine(Phase("total", evaluated.Elapsed, evaluated.Methods - jit0.Methods, evaluated.Time - jit0.Time));
        }

        return report.Outcome == Outcome.Eligible ? 0 : 1;
    }
}
