using IceCareers.Candidates;
using IceCareers.Eligibility;

namespace IceCareers.Tests.TestSupport;

/// <summary>Evaluates profiles against the embedded catalog and picks results out of reports.</summary>
internal static class Evaluation
{
    /// <summary>The date most tests evaluate on: after the August 2025 rule changes.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 15);

    /// <summary>A date before the August 2025 rule changes (old age limits, Spanish course required).</summary>
    public static readonly DateOnly Before2025Change = new(2025, 6, 1);

    private static readonly EligibilityEvaluator Strict = new(CareerCatalog.Default);
    private static readonly EligibilityEvaluator Suitability = new(CareerCatalog.Default, new EligibilityOptions { Policy = ScreeningPolicy.Suitability });

    public static EligibilityEvaluator For(ScreeningPolicy policy) => policy == ScreeningPolicy.Strict ? Strict : Suitability;

    public static EligibilityReport Evaluate(CandidateProfile profile, string roleId, DateOnly? asOf = null, ScreeningPolicy policy = ScreeningPolicy.Strict) =>
        For(policy).Evaluate(profile, roleId, asOf ?? AsOf);

    public static EligibilityReport Evaluate(ProfileBuilder profile, string roleId, DateOnly? asOf = null, ScreeningPolicy policy = ScreeningPolicy.Strict) =>
        Evaluate(profile.Build(), roleId, asOf, policy);

    public static RequirementResult Result(this EligibilityReport report, string requirementId) =>
        report.Results.Single(r => r.RequirementId == requirementId);

    public static Gap Gap(this EligibilityReport report, string requirementId) =>
        report.Gaps.Single(g => g.RequirementId == requirementId);

    public static RequirementResult ResultOf(ProfileBuilder profile, string roleId, string requirementId, DateOnly? asOf = null, ScreeningPolicy policy = ScreeningPolicy.Strict) =>
        Evaluate(profile, roleId, asOf, policy).Result(requirementId);
}
