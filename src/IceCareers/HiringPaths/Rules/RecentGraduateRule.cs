using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// The Pathways Recent Graduates Program (docs/rules.md §4.2; 5 CFR 362.302): an application received not later than
/// <see cref="PathDefinition.ApplicationYears"/> years after completing a qualifying degree or certificate (associate or
/// higher); a veteran whose active duty fell in that window has a full window from release, never more than
/// <see cref="PathDefinition.VeteranOuterLimitYears"/> years after completing. The latest completion decides.
/// </summary>
internal static class RecentGraduateRule
{
    private static readonly EducationLevel[] Qualifying =
        [EducationLevel.Associate, EducationLevel.Bachelors, EducationLevel.Masters, EducationLevel.Professional, EducationLevel.Doctorate];

    public static PathFinding Decide(PathFacts facts, PathDefinition path)
    {
        var education = facts.Profile.Education;
        if (education is null)
        {
            return PathFinding.Unknown(PathBecause.EducationUnknown, "education");
        }

        var missing = new List<string>();
        DateOnly? latest = null;
        DateOnly? future = null;
        for (var i = 0; i < education.Count; i++)
        {
            var entry = education[i];
            if (entry?.Level is not { } level || !Qualifying.Contains(level))
            {
                if (entry?.Level is null)
                {
                    missing.Add($"education[{i}].level");
                }

                continue;
            }

            if (entry.Completed is not { } completed)
            {
                missing.Add($"education[{i}].completed");
            }
            else if (completed > facts.AsOf)
            {
                future = future is { } f && f < completed ? f : completed;
            }
            else if (latest is null || completed > latest)
            {
                latest = completed;
            }
        }

        if (latest is not { } last)
        {
            return missing.Count > 0 ? new PathFinding(PathVerdict.Unknown, PathBecause.EducationUnknown, missing)
                : future is { } next ? PathFinding.NotEligible(PathBecause.NotCompletedYet) with { From = next }
                : PathFinding.NotEligible(PathBecause.NoQualifyingDegree);
        }

        var years = path.ApplicationYears ?? 0;
        var until = SafeDates.AddYears(last, years);
        var because = PathBecause.RecentCompletion;
        if (VeteranUntil(facts, last, until, path) is { } extended && extended > until)
        {
            until = extended;
            because = PathBecause.VeteranExtension;
        }

        if (facts.AsOf <= until)
        {
            return PathFinding.Eligible(because) with { Until = until, Date = last, Number = years };
        }

        // An older entry without a date could be later than the one known; ask rather than say no.
        return missing.Count > 0
            ? new PathFinding(PathVerdict.Unknown, PathBecause.CompletionTooOld, missing) { Date = last, Number = years }
            : PathFinding.NotEligible(PathBecause.CompletionTooOld) with { Date = last, Number = years, Until = until };
    }

    /// <summary>
    /// 5 CFR 362.302(b)(2): a veteran (discharged under honorable conditions) whose active duty kept them from applying
    /// during any part of the window has a full window from release, capped at the outer limit after completion.
    /// </summary>
    private static DateOnly? VeteranUntil(PathFacts facts, DateOnly completed, DateOnly until, PathDefinition path)
    {
        if (facts.Discharge.UnderHonorableConditions != Honorable.Yes || path.VeteranOuterLimitYears is not { } outer)
        {
            return null;
        }

        var spans = facts.Service.Active.Where(s => s.Overlaps(completed, until)).ToList();
        if (spans.Count == 0)
        {
            return null;
        }

        var release = spans.Max(s => s.End);
        var extended = SafeDates.AddYears(release, path.ApplicationYears ?? 0);
        var cap = SafeDates.AddYears(completed, outer);
        return extended < cap ? extended : cap;
    }
}
