using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>The embedded catalog's requirements, and a rule context, for tests that call one rule directly.</summary>
internal static class Rules
{
    public static readonly DateOnly AsOf = new(2026, 1, 15);

    public static T Requirement<T>(string id)
        where T : Requirement => (T)CareerCatalog.Default.GetRequirement(id);

    public static RuleContext Context(DateOnly? asOf = null, ScreeningPolicy policy = ScreeningPolicy.Strict) =>
        new(asOf ?? AsOf, policy, new EvaluationScratch.UniqueList(EvaluationScratch.MaxMissingListed));

    /// <summary>A profile that states only what <paramref name="with"/> sets.</summary>
    public static CandidateProfile Profile(Func<CandidateProfile, CandidateProfile>? with = null) => with is null ? new CandidateProfile() : with(new CandidateProfile());

    public static string[] Paths(FieldList fields) => Enumerable.Range(0, fields.Count).Select(i => fields[i]).ToArray();
}
