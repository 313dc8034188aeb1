using System.Globalization;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;

namespace IceCareers.Benchmarks;

/// <summary>
/// Where the bytes of one <see cref="EligibilityEvaluator.Evaluate"/> go: each requirement check of the role, measured
/// alone through the evaluator's internal plan, and the rest, which is the report's own assembly (results array, report,
/// read-only wrappers, gap/missing/warning arrays). Run: <c>IceCareers.Benchmarks allocs</c>.
/// </summary>
public static class AllocationBreakdown
{
    private const int Rounds = 2000;

    public static int Run()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        Console.WriteLine("| role | profile | Evaluate total | checks | report assembly | checks that allocate (bytes per call) |");
        Console.WriteLine("|---|---|--:|--:|--:|---|");
        foreach (var roleId in CareerCatalog.Default.Roles.Select(r => r.Id))
        {
            var checks = evaluator.PlanFor(roleId).Checks;
            foreach (var name in new[] { "complete", "sparse", "barred" })
            {
                var p = Profiles.Named(name);
                var total = Measure(() => evaluator.Evaluate(p, roleId, Profiles.AsOf));
                var parts = new List<(string Id, Verdict Verdict, double Bytes)>();
                foreach (var c in checks)
                {
                    RequirementResult? last = null;
                    var bytes = Measure(() => last = c.Evaluate(p, new RuleContext(Profiles.AsOf, ScreeningPolicy.Strict, EvaluationScratch.Rent().Paths)).Result);
                    parts.Add((c.Requirement.Id, last!.Verdict, bytes));
                }

                var inChecks = parts.Sum(x => x.Bytes);
                var detail = string.Join(", ", parts.Where(x => x.Bytes >= 1).OrderByDescending(x => x.Bytes)
                    .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Id} {x.Verdict} {x.Bytes:F0}")));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {roleId} | {name} | {total:F0} B | {inChecks:F0} B | {total - inChecks:F0} B | {detail} |"));
            }
        }

        return 0;
    }

    private static double Measure(Action action)
    {
        for (var i = 0; i < Rounds; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Rounds;
    }
}
