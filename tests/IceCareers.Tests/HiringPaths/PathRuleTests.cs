using IceCareers.Candidates;
using IceCareers.HiringPaths;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths;

/// <summary>docs/rules.md §4.2: each hiring path's rule, with worked examples from the governing texts.</summary>
public sealed class PathRuleTests
{
    private static HiringPathResult PathOf(CandidateProfile profile, string id, DateOnly asOf) => Evaluate(profile, asOf).Path(id);

    // 5-cfr-307-102: "the three-year period beginning on the date of such veteran's discharge".
    [Theory]
    [InlineData(2026, 5, 31, PathVerdict.Eligible)] // the last day of the three years
    [InlineData(2026, 6, 1, PathVerdict.NotEligible)] // the third anniversary
    public void Vra_RecentlySeparatedOnly_ThreeYearsToTheDay(int year, int month, int day, PathVerdict expected)
    {
        var profile = Veteran([Active(D(2019, 6, 1), D(2023, 5, 31))], Honorable(D(2023, 6, 1)));

        var vra = PathOf(profile, HiringPathIds.Vra, D(year, month, day));

        Assert.Equal(expected, vra.Verdict);
        Assert.Equal(expected == PathVerdict.Eligible ? D(2026, 5, 31) : null, vra.Until);
        Assert.Equal("GS-11", vra.MaxGrade);
    }

    // opm-vet-guide, VRA: disabled veterans and campaign-badge holders are eligible with no time limit.
    [Fact]
    public void Vra_DisabledVeteranDischargedLongAgo_EligibleWithoutUntil()
    {
        var profile = Veteran([Active(D(1995, 1, 1), D(1999, 1, 1))], Honorable(D(1999, 1, 1)), new ServiceDisability { Percent = 20, RatedOn = D(2000, 1, 1) });

        var vra = PathOf(profile, HiringPathIds.Vra, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Eligible, vra.Verdict);
        Assert.Null(vra.Until);
    }

    [Fact]
    public void Vra_ArmedForcesServiceMedal_Eligible()
    {
        var profile = Veteran([Active(D(2005, 1, 1), D(2009, 1, 1))], Honorable(D(2009, 1, 1)), medals: ["Armed Forces Service Medal"]);

        Assert.Equal(PathVerdict.Eligible, PathOf(profile, HiringPathIds.Vra, D(2026, 3, 1)).Verdict);
    }

    [Fact]
    public void Vra_OtherThanHonorable_NotEligible()
    {
        var profile = Veteran([Active(D(2021, 1, 1), D(2024, 1, 1))], new Discharge { Character = DischargeCharacter.OtherThanHonorable, Date = D(2024, 1, 1) });

        Assert.Equal(PathVerdict.NotEligible, PathOf(profile, HiringPathIds.Vra, D(2025, 1, 1)).Verdict);
    }

    // 5-cfr-335-106: 3 or more years of continuous active service, separated under honorable conditions.
    [Theory]
    [InlineData(2015, 12, 31, PathVerdict.Eligible)] // exactly three years
    [InlineData(2015, 12, 30, PathVerdict.NotEligible)] // a day short (and no preference: service after 2010, no medals)
    public void Veoa_ContinuousServiceOfThreeYears_Needed(int year, int month, int day, PathVerdict expected)
    {
        var end = D(year, month, day);
        var profile = Veteran([Active(D(2013, 1, 1), end)], Honorable(end));

        Assert.Equal(expected, PathOf(profile, HiringPathIds.Veoa, D(2026, 3, 1)).Verdict);
    }

    [Fact]
    public void Veoa_PreferenceEligible_EligibleWhateverTheLength()
    {
        var profile = Veteran([Active(D(2014, 1, 1), D(2014, 12, 31))], Honorable(D(2014, 12, 31), DischargeReason.Disability), new ServiceDisability { Percent = 10, RatedOn = D(2015, 1, 1) });

        Assert.Equal(PathVerdict.Eligible, PathOf(profile, HiringPathIds.Veoa, D(2026, 3, 1)).Verdict);
    }

    // opm-vet-guide, 30 percent or more disabled veterans: "rated by the VA since 1991 or later".
    [Theory]
    [InlineData(30, 2005, PathVerdict.Eligible)]
    [InlineData(29, 2005, PathVerdict.NotEligible)]
    [InlineData(30, 1990, PathVerdict.NotEligible)]
    public void DisabledVeteran30_RatingAndItsDate_Decide(int percent, int ratedYear, PathVerdict expected)
    {
        var profile = Veteran([Active(D(1985, 1, 1), D(1989, 1, 1))], Honorable(D(1989, 1, 1)), new ServiceDisability { Percent = percent, RatedOn = D(ratedYear, 6, 1) });

        Assert.Equal(expected, PathOf(profile, HiringPathIds.DisabledVeteran30, D(2026, 3, 1)).Verdict);
    }

    [Fact]
    public void DisabledVeteran30_RetiredWithARatingBefore1991_Eligible()
    {
        var profile = Veteran(
            [Active(D(1969, 1, 1), D(1989, 1, 1))],
            Honorable(D(1989, 1, 1)),
            new ServiceDisability { Percent = 40, RatedOn = D(1989, 1, 1) },
            retired: new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse("E-8") });

        Assert.Equal(PathVerdict.Eligible, PathOf(profile, HiringPathIds.DisabledVeteran30, D(2026, 3, 1)).Verdict);
    }

    // 5-cfr-362-302 (b)(1): an application received not later than 2 years after completing the degree.
    [Theory]
    [InlineData(2026, 5, 20, PathVerdict.Eligible)]
    [InlineData(2026, 5, 21, PathVerdict.NotEligible)]
    public void RecentGraduate_TwoYearsFromCompletion_ToTheDay(int year, int month, int day, PathVerdict expected)
    {
        var profile = new CandidateProfile { Education = [new Education { Level = EducationLevel.Bachelors, Completed = D(2024, 5, 20) }] };

        var path = PathOf(profile, HiringPathIds.PathwaysRecentGraduate, D(year, month, day));

        Assert.Equal(expected, path.Verdict);
    }

    // 5-cfr-362-302 (b)(2), opm-pathways-recent-graduates-2011: a veteran precluded by military service gets a full two
    // years from release, never more than six years after completing.
    [Fact]
    public void RecentGraduate_VeteranWhoseServiceFellInTheWindow_TwoYearsFromRelease()
    {
        var profile = Veteran([Active(D(2020, 9, 1), D(2024, 8, 31))], Honorable(D(2024, 8, 31))) is var v
            ? new CandidateProfile { Citizenship = v.Citizenship, Military = v.Military, Education = [new Education { Level = EducationLevel.Bachelors, Completed = D(2020, 5, 15) }] }
            : throw new InvalidOperationException();

        var path = PathOf(profile, HiringPathIds.PathwaysRecentGraduate, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Eligible, path.Verdict);
        Assert.Equal(D(2026, 5, 15), path.Until); // release + 2 years (2026-08-31) capped at completion + 6 years
    }

    [Fact]
    public void RecentGraduate_NoEducationStated_UnknownAskingForIt()
    {
        var report = Evaluate(new CandidateProfile(), D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, report.Path(HiringPathIds.PathwaysRecentGraduate).Verdict);
        Assert.Contains("education", report.MissingInformation);
    }

    // uscg-reinstatement: a former career-conditional employee without preference, within 3 years of separating.
    [Theory]
    [InlineData(2026, 2, 28, PathVerdict.Eligible)]
    [InlineData(2026, 3, 1, PathVerdict.NotEligible)]
    public void MeritPromotion_FormerCareerConditional_ThreeYearsFromSeparation(int year, int month, int day, PathVerdict expected)
    {
        var profile = new CandidateProfile
        {
            Military = new Military { Veteran = false },
            Federal = new FederalService { Current = false, Tenure = FederalTenure.CareerConditional, Separated = D(2023, 3, 1) },
        };

        Assert.Equal(expected, PathOf(profile, HiringPathIds.MeritPromotion, D(year, month, day)).Verdict);
    }

    [Fact]
    public void MeritPromotion_CurrentCareerEmployee_Eligible()
    {
        var profile = new CandidateProfile { Federal = new FederalService { Current = true, Tenure = FederalTenure.Career, Series = "1801", Grade = "GL-9" } };

        Assert.Equal(PathVerdict.Eligible, PathOf(profile, HiringPathIds.MeritPromotion, D(2026, 3, 1)).Verdict);
    }

    [Fact]
    public void MeritPromotion_NeverFederal_NotEligible()
    {
        var profile = new CandidateProfile { Federal = FederalService.None };

        Assert.Equal(PathVerdict.NotEligible, PathOf(profile, HiringPathIds.MeritPromotion, D(2026, 3, 1)).Verdict);
    }

    // 5-cfr-7-3: only citizens and nationals of the United States may be appointed in the competitive service.
    [Theory]
    [InlineData(Citizenship.UsCitizen, PathVerdict.Eligible)]
    [InlineData(Citizenship.UsNational, PathVerdict.Eligible)]
    [InlineData(Citizenship.LawfulPermanentResident, PathVerdict.NotEligible)]
    public void Competitive_Citizenship_Decides(Citizenship citizenship, PathVerdict expected)
    {
        var report = Evaluate(new CandidateProfile { Citizenship = citizenship }, D(2026, 3, 1));

        Assert.Equal(expected, report.Path(HiringPathIds.Competitive).Verdict);
        Assert.Equal(expected, report.Path(HiringPathIds.DirectHire).Verdict);
    }

    // 5-usc-3330d: spouse of a member on active duty; of a 100 percent disabled member; unremarried spouse of one who died.
    [Theory]
    [InlineData(SpouseSponsor.ActiveDuty, false, PathVerdict.Eligible)]
    [InlineData(SpouseSponsor.Disabled100, false, PathVerdict.Eligible)]
    [InlineData(SpouseSponsor.DiedOnActiveDuty, false, PathVerdict.Eligible)]
    [InlineData(SpouseSponsor.DiedOnActiveDuty, true, PathVerdict.NotEligible)]
    public void MilitarySpouse_Sponsor_Decides(SpouseSponsor sponsor, bool remarried, PathVerdict expected)
    {
        var profile = new CandidateProfile { MilitarySpouse = new MilitarySpouse { Sponsor = sponsor, Remarried = remarried } };

        Assert.Equal(expected, PathOf(profile, HiringPathIds.MilitarySpouse, D(2026, 3, 1)).Verdict);
    }

    [Fact]
    public void ScheduleA_Documented_Eligible()
    {
        Assert.Equal(PathVerdict.Eligible, PathOf(new CandidateProfile { ScheduleADisability = true }, HiringPathIds.ScheduleA, D(2026, 3, 1)).Verdict);
        Assert.Equal(PathVerdict.NotEligible, PathOf(new CandidateProfile { ScheduleADisability = false }, HiringPathIds.ScheduleA, D(2026, 3, 1)).Verdict);
    }

    [Fact]
    public void Intern_Enrolled_Eligible()
    {
        Assert.Equal(PathVerdict.Eligible, PathOf(new CandidateProfile { Student = new StudentStatus { Enrolled = true } }, HiringPathIds.PathwaysIntern, D(2026, 3, 1)).Verdict);
    }

    // doi-skillbridge: the last 180 days of service; not a hiring authority.
    [Theory]
    [InlineData(180, PathVerdict.Eligible)]
    [InlineData(181, PathVerdict.NotEligible)]
    public void SkillBridge_LastDaysOfService_Decide(int daysLeft, PathVerdict expected)
    {
        var asOf = D(2026, 3, 1);
        var profile = Veteran([Active(D(2018, 1, 1), null)], null, expectedRelease: asOf.AddDays(daysLeft));

        Assert.Equal(expected, PathOf(profile, HiringPathIds.SkillBridge, asOf).Verdict);
    }

    [Fact]
    public void SkillBridge_NotServing_NotApplicable()
    {
        Assert.Equal(PathVerdict.NotApplicable, PathOf(new CandidateProfile(), HiringPathIds.SkillBridge, D(2026, 3, 1)).Verdict);
    }
}
