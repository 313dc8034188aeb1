using System.Globalization;
using IceCareers.Serialization;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// Checks that the RulesEngine workflow and IceCareers give the same answer on the rules both express, for generated
/// profiles on a date under the old age rule and one under the new: otherwise the comparison would not be fair.
/// </summary>
public static class AgreementCheck
{
    public static async Task<int> RunAsync(int count)
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        var rules = new RulesEngineRules();
        var profiles = Profiles.Generate(count);
        var mismatches = 0;
        var passes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var result in await rules.ExecuteAsync(Profiles.Complete, Profiles.AsOf))
        {
            if (!string.IsNullOrEmpty(result.ExceptionMessage))
            {
                Console.WriteLine($"RulesEngine error in {result.Rule.RuleName}: {result.ExceptionMessage}");
                mismatches++;
            }
        }

        foreach (var asOf in new[] { new DateOnly(2025, 6, 1), Profiles.AsOf })
        {
            for (var i = 0; i < profiles.Length; i++)
            {
                var ice = RulesEngineRules.Read(evaluator.Evaluate(profiles[i], RulesEngineRules.Workflow, asOf));
                var re = RulesEngineRules.Read(await rules.ExecuteAsync(profiles[i], asOf));
                foreach (var id in RulesEngineRules.Covered)
                {
                    if (re.Passed[id])
                    {
                        passes[id] = passes.GetValueOrDefault(id) + 1;
                    }

                    if (ice.Passed[id] != re.Passed[id])
                    {
                        Report(ref mismatches, $"{asOf:yyyy-MM-dd} #{i} {id}: IceCareers {ice.Passed[id]}, RulesEngine {re.Passed[id]}: {profiles[i].ToJson().ReplaceLineEndings("").Replace("  ", "", StringComparison.Ordinal)}");
                    }
                }

                if (ice.Grade != re.Grade)
                {
                    Report(ref mismatches, $"{asOf:yyyy-MM-dd} #{i} grade: IceCareers {ice.Grade}, RulesEngine {re.Grade}: {profiles[i].ToJson().ReplaceLineEndings("").Replace("  ", "", StringComparison.Ordinal)}");
                }
            }
        }

        foreach (var (id, n) in passes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {id,-24} passed {n,8} of {2 * count}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{2 * count} evaluations, {mismatches} disagreements"));
        return mismatches == 0 ? 0 : 1;
    }

    private static void Report(ref int mismatches, string what)
    {
        if (mismatches++ < 10)
        {
            Console.WriteLine(what);
        }
    }
}
