using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// Merit promotion (docs/rules.md §4.2): current employees with competitive status (career or career-conditional
/// tenure), and former ones who can be reinstated — without time limit with career tenure or as a preference eligible,
/// otherwise for <see cref="PathDefinition.ReinstatementYears"/> after separating (5 CFR 315.401).
/// </summary>
internal static class MeritPromotionRule
{
    public static PathFinding Decide(PathFacts facts, PathDefinition path)
    {
        var federal = facts.Profile.Federal;
        if (federal is null)
        {
            return PathFinding.Unknown(PathBecause.FederalUnknown, "federal");
        }

        if (federal.IsNone)
        {
            return PathFinding.NotEligible(PathBecause.NeverFederal);
        }

        if (federal.Tenure is not { } tenure)
        {
            return PathFinding.Unknown(PathBecause.FederalUnknown, "federal.tenure");
        }

        if (tenure is FederalTenure.Excepted or FederalTenure.Temporary)
        {
            return PathFinding.NotEligible(PathBecause.NoCompetitiveStatus) with { Word = CandidateWords.FederalTenures[tenure] };
        }

        switch (federal.Current)
        {
            case true:
                return PathFinding.Eligible(PathBecause.CurrentWithStatus) with { Word = CandidateWords.FederalTenures[tenure] };
            case null:
                return PathFinding.Unknown(PathBecause.FederalUnknown, "federal.current");
        }

        if (tenure == FederalTenure.Career)
        {
            return PathFinding.Eligible(PathBecause.FormerCareer);
        }

        if (facts.Preference.IsPreferenceEligible)
        {
            return PathFinding.Eligible(PathBecause.FormerPreferenceEligible);
        }

        if (federal.Separated is not { } separated)
        {
            return PathFinding.Unknown(PathBecause.FederalUnknown, "federal.separated");
        }

        var years = path.ReinstatementYears ?? 0;
        var until = SafeDates.AddDays(SafeDates.AddYears(separated, years), -1);
        if (facts.AsOf <= until)
        {
            return PathFinding.Eligible(PathBecause.FormerWithinReinstatement) with { Until = until, Number = years, Date = separated };
        }

        // A preference category still unknown could lift the limit: ask for it rather than say no.
        return facts.Preference.Category == PreferenceCategory.Unknown
            ? new PathFinding(PathVerdict.Unknown, PathBecause.FormerPastReinstatement, facts.Preference.Missing) { Number = years, Date = separated }
            : PathFinding.NotEligible(PathBecause.FormerPastReinstatement) with { Number = years, Date = separated };
    }
}
