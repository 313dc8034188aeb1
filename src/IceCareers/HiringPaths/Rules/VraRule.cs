using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// The Veterans Recruitment Appointment (docs/rules.md §4.2; 38 U.S.C. 4214, 5 CFR 307): a veteran discharged under
/// honorable conditions who is a disabled veteran, served in a war or a campaign (or earned the Armed Forces Service
/// Medal), or was discharged within the last <see cref="PathDefinition.RecentlySeparatedYears"/> years — the three-year
/// period beginning on the day of discharge, so open until the day before its third anniversary.
/// </summary>
internal static class VraRule
{
    public static PathFinding Decide(PathFacts facts, PathDefinition path, PreferenceRules preference)
    {
        var discharge = facts.Discharge;
        if (discharge.Serving)
        {
            return facts.Profile.Military?.ExpectedRelease is { } release
                ? PathFinding.NotEligible(PathBecause.StillServing) with { From = SafeDates.AddDays(release, 1) }
                : PathFinding.Unknown(PathBecause.StillServing, "military.expectedRelease");
        }

        switch (discharge.UnderHonorableConditions)
        {
            case Honorable.No:
                return PathFinding.NotEligible(PathBecause.NotUnderHonorableConditions) with { Word = Word(discharge.Character) };
            case Honorable.Adjudicated:
                return PathFinding.Unknown(PathBecause.Uncharacterized);
            case Honorable.Unknown:
                return PathFinding.Unknown(PathBecause.DischargeUnknown, "military.discharge.character");
        }

        var missing = new List<string>();
        var disabled = facts.RatedAtLeast(path.DisabledMinPercent ?? 0);
        if (disabled == true || discharge.Reason == DischargeReason.Disability)
        {
            return PathFinding.Eligible(PathBecause.DisabledVeteran);
        }

        if (disabled is null)
        {
            missing.Add(facts.Profile.Military?.Disability is null ? "military.disability" : "military.disability.percent");
        }

        var medals = facts.Profile.Military?.CampaignMedals;
        if (medals?.FirstOrDefault(m => !string.IsNullOrWhiteSpace(m)) is { } medal)
        {
            return PathFinding.Eligible(PathBecause.CampaignMedal) with { Word = medal.Trim() };
        }

        if (medals is null)
        {
            missing.Add("military.campaignMedals");
        }

        // "During a war": only the periods the data marks as a war declared by Congress (World War II).
        var war = preference.Periods.FirstOrDefault(p => p.War && facts.Service.Active.Any(s => s.Overlaps(p.From, p.To)));
        if (war is not null)
        {
            return PathFinding.Eligible(PathBecause.WarService) with { Word = war.Title };
        }

        if (discharge.Date is not { } date)
        {
            missing.Add("military.discharge.date");
            return new PathFinding(PathVerdict.Unknown, PathBecause.DischargeUnknown, missing);
        }

        var years = path.RecentlySeparatedYears ?? 0;
        var until = SafeDates.AddDays(SafeDates.AddYears(date, years), -1);
        if (facts.AsOf <= until)
        {
            // Open because of the date alone; another basis (still unknown) could keep it open longer.
            return PathFinding.Eligible(PathBecause.RecentlySeparated) with { Until = until, Number = years, Date = date };
        }

        return missing.Count > 0
            ? new PathFinding(PathVerdict.Unknown, PathBecause.NotRecentlySeparated, missing) { Number = years, Date = date }
            : PathFinding.NotEligible(PathBecause.NotRecentlySeparated) with { Number = years, Date = date };
    }

    private static string? Word(DischargeCharacter? character) => character is { } c ? CandidateWords.DischargeCharacters[c] : null;
}
