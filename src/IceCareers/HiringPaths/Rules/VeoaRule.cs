using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// The Veterans Employment Opportunities Act (docs/rules.md §4.2; 5 U.S.C. 3304(f), 5 CFR 335.106): a preference
/// eligible, or a veteran separated under honorable conditions after <see cref="PathDefinition.ContinuousActiveServiceYears"/>
/// or more years of continuous active service, may apply to merit-promotion announcements open outside the agency.
/// </summary>
internal static class VeoaRule
{
    public static PathFinding Decide(PathFacts facts, PathDefinition path)
    {
        if (facts.Preference.IsPreferenceEligible)
        {
            return PathFinding.Eligible(PathBecause.PreferenceEligible) with
            {
                Word = HiringPathWords.Categories[facts.Preference.Category],
                Tentative = facts.Preference.Tentative,
            };
        }

        var years = path.ContinuousActiveServiceYears ?? 0;
        var discharge = facts.Discharge;
        if (discharge.Serving)
        {
            return facts.Preference.Category == PreferenceCategory.Unknown
                ? new PathFinding(PathVerdict.Unknown, PathBecause.StillServing, facts.Preference.Missing)
                : PathFinding.NotEligible(PathBecause.StillServing) with { From = discharge.Date is { } release ? SafeDates.AddDays(release, 1) : null };
        }

        var continuous = facts.Service.Active.Any(s => s.LastsYears(years));
        switch (discharge.UnderHonorableConditions)
        {
            case Honorable.No:
                return PathFinding.NotEligible(PathBecause.NotUnderHonorableConditions) with
                {
                    Word = discharge.Character is { } c ? CandidateWords.DischargeCharacters[c] : null,
                };
            case Honorable.Yes when continuous:
                return PathFinding.Eligible(PathBecause.ContinuousService) with { Number = years };
        }

        var missing = new List<string>(facts.Preference.Missing);
        if (discharge.UnderHonorableConditions == Honorable.Unknown)
        {
            missing.Add("military.discharge.character");
        }

        if (!continuous && facts.Service.Active.Count == 0)
        {
            missing.AddRange(facts.Service.Incomplete);
            if (!facts.Service.HasPeriods && facts.Service.Incomplete.Count == 0)
            {
                missing.Add("military.periods");
            }
        }

        return missing.Count > 0 || discharge.UnderHonorableConditions == Honorable.Adjudicated
            ? new PathFinding(PathVerdict.Unknown, PathBecause.NoVeoaBasis, missing.Distinct(StringComparer.Ordinal).ToArray()) { Number = years }
            : PathFinding.NotEligible(PathBecause.NoVeoaBasis) with { Number = years };
    }
}
