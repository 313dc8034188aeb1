using System.Globalization;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;

namespace IceCareers.Benchmarks;

/// <summary>
/// Thread-CPU time and allocation of each requirement check of the deportation officer over the 10,000 generated
/// profiles of the <c>cpu</c> mode, and of the whole evaluation: where an evaluation's time goes. The fastest of 31
/// rounds is printed, which a loaded machine disturbs least, with the collections counted so far. Run:
/// <c>IceCareers.Benchmarks checks</c> (with <c>CHECKS_WHOLE=1</c>, only the whole evaluation; <c>CHECKS_WARM=20</c> warms the
/// whole evaluation up for 20 s instead of 2, a steady loop for <c>perf record --delay</c>).
/// </summary>
public static class CheckTime
{
    public static int Run()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        var generated = Profiles.Generate(10_000, seed: 7);
        var checks = evaluator.PlanFor(RulesEngineRules.Workflow).Checks;
        Console.WriteLine("| check | CPU per profile | allocated per profile |");
        Console.WriteLine("|---|--:|--:|");
        foreach (var check in Environment.GetEnvironmentVariable("CHECKS_WHOLE") is null ? checks : [])
        {
            Report(check.Requirement.Id, () =>
            {
                var paths = EvaluationScratch.Rent().Paths;
                foreach (var p in generated)
                {
                    check.Evaluate(p, new RuleContext(Profiles.AsOf, ScreeningPolicy.Strict, paths));
                }
            }, generated.Length);
            if (check is Check<EducationExperienceFinding> grade)
            {
                // The grade rule apart: its decision alone, and the cache's lookup alone (over the same findings).
                var findings = new EducationExperienceFinding[generated.Length];
                Report("  education-experience: Decide only", () =>
                {
                    var paths = EvaluationScratch.Rent().Paths;
                    for (var i = 0; i < generated.Length; i++)
                    {
                        findings[i] = grade.Rule.Decide(generated[i], new RuleContext(Profiles.AsOf, ScreeningPolicy.Strict, paths));
                    }
                }, generated.Length);
                Report("  education-experience: Explain only", () =>
                {
                    foreach (ref readonly var finding in findings.AsSpan())
                    {
                        grade.Explain(finding);
                    }
                }, generated.Length);
            }
        }

        var warmSeconds = int.TryParse(Environment.GetEnvironmentVariable("CHECKS_WARM"), CultureInfo.InvariantCulture, out var w) ? w : 2;
        for (var warm = DateTime.UtcNow.AddSeconds(warmSeconds); DateTime.UtcNow < warm;)
        {
            foreach (var p in generated)
            {
                evaluator.Evaluate(p, RulesEngineRules.Workflow, Profiles.AsOf);
            }
        }

        Report("whole Evaluate", () =>
        {
            foreach (var p in generated)
            {
                evaluator.Evaluate(p, RulesEngineRules.Workflow, Profiles.AsOf);
            }
        }, generated.Length);
        return 0;
    }

    private static void Report(string name, Action action, int operations)
    {
        action();
        action();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        action();
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        var rounds = new double[31];
        for (var r = 0; r < rounds.Length; r++)
        {
            var c0 = CpuTime.ThreadCpuNs();
            action();
            rounds[r] = (CpuTime.ThreadCpuNs() - c0) / (double)operations;
        }

        var gcs = $" gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}";
        Array.Sort(rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {rounds[0]:F0} ns | {bytes / (double)operations:F0} B |{gcs}"));
    }
}
