using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Rules.RuleFacts;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// <see cref="RecentGraduateRule"/> alone (docs/rules.md §4.2; 5 CFR 362.302(b)): an application "not later than 2 years
/// after" completing a qualifying degree or certificate, and a veteran's full window after release capped at 6 years.
/// Verdicts, the completion, the window's last day and the fields asked for.
/// </summary>
public sealed class RecentGraduateRuleTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static PathFinding Decide(CandidateProfile profile, DateOnly? asOf = null) =>
        RecentGraduateRule.Decide(Of(profile, asOf ?? AsOf), Path(HiringPathIds.PathwaysRecentGraduate));

    private static CandidateProfile Graduate(params Education[] education) => new() { Education = education };

    private static Education Degree(EducationLevel? level, DateOnly? completed) => new() { Level = level, Completed = completed };

    [Fact]
    public void Decide_EducationNotStated_AsksForIt()
    {
        Is(Decide(new CandidateProfile()), PathVerdict.Unknown, PathBecause.EducationUnknown, "education");
    }

    [Fact]
    public void Decide_NoEntries_NoQualifyingDegree()
    {
        Is(Decide(Graduate()), PathVerdict.NotEligible, PathBecause.NoQualifyingDegree);
    }

    // 5-cfr-362-302 (b)(1): an associate degree or higher qualifies; a high-school diploma does not.
    [Theory]
    [InlineData(EducationLevel.HighSchool, PathBecause.NoQualifyingDegree)]
    [InlineData(EducationLevel.Associate, PathBecause.RecentCompletion)]
    [InlineData(EducationLevel.Bachelors, PathBecause.RecentCompletion)]
    [InlineData(EducationLevel.Masters, PathBecause.RecentCompletion)]
    [InlineData(EducationLevel.Professional, PathBecause.RecentCompletion)]
    [InlineData(EducationLevel.Doctorate, PathBecause.RecentCompletion)]
    public void Decide_Level_AssociateOrHigherQualifies(EducationLevel level, object expected)
    {
        Assert.Equal((PathBecause)expected, Decide(Graduate(Degree(level, D(2025, 6, 1)))).Because);
    }

    [Fact]
    public void Decide_RecentCompletion_TheWindowsLastDay()
    {
        var finding = Decide(Graduate(Degree(EducationLevel.Bachelors, D(2024, 5, 20))));

        Is(finding, PathVerdict.Eligible, PathBecause.RecentCompletion);
        Assert.Equal(D(2026, 5, 20), finding.Until);
        Assert.Equal(D(2024, 5, 20), finding.Date);
        Assert.Equal(2, finding.Number);
    }

    [Theory]
    [InlineData(2026, 5, 20, PathVerdict.Eligible)]
    [InlineData(2026, 5, 21, PathVerdict.NotEligible)]
    public void Decide_TwoYearsAfterCompletion_ToTheDay(int year, int month, int day, PathVerdict expected)
    {
        var finding = Decide(Graduate(Degree(EducationLevel.Bachelors, D(2024, 5, 20))), D(year, month, day));

        Assert.Equal(expected, finding.Verdict);
    }

    [Fact]
    public void Decide_CompletionTooOld_NotEligibleWithTheWindow()
    {
        var finding = Decide(Graduate(Degree(EducationLevel.Bachelors, D(2015, 6, 1))));

        Is(finding, PathVerdict.NotEligible, PathBecause.CompletionTooOld);
        Assert.Equal(D(2015, 6, 1), finding.Date);
        Assert.Equal(2, finding.Number);
        Assert.Equal(D(2017, 6, 1), finding.Until);
    }

    [Fact]
    public void Decide_LatestCompletionDecides_WhateverTheOrder()
    {
        var finding = Decide(Graduate(Degree(EducationLevel.Bachelors, D(2015, 6, 1)), Degree(EducationLevel.Masters, D(2025, 6, 1)), Degree(EducationLevel.Associate, D(2012, 6, 1))));

        Assert.Equal(D(2025, 6, 1), finding.Date);
    }

    [Fact]
    public void Decide_LatestQualifyingCompletion_HighSchoolLaterIgnored()
    {
        var finding = Decide(Graduate(Degree(EducationLevel.Bachelors, D(2015, 6, 1)), Degree(EducationLevel.HighSchool, D(2025, 6, 1))));

        Is(finding, PathVerdict.NotEligible, PathBecause.CompletionTooOld);
        Assert.Equal(D(2015, 6, 1), finding.Date);
    }

    [Fact]
    public void Decide_NullEntry_Skipped()
    {
        var finding = Decide(new CandidateProfile { Education = [null!, Degree(EducationLevel.Bachelors, D(2025, 6, 1))] });

        Is(finding, PathVerdict.Eligible, PathBecause.RecentCompletion);
    }

    [Fact]
    public void Decide_OnlyAFutureCompletion_NotYetFromThatDay()
    {
        var finding = Decide(Graduate(Degree(EducationLevel.Masters, D(2027, 6, 1)), Degree(EducationLevel.Bachelors, D(2026, 5, 1)), Degree(EducationLevel.Doctorate, D(2029, 6, 1))));

        Is(finding, PathVerdict.NotEligible, PathBecause.NotCompletedYet);
        Assert.Equal(D(2026, 5, 1), finding.From);
    }

    [Fact]
    public void Decide_CompletedTheDayAfter_NotYet()
    {
        var finding = Decide(Graduate(Degree(EducationLevel.Bachelors, AsOf.AddDays(1))));

        Is(finding, PathVerdict.NotEligible, PathBecause.NotCompletedYet);
        Assert.Equal(AsOf.AddDays(1), finding.From);
    }

    [Fact]
    public void Decide_FutureAndUndated_AsksForTheDate()
    {
        Is(Decide(Graduate(Degree(EducationLevel.Masters, D(2027, 6, 1)), Degree(EducationLevel.Bachelors, null))), PathVerdict.Unknown, PathBecause.EducationUnknown, "education[1].completed");
    }

    [Fact]
    public void Decide_OldDegreeAndAnUndatedOne_UnknownWithTheKnownCompletion()
    {
        var finding = Decide(Graduate(Degree(EducationLevel.Bachelors, D(2012, 6, 1)), Degree(null, D(2019, 1, 1))));

        Is(finding, PathVerdict.Unknown, PathBecause.CompletionTooOld, "education[1].level");
        Assert.Equal(D(2012, 6, 1), finding.Date);
        Assert.Equal(2, finding.Number);
        Assert.Null(finding.Until);
    }

    // 5-cfr-362-302 (b)(2), opm-pathways-recent-graduates-2011: a veteran precluded by active duty during the window
    // has a full two years from release, never more than six years after completing.
    [Fact]
    public void Decide_VeteranReleasedWithinTheWindow_TwoYearsFromRelease()
    {
        var profile = Veteran([Active(D(2022, 9, 1), D(2025, 1, 31))], Honorable(D(2025, 1, 31))) is var v
            ? new CandidateProfile { Military = v.Military, Education = [Degree(EducationLevel.Bachelors, D(2022, 5, 15))] }
            : throw new InvalidOperationException();

        var finding = Decide(profile);

        Is(finding, PathVerdict.Eligible, PathBecause.VeteranExtension);
        Assert.Equal(D(2027, 1, 31), finding.Until);
        Assert.Equal(D(2022, 5, 15), finding.Date);
    }

    [Fact]
    public void Decide_VeteranWithServiceLongAfter_SixYearCap()
    {
        var profile = Veteran([Active(D(2020, 9, 1), D(2025, 8, 31))], Honorable(D(2025, 8, 31))) is var v
            ? new CandidateProfile { Military = v.Military, Education = [Degree(EducationLevel.Bachelors, D(2020, 5, 15))] }
            : throw new InvalidOperationException();

        var finding = Decide(profile);

        Is(finding, PathVerdict.Eligible, PathBecause.VeteranExtension);
        Assert.Equal(D(2026, 5, 15), finding.Until);
    }

    [Fact]
    public void Decide_VeteranWhoseServiceEndedBeforeCompletion_NoExtension()
    {
        var profile = Veteran([Active(D(2012, 1, 1), D(2016, 1, 1))], Honorable(D(2016, 1, 1))) is var v
            ? new CandidateProfile { Military = v.Military, Education = [Degree(EducationLevel.Bachelors, D(2024, 5, 20))] }
            : throw new InvalidOperationException();

        var finding = Decide(profile);

        Is(finding, PathVerdict.Eligible, PathBecause.RecentCompletion);
        Assert.Equal(D(2026, 5, 20), finding.Until);
    }

    [Fact]
    public void Decide_ServiceEndingOnTheCompletionDay_ExtendsFromRelease()
    {
        var profile = Veteran([Active(D(2018, 1, 1), D(2024, 5, 20))], Honorable(D(2024, 5, 20))) is var v
            ? new CandidateProfile { Military = v.Military, Education = [Degree(EducationLevel.Bachelors, D(2024, 5, 20))] }
            : throw new InvalidOperationException();

        // Release on the completion day: two years from release is the same day as two years from completion, no longer.
        Is(Decide(profile), PathVerdict.Eligible, PathBecause.RecentCompletion);
    }

    [Fact]
    public void Decide_VeteranNotUnderHonorableConditions_NoExtension()
    {
        var profile = new CandidateProfile
        {
            Military = new Military { Veteran = true, Periods = [Active(D(2022, 9, 1), D(2025, 1, 31))], Discharge = new Discharge { Character = DischargeCharacter.OtherThanHonorable, Date = D(2025, 1, 31) } },
            Education = [Degree(EducationLevel.Bachelors, D(2022, 5, 15))],
        };

        var finding = Decide(profile);

        Is(finding, PathVerdict.NotEligible, PathBecause.CompletionTooOld);
        Assert.Equal(D(2024, 5, 15), finding.Until);
    }

    [Fact]
    public void Decide_TwoSpansInTheWindow_TheLaterReleaseCounts()
    {
        var profile = Veteran([Active(D(2022, 9, 1), D(2023, 1, 31)), Active(D(2023, 6, 1), D(2025, 1, 31))], Honorable(D(2025, 1, 31))) is var v
            ? new CandidateProfile { Military = v.Military, Education = [Degree(EducationLevel.Bachelors, D(2022, 5, 15))] }
            : throw new InvalidOperationException();

        Assert.Equal(D(2027, 1, 31), Decide(profile).Until);
    }
}
