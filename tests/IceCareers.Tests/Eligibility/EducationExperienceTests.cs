using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Roles;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>rules.md §2.3 with §2.0: the OPM two-grade table, Superior Academic Achievement, combinations and unknowns.</summary>
public sealed class EducationExperienceTests
{
    private const string Requirement = "education-experience";
    private const string Hsi = "hsi-special-agent";                       // GL-7, GL-9
    private const string Specialist = "intelligence-research-specialist"; // GS-5, GS-7, GS-9
    private const string Analyst = "program-analyst";                     // GS-7, GS-9, GS-11
    private const string Manager = "program-manager";                     // GS-12, GS-13

    private static ProfileBuilder With(List<Education>? education, List<Experience>? experience) => new() { Education = education, Experience = experience };

    // A transcript with no pass/fail hours unless a test says otherwise: the GPA criteria of SAA count.
    private static Education Bachelors(decimal? gpa = null, decimal? majorGpa = null, int? percentile = null, bool? honorSociety = null, decimal? semesterHours = 120, decimal? passFailPercent = 0) =>
        new() { Level = EducationLevel.Bachelors, Field = "History", Completed = new DateOnly(2020, 5, 15), Gpa = gpa, MajorGpa = majorGpa, ClassStandingPercentile = percentile, HonorSociety = honorSociety, SemesterHours = semesterHours, PassFailPercent = passFailPercent };

    private static Experience Specialized(int months, int grade) => new() { Title = "Investigator", Months = months, Specialized = true, Grade = grade };

    private static Experience General(int months) => new() { Title = "Clerk", Months = months, Specialized = false, Grade = 4 };

    private static Education GraduateStudy(decimal hours) => new() { Level = EducationLevel.GraduateStudy, GraduateSemesterHours = hours };

    [Theory]
    [InlineData("2.95", Verdict.Met)]
    [InlineData("2.94", Verdict.NotMet)]
    public void Evaluate_OverallGpaAroundSaaThreshold_RoundedToOneDecimalFirst(string gpa, Verdict expected)
    {
        var profile = With([Bachelors(gpa: decimal.Parse(gpa, System.Globalization.CultureInfo.InvariantCulture), majorGpa: 3.0m, percentile: 50, honorSociety: false)], []);

        var report = Evaluation.Evaluate(profile, Hsi);

        Assert.Equal(expected, report.Result(Requirement).Verdict);
        if (expected == Verdict.Met)
        {
            Assert.Equal(new PayGrade(PayPlan.GL, 7), report.HighestQualifyingGrade);
        }
    }

    [Theory]
    [InlineData("3.45", Verdict.Met)]
    [InlineData("3.44", Verdict.NotMet)]
    public void Evaluate_MajorGpaAroundSaaThreshold_RoundedToOneDecimalFirst(string majorGpa, Verdict expected)
    {
        var profile = With([Bachelors(gpa: 2.5m, majorGpa: decimal.Parse(majorGpa, System.Globalization.CultureInfo.InvariantCulture), percentile: 50, honorSociety: false)], []);

        Assert.Equal(expected, Evaluation.ResultOf(profile, Hsi, Requirement).Verdict);
    }

    [Theory]
    [InlineData(33, Verdict.Met)]
    [InlineData(34, Verdict.NotMet)]
    public void Evaluate_ClassStandingAroundUpperThird_TopThirdQualifies(int percentile, Verdict expected)
    {
        var profile = With([Bachelors(gpa: 2.5m, majorGpa: 2.5m, percentile: percentile, honorSociety: false)], []);

        Assert.Equal(expected, Evaluation.ResultOf(profile, Hsi, Requirement).Verdict);
    }

    [Fact]
    public void Evaluate_HonorSocietyMember_SaaQualifiesForGrade7()
    {
        var profile = With([Bachelors(gpa: 2.5m, majorGpa: 2.5m, percentile: 60, honorSociety: true)], []);

        var result = Evaluation.ResultOf(profile, Hsi, Requirement);

        Assert.Equal(Verdict.Met, result.Verdict);
    }

    [Fact]
    public void Evaluate_SaaOnlyOnAnAssociateDegree_DoesNotCount()
    {
        var associate = new Education { Level = EducationLevel.Associate, Gpa = 4.0m, MajorGpa = 4.0m, ClassStandingPercentile = 1, HonorSociety = true, SemesterHours = 60 };

        Assert.Equal(Verdict.NotMet, Evaluation.ResultOf(With([associate], []), Hsi, Requirement).Verdict);
    }

    [Theory]
    [InlineData(12, Verdict.Met)]
    [InlineData(11, Verdict.NotMet)]
    public void Evaluate_SpecializedMonthsAroundOneYear_TwelveQualifyForGrade7(int months, Verdict expected)
    {
        Assert.Equal(expected, Evaluation.ResultOf(With([], [Specialized(months, 5)]), Hsi, Requirement).Verdict);
    }

    [Fact]
    public void Evaluate_SpecializedExperienceBelowMinimumGrade_DoesNotCount()
    {
        Assert.Equal(Verdict.NotMet, Evaluation.ResultOf(With([], [Specialized(24, 4)]), Hsi, Requirement).Verdict);
    }

    [Fact]
    public void Evaluate_GeneralExperienceOnly_DoesNotQualifyForGrade7()
    {
        Assert.Equal(Verdict.NotMet, Evaluation.ResultOf(With([], [new Experience { Months = 60, Specialized = false, Grade = 9 }]), Hsi, Requirement).Verdict);
    }

    [Theory]
    [InlineData(7, "GL-9")]
    [InlineData(5, "GL-7")]
    public void Evaluate_YearOfSpecializedExperience_HighestGradeFollowsItsLevel(int grade, string highest)
    {
        var report = Evaluation.Evaluate(With([], [Specialized(12, grade)]), Hsi);

        Assert.Equal(PayGrade.Parse(highest), report.HighestQualifyingGrade);
        Assert.Equal(PayGrade.Parse(highest), report.QualifyingGrades[^1]);
    }

    [Fact]
    public void Evaluate_SpecializedMonthsFromSeveralJobs_AddUp()
    {
        Assert.Equal(Verdict.Met, Evaluation.ResultOf(With([], [Specialized(6, 5), Specialized(6, 6)]), Hsi, Requirement).Verdict);
    }

    [Theory]
    [InlineData("9", Verdict.Met)]
    [InlineData("8.82", Verdict.NotMet)]
    public void Evaluate_Grade7CombinationAround100Percent_50PercentPlus50PercentQualifies(string graduateHours, Verdict expected)
    {
        // 6 of 12 months = 50 %; 9 of 18 graduate hours = 50 % (8.82 hours = 49 %, 99 % in all).
        var profile = With([Bachelors(gpa: 2.0m, majorGpa: 2.0m, percentile: 80, honorSociety: false), GraduateStudy(decimal.Parse(graduateHours, System.Globalization.CultureInfo.InvariantCulture))], [Specialized(6, 5)]);

        var result = Evaluation.ResultOf(profile, Hsi, Requirement);

        Assert.Equal(expected, result.Verdict);
    }

    [Theory]
    [InlineData("90", 18, Verdict.Met)]     // 18/36 + 90/120 = 50 % + 75 %
    [InlineData("89.4", 18, Verdict.Met)]   // 50 % + 74.5 %
    [InlineData("30", 27, Verdict.Met)]     // 75 % + 25 % = 100 % exactly: an academic year counts as 9 months
    [InlineData("30", 26, Verdict.NotMet)]  // 72.2 % + 25 %
    [InlineData("50", 18, Verdict.NotMet)]  // 50 % + 41.7 %
    public void Evaluate_Grade5Combination_PercentageOfThreeYearsPlusPercentageOfTheFourYearCourse(string semesterHours, int months, Verdict expected)
    {
        // rules.md §2.3 (issue 20 §7): general months / 36 + undergraduate semester hours / 120, compared exactly.
        var associate = new Education { Level = EducationLevel.Associate, SemesterHours = decimal.Parse(semesterHours, System.Globalization.CultureInfo.InvariantCulture) };

        var report = Evaluation.Evaluate(With([associate], [General(months)]), Specialist);

        Assert.Equal(expected, report.Result(Requirement).Verdict);
        Assert.Equal(expected == Verdict.Met ? new PayGrade(PayPlan.GS, 5) : null, report.HighestQualifyingGrade);
    }

    [Fact]
    public void Evaluate_BachelorsDegree_QualifiesForGrade5Only()
    {
        var report = Evaluation.Evaluate(With([Bachelors(gpa: 2.5m, majorGpa: 2.5m, percentile: 50, honorSociety: false)], []), Specialist);

        Assert.Equal([new PayGrade(PayPlan.GS, 5)], report.QualifyingGrades);
    }

    [Theory]
    [InlineData(EducationLevel.Masters, null, "GS-9")]
    [InlineData(EducationLevel.Professional, "Law", "GS-9")]
    [InlineData(EducationLevel.Professional, "Medicine", "GS-9")]
    [InlineData(EducationLevel.Masters, "Law", "GS-11")]
    [InlineData(EducationLevel.Doctorate, "Chemistry", "GS-11")]
    public void Evaluate_GraduateDegree_QualifiesForItsGrade(EducationLevel level, string? field, string highest)
    {
        var report = Evaluation.Evaluate(With([new Education { Level = level, Field = field }], []), Analyst);

        Assert.Equal(Verdict.Met, report.Result(Requirement).Verdict);
        Assert.Equal(PayGrade.Parse(highest), report.HighestQualifyingGrade);
    }

    [Theory]
    [InlineData(18, "GS-7")]
    [InlineData(35, "GS-7")]
    [InlineData(36, "GS-9")]
    [InlineData(54, "GS-11")]
    public void Evaluate_GraduateHours_QualifyByFullYears(int hours, string highest)
    {
        var report = Evaluation.Evaluate(With([GraduateStudy(hours)], []), Analyst);

        Assert.Equal(PayGrade.Parse(highest), report.HighestQualifyingGrade);
    }

    [Fact]
    public void Evaluate_GraduateHoursWrittenOnABachelorsEntry_NotCounted()
    {
        var entry = new Education { Level = EducationLevel.Bachelors, GraduateSemesterHours = 36, Gpa = 2.0m, MajorGpa = 2.0m, ClassStandingPercentile = 90, HonorSociety = false };

        Assert.Equal(Verdict.NotMet, Evaluation.ResultOf(With([entry], []), Analyst, Requirement).Verdict);
    }

    [Fact]
    public void Evaluate_QualifyingForAHigherGrade_QualifiesForTheEntryGradesBelow()
    {
        var report = Evaluation.Evaluate(With([new Education { Level = EducationLevel.Doctorate }], []), Specialist);

        Assert.Equal(["GS-5", "GS-7", "GS-9"], report.QualifyingGrades.Select(g => g.ToString()));
    }

    // The program manager (0340) enters at GS-13, the lowest grade of OPM's 0340 flysheet.
    [Fact]
    public void Evaluate_SpecializedExperienceForGrade12AndAbove_NextLowerGrade()
    {
        Assert.Equal(PayGrade.Parse("GS-13"), Evaluation.Evaluate(With([], [Specialized(12, 12)]), Manager).HighestQualifyingGrade);
    }

    [Fact]
    public void Evaluate_YearAtGrade11ForGrade13Role_MeetsGrade12BelowTheEntryGrade()
    {
        var report = Evaluation.Evaluate(With([], [Specialized(12, 11)]), Manager);

        Assert.Equal(Verdict.NotMet, report.Result(Requirement).Verdict);
        Assert.Null(report.HighestQualifyingGrade);
    }

    [Fact]
    public void Evaluate_EducationOnlyForGrade13Role_NotMet()
    {
        var report = Evaluation.Evaluate(With([new Education { Level = EducationLevel.Doctorate }], [Specialized(24, 10)]), Manager);

        Assert.Equal(Verdict.NotMet, report.Result(Requirement).Verdict);
        Assert.Empty(report.QualifyingGrades);
        Assert.Null(report.HighestQualifyingGrade);
    }

    [Fact]
    public void Evaluate_BothListsStatedEmpty_NotMet()
    {
        var report = Evaluation.Evaluate(With([], []), Hsi);

        Assert.Equal(Verdict.NotMet, report.Result(Requirement).Verdict);
        Assert.True(report.Gap(Requirement).IsRemediable);
        Assert.Equal(Outcome.Ineligible, report.Outcome);
    }

    [Fact]
    public void Evaluate_EducationUnknownExperienceNone_UnknownAskingForEducation()
    {
        var report = Evaluation.Evaluate(With(null, []), Hsi);

        var result = report.Result(Requirement);
        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(["education"], result.MissingInformation);
        Assert.Equal(Outcome.Incomplete, report.Outcome);
    }

    [Fact]
    public void Evaluate_ExperienceUnknownForGrade12Role_UnknownEvenThoughEducationCannotQualify()
    {
        var result = Evaluation.ResultOf(With([], null), Manager, Requirement);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(["experience"], result.MissingInformation);
    }

    [Fact]
    public void Evaluate_BachelorsWithoutAcademicDetails_UnknownNamingTheSaaFields()
    {
        var result = Evaluation.ResultOf(With([Bachelors()], []), Hsi, Requirement);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(["education[0].gpa", "education[0].majorGpa", "education[0].classStandingPercentile", "education[0].honorSociety"], result.MissingInformation);
    }

    [Fact]
    public void Evaluate_ExperienceWithoutSpecializedFlag_UnknownNamingIt()
    {
        var result = Evaluation.ResultOf(With([], [new Experience { Months = 12, Grade = 7 }]), Hsi, Requirement);

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Contains("experience[0].specialized", result.MissingInformation);
    }

    [Fact]
    public void Evaluate_DegreeCompletedAfterEvaluationDate_NotMetUntilCompletion()
    {
        var degree = new Education { Level = EducationLevel.Bachelors, Completed = new DateOnly(2026, 5, 15) };

        var report = Evaluation.Evaluate(With([degree], []), Specialist);

        Assert.Equal(Verdict.NotMet, report.Result(Requirement).Verdict);
        Assert.Equal(new DateOnly(2026, 5, 15), report.Gap(Requirement).EarliestDate);
        Assert.Equal(Verdict.Met, Evaluation.ResultOf(With([degree], []), Specialist, Requirement, new DateOnly(2026, 5, 15)).Verdict);
    }

    [Fact]
    public void Evaluate_Met_NoGapAndReasonNamesEntryGrades()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder(), Hsi);

        var result = report.Result(Requirement);
        Assert.Equal(Verdict.Met, result.Verdict);
        Assert.DoesNotContain(report.Gaps, g => g.RequirementId == Requirement);
        Assert.Contains("opm-admin-management-standard", result.Sources);
    }
}
