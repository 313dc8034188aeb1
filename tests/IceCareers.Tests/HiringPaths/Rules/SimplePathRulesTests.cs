using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Rules.RuleFacts;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// The paths one stated fact decides (<see cref="SimplePathRules"/>, <see cref="CitizenshipPathRule"/>; docs/rules.md
/// §4.2), each rule alone: verdicts, what decided them, the days and dates, and the fields asked for.
/// </summary>
public sealed class SimplePathRulesTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static PathFacts Facts(CandidateProfile profile) => Of(profile, AsOf);

    // 5-cfr-213-3102-u: appointment of persons with an intellectual, severe physical or psychiatric disability, on proof of it.
    [Theory]
    [InlineData(true, PathVerdict.Eligible, PathBecause.ScheduleA)]
    [InlineData(false, PathVerdict.NotEligible, PathBecause.NoScheduleA)]
    public void ScheduleA_Stated_Decides(bool documented, PathVerdict verdict, object because)
    {
        Is(SimplePathRules.ScheduleA(Facts(new CandidateProfile { ScheduleADisability = documented })), verdict, (PathBecause)because);
    }

    [Fact]
    public void ScheduleA_NotStated_AsksForIt()
    {
        Is(SimplePathRules.ScheduleA(Facts(new CandidateProfile())), PathVerdict.Unknown, PathBecause.ScheduleAUnknown, "scheduleADisability");
    }

    // 5-cfr-362-202: the Internship Program is for students enrolled in a qualifying educational institution.
    [Theory]
    [InlineData(true, PathVerdict.Eligible, PathBecause.Enrolled)]
    [InlineData(false, PathVerdict.NotEligible, PathBecause.NotEnrolled)]
    public void Intern_Stated_Decides(bool enrolled, PathVerdict verdict, object because)
    {
        Is(SimplePathRules.Intern(Facts(new CandidateProfile { Student = new StudentStatus { Enrolled = enrolled } })), verdict, (PathBecause)because);
    }

    [Fact]
    public void Intern_NotStated_AsksForEnrollment()
    {
        Is(SimplePathRules.Intern(Facts(new CandidateProfile())), PathVerdict.Unknown, PathBecause.EnrollmentUnknown, "student.enrolled");
        Is(SimplePathRules.Intern(Facts(new CandidateProfile { Student = new StudentStatus() })), PathVerdict.Unknown, PathBecause.EnrollmentUnknown, "student.enrolled");
    }

    // 5-usc-3330d: the spouse of a member on active duty, of one retired or discharged with a 100 percent disability, or
    // the unremarried widow or widower of one who died on active duty.
    [Theory]
    [InlineData(SpouseSponsor.ActiveDuty, null)]
    [InlineData(SpouseSponsor.ActiveDuty, true)] // remarriage matters only for a surviving spouse
    [InlineData(SpouseSponsor.Disabled100, true)]
    [InlineData(SpouseSponsor.DiedOnActiveDuty, false)]
    public void MilitarySpouse_QualifyingSponsor_EligibleNamingTheSponsor(SpouseSponsor sponsor, bool? remarried)
    {
        var finding = SimplePathRules.MilitarySpouse(Facts(new CandidateProfile { MilitarySpouse = new MilitarySpouse { Sponsor = sponsor, Remarried = remarried } }));

        Is(finding, PathVerdict.Eligible, PathBecause.EligibleSpouse);
        Assert.Equal(CandidateWords.SpouseSponsors[sponsor], finding.Word);
    }

    [Fact]
    public void MilitarySpouse_SurvivingSpouseRemarried_NotEligible()
    {
        Is(SimplePathRules.MilitarySpouse(Facts(new CandidateProfile { MilitarySpouse = new MilitarySpouse { Sponsor = SpouseSponsor.DiedOnActiveDuty, Remarried = true } })), PathVerdict.NotEligible, PathBecause.Remarried);
    }

    [Fact]
    public void MilitarySpouse_SurvivingSpouseRemarriageNotStated_AsksForIt()
    {
        Is(
            SimplePathRules.MilitarySpouse(Facts(new CandidateProfile { MilitarySpouse = new MilitarySpouse { Sponsor = SpouseSponsor.DiedOnActiveDuty } })),
            PathVerdict.Unknown, PathBecause.SpouseUnknown, "militarySpouse.remarried");
    }

    [Fact]
    public void MilitarySpouse_NotStated_AsksForIt()
    {
        Is(SimplePathRules.MilitarySpouse(Facts(new CandidateProfile())), PathVerdict.Unknown, PathBecause.SpouseUnknown, "militarySpouse");
        Is(SimplePathRules.MilitarySpouse(Facts(new CandidateProfile { MilitarySpouse = new MilitarySpouse() })), PathVerdict.Unknown, PathBecause.SpouseUnknown, "militarySpouse.sponsor");
    }

    [Fact]
    public void MilitarySpouse_NotASpouse_NotEligible()
    {
        Is(SimplePathRules.MilitarySpouse(Facts(new CandidateProfile { MilitarySpouse = MilitarySpouse.None })), PathVerdict.NotEligible, PathBecause.NotASpouse);
    }

    // doi-skillbridge: the last 180 days of service.
    [Theory]
    [InlineData(180, PathVerdict.Eligible)]
    [InlineData(0, PathVerdict.Eligible)]
    [InlineData(181, PathVerdict.NotEligible)]
    public void SkillBridge_DaysToRelease_LastOneHundredEighty(int daysLeft, PathVerdict expected)
    {
        var release = AsOf.AddDays(daysLeft);

        var finding = SimplePathRules.SkillBridge(Facts(Veteran([Active(D(2018, 1, 1), null)], null, expectedRelease: release)), Path(HiringPathIds.SkillBridge));

        Is(finding, expected, expected == PathVerdict.Eligible ? PathBecause.WithinLastDays : PathBecause.BeforeLastDays);
        Assert.Equal(180, finding.Number);
        Assert.Equal(expected == PathVerdict.Eligible ? release : null, finding.Until);
        Assert.Equal(expected == PathVerdict.Eligible ? null : release.AddDays(-180), finding.From);
    }

    [Fact]
    public void SkillBridge_ServingWithoutRelease_AsksForIt()
    {
        Is(SimplePathRules.SkillBridge(Facts(Veteran([Active(D(2018, 1, 1), null)], null)), Path(HiringPathIds.SkillBridge)), PathVerdict.Unknown, PathBecause.StillServing, "military.expectedRelease");
    }

    [Fact]
    public void SkillBridge_Discharged_NotApplicable()
    {
        var finding = SimplePathRules.SkillBridge(Facts(Veteran([Active(D(2018, 1, 1), D(2022, 1, 1))], Honorable(D(2022, 1, 1)), expectedRelease: D(2026, 4, 1))), Path(HiringPathIds.SkillBridge));

        Is(finding, PathVerdict.NotApplicable, PathBecause.NotServing);
    }

    // 5-cfr-7-3: only citizens and nationals of the United States may be appointed in the competitive service.
    [Theory]
    [InlineData(Citizenship.UsCitizen, PathVerdict.Eligible, PathBecause.Citizen)]
    [InlineData(Citizenship.UsNational, PathVerdict.Eligible, PathBecause.Citizen)]
    [InlineData(Citizenship.LawfulPermanentResident, PathVerdict.NotEligible, PathBecause.NotCitizen)]
    public void Citizenship_Stated_Decides(Citizenship citizenship, PathVerdict verdict, object because)
    {
        foreach (var id in new[] { HiringPathIds.Competitive, HiringPathIds.DirectHire })
        {
            var finding = CitizenshipPathRule.Decide(Facts(new CandidateProfile { Citizenship = citizenship }), Path(id));

            Is(finding, verdict, (PathBecause)because);
            Assert.Equal(CandidateWords.Citizenships[citizenship], finding.Word);
        }
    }

    [Fact]
    public void Citizenship_NotStated_AsksForIt()
    {
        Is(CitizenshipPathRule.Decide(Facts(new CandidateProfile()), Path(HiringPathIds.Competitive)), PathVerdict.Unknown, PathBecause.CitizenshipUnknown, "citizenship");
    }
}
