using BenchmarkDotNet.Attributes;
using IceCareers.Candidates;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>One <see cref="EligibilityEvaluator.Evaluate"/> of the complete profile, for each of the nine roles.</summary>
public class EvaluatePerRole
{
    private EligibilityEvaluator _evaluator = null!;

    public static IEnumerable<string> Roles => CareerCatalog.Default.Roles.Select(r => r.Id);

    [ParamsSource(nameof(Roles))]
    public string Role { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _evaluator = new EligibilityEvaluator(CareerCatalog.Default);

    [Benchmark]
    public EligibilityReport Evaluate() => _evaluator.Evaluate(Profiles.Complete, Role, Profiles.AsOf);
}

/// <summary>
/// Evaluate (deportation-officer, the role with the most requirements) and EvaluateAll (nine roles, ranked) for a
/// complete profile, a sparse one (most checks unknown: gaps and missing-field texts) and a barred one.
/// </summary>
public class EvaluateByProfile
{
    private EligibilityEvaluator _evaluator = null!;
    private CandidateProfile _profile = null!;

    [Params("complete", "sparse", "barred")]
    public string Profile { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        _profile = Profiles.Named(Profile);
    }

    [Benchmark(Description = "Evaluate(deportation-officer)")]
    public EligibilityReport Evaluate() => _evaluator.Evaluate(_profile, "deportation-officer", Profiles.AsOf);

    [Benchmark(Description = "EvaluateAll (9 roles)")]
    public IReadOnlyList<EligibilityReport> EvaluateAll() => _evaluator.EvaluateAll(_profile, Profiles.AsOf);
}
