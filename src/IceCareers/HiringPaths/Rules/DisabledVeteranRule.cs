using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// Veterans with a compensable service-connected disability of <see cref="PathDefinition.MinPercent"/> percent or more
/// (docs/rules.md §4.2; 5 U.S.C. 3112, 5 CFR 316.302): a VA rating from <see cref="PathDefinition.RatedFrom"/> on, or a
/// retirement with such a rating, and a discharge under honorable conditions (a disabled veteran, 5 U.S.C. 2108(2)).
/// </summary>
internal static class DisabledVeteranRule
{
    public static PathFinding Decide(PathFacts facts, PathDefinition path)
    {
        var military = facts.Profile.Military;
        var minimum = path.MinPercent ?? 0;
        var disability = military?.Disability;
        if (disability is null)
        {
            return PathFinding.Unknown(PathBecause.DisabilityUnknown, military is null ? "military" : "military.disability");
        }

        if (disability.IsNone)
        {
            return PathFinding.NotEligible(PathBecause.RatedTooLow) with { Number = minimum };
        }

        if (disability.Percent is not { } percent)
        {
            return PathFinding.Unknown(PathBecause.DisabilityUnknown, "military.disability.percent");
        }

        if (percent < minimum)
        {
            return PathFinding.NotEligible(PathBecause.RatedTooLow) with { Number = minimum, Word = percent.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }

        switch (facts.Discharge.UnderHonorableConditions)
        {
            case Honorable.No:
                return PathFinding.NotEligible(PathBecause.NotUnderHonorableConditions) with
                {
                    Word = facts.Discharge.Character is { } c ? CandidateWords.DischargeCharacters[c] : null,
                };
            case Honorable.Adjudicated:
                return PathFinding.Unknown(PathBecause.Uncharacterized);
            case Honorable.Unknown:
                return facts.Discharge.Serving
                    ? PathFinding.Unknown(PathBecause.StillServing, "military.expectedRelease")
                    : PathFinding.Unknown(PathBecause.DischargeUnknown, "military.discharge.character");
        }

        if (military!.Retired is not null)
        {
            return PathFinding.Eligible(PathBecause.RetiredWithRating) with { Number = percent, Tentative = facts.Discharge.Certified };
        }

        if (disability.RatedOn is not { } ratedOn)
        {
            return PathFinding.Unknown(PathBecause.DisabilityUnknown, "military.disability.ratedOn");
        }

        return path.RatedFrom is { } from && ratedOn < from
            ? PathFinding.NotEligible(PathBecause.RatedTooEarly) with { Date = from, Number = percent }
            : PathFinding.Eligible(PathBecause.RatedEnough) with { Number = percent, Tentative = facts.Discharge.Certified };
    }
}
