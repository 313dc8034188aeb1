using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// The paths decided by one stated fact (docs/rules.md §4.2): Schedule A (documented eligibility, 5 CFR 213.3102(u)),
/// the Pathways Internship (enrolled now) and military spouses (5 U.S.C. 3330d: the spouse of a member on active duty, or
/// of one retired or discharged with a 100 percent rating, or the unremarried spouse of one who died on active duty).
/// </summary>
internal static class SimplePathRules
{
    public static PathFinding ScheduleA(PathFacts facts) => facts.Profile.ScheduleADisability switch
    {
        true => PathFinding.Eligible(PathBecause.ScheduleA),
        false => PathFinding.NotEligible(PathBecause.NoScheduleA),
        null => PathFinding.Unknown(PathBecause.ScheduleAUnknown, "scheduleADisability"),
    };

    public static PathFinding Intern(PathFacts facts) => facts.Profile.Student?.Enrolled switch
    {
        true => PathFinding.Eligible(PathBecause.Enrolled),
        false => PathFinding.NotEligible(PathBecause.NotEnrolled),
        null => PathFinding.Unknown(PathBecause.EnrollmentUnknown, "student.enrolled"),
    };

    public static PathFinding MilitarySpouse(PathFacts facts)
    {
        var spouse = facts.Profile.MilitarySpouse;
        if (spouse is null)
        {
            return PathFinding.Unknown(PathBecause.SpouseUnknown, "militarySpouse");
        }

        if (spouse.IsNone)
        {
            return PathFinding.NotEligible(PathBecause.NotASpouse);
        }

        return spouse.Sponsor switch
        {
            null => PathFinding.Unknown(PathBecause.SpouseUnknown, "militarySpouse.sponsor"),
            SpouseSponsor.DiedOnActiveDuty when spouse.Remarried == true => PathFinding.NotEligible(PathBecause.Remarried),
            SpouseSponsor.DiedOnActiveDuty when spouse.Remarried is null => PathFinding.Unknown(PathBecause.SpouseUnknown, "militarySpouse.remarried"),
            { } sponsor => PathFinding.Eligible(PathBecause.EligibleSpouse) with { Word = CandidateWords.SpouseSponsors[sponsor] },
        };
    }

    /// <summary>
    /// SkillBridge (advisory; not a hiring authority): a service member within <see cref="PathDefinition.LastDaysOfService"/>
    /// days of release may train with an employer, with the command's approval.
    /// </summary>
    public static PathFinding SkillBridge(PathFacts facts, PathDefinition path)
    {
        if (!facts.Service.Serving)
        {
            return PathFinding.NotApplicable(PathBecause.NotServing);
        }

        if (facts.Profile.Military?.ExpectedRelease is not { } release)
        {
            return PathFinding.Unknown(PathBecause.StillServing, "military.expectedRelease");
        }

        var days = path.LastDaysOfService ?? 0;
        var from = SafeDates.AddDays(release, -days);
        return facts.AsOf >= from
            ? PathFinding.Eligible(PathBecause.WithinLastDays) with { Until = release, Number = days }
            : PathFinding.NotEligible(PathBecause.BeforeLastDays) with { From = from, Number = days };
    }
}
