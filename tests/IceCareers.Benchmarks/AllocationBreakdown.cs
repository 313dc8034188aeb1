using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using IceCareers.Candidates;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// Where the bytes of one <see cref="EligibilityEvaluator.Evaluate"/> go: each requirement check of the role, measured
/// alone through the evaluator's internal plan (reached by reflection, called through compiled delegates so that the
/// measurement itself allocates nothing), and the rest, which is the report's own assembly (results array, report,
/// read-only wrappers, gap/missing/warning arrays). Run: <c>IceCareers.Benchmarks allocs</c>.
/// </summary>
public static class AllocationBreakdown
{
    private const int Rounds = 2000;
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    public static int Run()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        var assembly = typeof(EligibilityEvaluator).Assembly;
        var planType = assembly.GetType("IceCareers.Eligibility.Checks.RolePlan", throwOnError: true)!;
        var checkType = assembly.GetType("IceCareers.Eligibility.Checks.RequirementCheck", throwOnError: true)!;
        var scratchType = assembly.GetType("IceCareers.Eligibility.Checks.EvaluationScratch", throwOnError: true)!;
        var planFor = typeof(EligibilityEvaluator).GetMethod("PlanFor", Instance)!;
        var checksField = planType.GetField("_checks", Instance)!;
        var requirementProperty = checkType.GetProperty("Requirement", Instance)!;
        var rent = (Func<object>)Expression.Lambda<Func<object>>(Expression.Call(scratchType.GetMethod("Rent", BindingFlags.Static | BindingFlags.Public)!)).Compile();

        // (check, profile, asOf, policy, scratch) => check.Evaluate(...).Result
        var check = Expression.Parameter(typeof(object));
        var profile = Expression.Parameter(typeof(CandidateProfile));
        var asOf = Expression.Parameter(typeof(DateOnly));
        var policy = Expression.Parameter(typeof(ScreeningPolicy));
        var scratch = Expression.Parameter(typeof(object));
        var call = Expression.Call(Expression.Convert(check, checkType), checkType.GetMethod("Evaluate")!, profile, asOf, policy, Expression.Convert(scratch, scratchType));
        var evaluate = Expression.Lambda<Func<object, CandidateProfile, DateOnly, ScreeningPolicy, object, RequirementResult>>(
            Expression.Property(call, "Result"), check, profile, asOf, policy, scratch).Compile();

        Console.WriteLine("| role | profile | Evaluate total | checks | report assembly | checks that allocate (bytes per call) |");
        Console.WriteLine("|---|---|--:|--:|--:|---|");
        foreach (var roleId in CareerCatalog.Default.Roles.Select(r => r.Id))
        {
            var checks = ((Array)checksField.GetValue(planFor.Invoke(evaluator, [roleId]))!).Cast<object>().ToArray();
            foreach (var name in new[] { "complete", "sparse", "barred" })
            {
                var p = Profiles.Named(name);
                var total = Measure(() => evaluator.Evaluate(p, roleId, Profiles.AsOf));
                var parts = new List<(string Id, Verdict Verdict, double Bytes)>();
                foreach (var c in checks)
                {
                    var id = ((IceCareers.Requirements.Requirement)requirementProperty.GetValue(c)!).Id;
                    RequirementResult? last = null;
                    var bytes = Measure(() => last = evaluate(c, p, Profiles.AsOf, ScreeningPolicy.Strict, rent()));
                    parts.Add((id, last!.Verdict, bytes));
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
