using IceCareers.Candidates;
using IceCareers.Eligibility;
using RulesEngine.Models;

namespace IceCareers.Benchmarks;

/// <summary>
/// The deportation-officer rules that Microsoft RulesEngine can express (citizenship, the dated age limit, the grade
/// 5/7/9 table, Selective Service, Lautenberg, criminal and drug history under the strict policy), written as a
/// RulesEngine workflow of lambda expressions in <c>Rules/deportation-officer.json</c> over the same
/// <see cref="CandidateProfile"/> objects, and the mapping from IceCareers verdicts used to check that both agree.
/// </summary>
public sealed class RulesEngineRules
{
    public const string Workflow = "deportation-officer";

    /// <summary>The requirement ids of IceCareers that the workflow covers (education-experience as grade-5/7/9).</summary>
    public static readonly string[] Covered =
        ["citizenship", "age-deportation-officer", "education-experience", "selective-service", "lautenberg", "criminal-history", "drug-history"];

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly RulesEngine.RulesEngine _engine;

    public RulesEngineRules()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Rules", "deportation-officer.json");
        var workflows = System.Text.Json.JsonSerializer.Deserialize<Workflow[]>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidOperationException("empty workflow file " + path);
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings
        {
            CustomTypes =
            [
                typeof(Citizenship), typeof(Sex), typeof(SelectiveServiceStatus), typeof(ConvictionCategory), typeof(EducationLevel),
                typeof(Education), typeof(Experience), typeof(DateOnly), typeof(MidpointRounding), typeof(Math),
            ],
        });
    }

    /// <summary>Runs every rule of the workflow for <paramref name="profile"/> on <paramref name="asOf"/>.</summary>
    public ValueTask<List<RuleResultTree>> ExecuteAsync(CandidateProfile profile, DateOnly asOf) =>
        _engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("p", profile), new RuleParameter("asOf", asOf));

    /// <summary>The RulesEngine answer in IceCareers terms: covered requirement id → passed, and the highest grade.</summary>
    public static (Dictionary<string, bool> Passed, int? Grade) Read(List<RuleResultTree> results)
    {
        var byName = results.ToDictionary(r => r.Rule.RuleName, r => r.IsSuccess, StringComparer.Ordinal);
        var passed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var id in Covered)
        {
            passed[id] = id == "education-experience" ? byName["grade-5"] : byName[id];
        }

        int? grade = byName["grade-9"] ? 9 : byName["grade-7"] ? 7 : byName["grade-5"] ? 5 : null;
        return (passed, grade);
    }

    /// <summary>The same in IceCareers' report: a requirement passes when Met, Waived or NotApplicable.</summary>
    public static (Dictionary<string, bool> Passed, int? Grade) Read(EligibilityReport report)
    {
        var passed = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var result in report.Results)
        {
            if (Covered.Contains(result.RequirementId))
            {
                passed[result.RequirementId] = result.Verdict is Verdict.Met or Verdict.Waived or Verdict.NotApplicable;
            }
        }

        return (passed, report.HighestQualifyingGrade?.Grade);
    }
}
