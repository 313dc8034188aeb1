using IceCareers.Candidates;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>
/// rules.md §2.3: the grade table judged on its own, with worked examples from OPM's qualification standards and the
/// agency texts that restate them. Each example names where it was read; the assertions are rows, grades, evidence and
/// the fields asked for — never words.
/// </summary>
public sealed class GradeTableTests
{
    // OPM, Group Coverage Qualification Standard for Administrative and Management Positions (the two-grade table).
    private const string OpmAdmin = "https://webarchive.library.unt.edu/eot2008/20090822022723/http://opm.gov/qualifications/standards/group-stds/Gs-admin.asp";

    // USGS, restating OPM: combining graduate education and experience (GS-6 to GS-11), part-time proration.
    private const string UsgsGraduate = "https://www.usgs.gov/about/organization/science-support/human-capital/combining-graduate-education-and-experience-gs-06";

    // USGS, restating OPM: Superior Academic Achievement (GPA rounded to one decimal).
    private const string UsgsSaa = "https://www.usgs.gov/human-capital/superior-academic-achievement-saa";

    private static readonly EducationExperienceRequirement TwoGrade = Rules.Requirement<EducationExperienceRequirement>("education-experience");
    private static readonly EducationExperienceRequirement OneGrade = Rules.Requirement<EducationExperienceRequirement>("education-experience-one-grade");
    private static readonly PayGrade[] Specialist = [new(PayPlan.GS, 5), new(PayPlan.GS, 7), new(PayPlan.GS, 9)];

    private static GradeTable Table(EducationExperienceRequirement requirement, params PayGrade[] entry) => new(requirement, entry);

    private static CandidateProfile Profile(Education[]? education, Experience[]? experience) => new() { Education = education, Experience = experience };

    private static int Grade(GradeTable table, int row) => row < 0 ? -1 : table.Rows[row].Grade;

    private static Experience Job(int months, bool? specialized, int? grade, decimal? hoursPerWeek = null) =>
        new() { Months = months, Specialized = specialized, Grade = grade, HoursPerWeek = hoursPerWeek };

    [Theory]
    [InlineData(OpmAdmin, EducationLevel.Bachelors, 5)]
    [InlineData(OpmAdmin, EducationLevel.Masters, 9)]
    [InlineData(OpmAdmin, EducationLevel.Doctorate, 9)] // GS-11 is the role's top row here: a Ph.D. covers GS-9
    public void Judge_Degree_MeetsItsGradeAndTheGradesBelow(string source, EducationLevel level, int topEntryGrade)
    {
        Assert.NotEmpty(source);
        var table = Table(TwoGrade, Specialist);

        var judged = table.Judge(Profile([new Education { Level = level, Completed = new DateOnly(2020, 5, 1) }], []), Rules.AsOf, null);

        Assert.Equal(topEntryGrade, Grade(table, judged.TopEntryRowMet));
        Assert.Equal(EvidenceKind.Degree, judged.Evidence.Kind);
        Assert.Equal(level, judged.Evidence.Level);
        Assert.Equal(topEntryGrade, Grade(table, judged.SourceRow)); // a higher degree meets a row that names none
    }

    [Theory]
    [InlineData(36, 12, true)]  // OPM: 3 years, 1 year of which was equivalent to at least GS-4
    [InlineData(36, 11, false)]
    [InlineData(35, 35, false)]
    public void Judge_GeneralExperience_ThreeYearsOneAtGradeFour(int months, int monthsAtGrade4, bool met)
    {
        var table = Table(TwoGrade, Specialist);
        var profile = Profile([], [Job(monthsAtGrade4, false, 4), Job(months - monthsAtGrade4, false, 3)]);

        var judged = table.Judge(profile, Rules.AsOf, null);

        Assert.Equal(met ? 5 : -1, Grade(table, judged.TopEntryRowMet));
        if (met)
        {
            Assert.Equal((EvidenceKind.Experience, 36m, 12m), (judged.Evidence.Kind, judged.Evidence.A, judged.Evidence.B));
        }
    }

    [Fact]
    public void Judge_GeneralExperienceWithoutGrades_UnknownAskingForEachGrade()
    {
        // 36 months whose grade is not stated cannot show the GS-4 year: unknown, never met.
        var table = Table(TwoGrade, Specialist);
        var unknowns = new EvaluationScratch.UniqueList();

        var judged = table.Judge(Profile([], [Job(24, false, null), Job(12, null, null)]), Rules.AsOf, unknowns);

        Assert.Equal(-1, judged.TopEntryRowMet);
        Assert.True(judged.Unknown);
        Assert.Contains("experience[0].grade", unknowns.ToArray());
        Assert.Contains("experience[1].grade", unknowns.ToArray());
    }

    [Theory]
    [InlineData(OpmAdmin, 12, 5, 7)]  // 1 year equivalent to at least GS-5 → GS-7
    [InlineData(OpmAdmin, 12, 7, 9)]  // 1 year equivalent to at least GS-7 → GS-9
    [InlineData(OpmAdmin, 11, 7, -1)] // 11 months: no grade (and no general experience for GS-5)
    public void Judge_SpecializedExperience_OneYearAtTheGradeBelow(string source, int months, int grade, int topEntryGrade)
    {
        Assert.NotEmpty(source);
        var table = Table(TwoGrade, Specialist);

        var judged = table.Judge(Profile([], [Job(months, true, grade)]), Rules.AsOf, null);

        Assert.Equal(topEntryGrade, Grade(table, judged.TopEntryRowMet));
    }

    [Fact]
    public void Judge_ExperienceAboveEveryEntryGrade_MetThroughTheHigherRow()
    {
        // A year at GS-11 meets GS-12, which covers the entry grades below it: the source is the nearest met row above.
        var table = Table(TwoGrade, Specialist);

        var judged = table.Judge(Profile([], [Job(12, true, 11)]), Rules.AsOf, null);

        Assert.Equal(9, Grade(table, judged.TopEntryRowMet));
        Assert.Equal(9, Grade(table, judged.SourceRow)); // a year at GS-11 is also a year at GS-7 or above: row 9 itself
        Assert.Equal(12, judged.HighestRowMet);
    }

    [Theory]
    [InlineData(UsgsGraduate, "18", 7)]  // a year of graduate education is 18 semester hours
    [InlineData(UsgsGraduate, "36", 9)]
    [InlineData(UsgsGraduate, "17.9", 5)]
    public void Judge_GraduateHours_FullYearsOfGraduateStudy(string source, string hours, int topEntryGrade)
    {
        Assert.NotEmpty(source);
        var table = Table(TwoGrade, Specialist);
        var profile = Profile([new Education { Level = EducationLevel.Bachelors, HonorSociety = false, ClassStandingPercentile = 90, Gpa = 2, MajorGpa = 2, PassFailPercent = 0 }, new Education { Level = EducationLevel.GraduateStudy, GraduateSemesterHours = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) }], []);

        var judged = table.Judge(profile, Rules.AsOf, null);

        Assert.Equal(topEntryGrade, Grade(table, judged.TopEntryRowMet));
    }

    [Fact]
    public void Judge_GraduateQuarterHours_TwentySevenAreAYear()
    {
        // USGS (restating OPM): "18 semester hours or 27 quarter hours" are a year of graduate study.
        var table = Table(TwoGrade, Specialist);

        var judged = table.Judge(Profile([new Education { Level = EducationLevel.GraduateStudy, GraduateQuarterHours = 27 }], []), Rules.AsOf, null);

        Assert.Equal((7, EvidenceKind.GraduateHours, 18m), (Grade(table, judged.TopEntryRowMet), judged.Evidence.Kind, judged.Evidence.A));
    }

    [Theory]
    [InlineData(UsgsSaa, "2.95", null, null, null, "0", 7)]   // overall GPA 3.0 after rounding to one decimal
    [InlineData(UsgsSaa, "2.94", null, null, null, "0", -1)]
    [InlineData(UsgsSaa, null, "3.45", null, null, "0", 7)]   // major GPA 3.5 after rounding
    [InlineData(UsgsSaa, null, null, 33, null, null, 7)]      // upper third of the class
    [InlineData(UsgsSaa, null, null, 34, false, "0", -1)]
    [InlineData(UsgsSaa, null, null, null, true, null, 7)]    // a national scholastic honor society
    [InlineData("https://www.usajobs.gov/job/825223400", "3.9", null, 90, false, "11", -1)] // > 10 % pass/fail: GPAs do not count
    [InlineData("https://www.usajobs.gov/job/825223400", "3.9", null, 90, false, "10", 7)]
    public void Judge_SuperiorAcademicAchievement_GradeSevenWithABachelors(string source, string? gpa, string? majorGpa, int? percentile, bool? honorSociety, string? passFail, int topEntryGrade)
    {
        Assert.NotEmpty(source);
        static decimal? D(string? s) => s is null ? null : decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var table = Table(TwoGrade, new PayGrade(PayPlan.GL, 7), new PayGrade(PayPlan.GL, 9));
        var bachelors = new Education { Level = EducationLevel.Bachelors, Gpa = D(gpa) ?? 2.0m, MajorGpa = D(majorGpa) ?? 2.0m, ClassStandingPercentile = percentile ?? 90, HonorSociety = honorSociety ?? false, PassFailPercent = D(passFail) };

        var judged = table.Judge(Profile([bachelors], []), Rules.AsOf, null);

        Assert.Equal(topEntryGrade, Grade(table, judged.TopEntryRowMet));
    }

    [Fact]
    public void Judge_HighGpaPassFailShareNotStated_UnknownAskingForTheShare()
    {
        var table = Table(TwoGrade, new PayGrade(PayPlan.GL, 7));
        var unknowns = new EvaluationScratch.UniqueList();

        var judged = table.Judge(Profile([new Education { Level = EducationLevel.Bachelors, Gpa = 3.5m, MajorGpa = 2m, ClassStandingPercentile = 90, HonorSociety = false }], []), Rules.AsOf, unknowns);

        Assert.True(judged.Unknown);
        Assert.Equal(["education[0].passFailPercent"], unknowns.ToArray());
    }

    [Fact]
    public void Judge_BachelorsWithSaaOnTheOneGradeTable_GradeFiveOnly()
    {
        // Superior Academic Achievement applies only to two-grade-interval positions (OPM E.4(b)).
        var table = Table(OneGrade, new PayGrade(PayPlan.GS, 5), new PayGrade(PayPlan.GS, 7));

        var judged = table.Judge(Profile([new Education { Level = EducationLevel.Bachelors, Gpa = 4.0m, HonorSociety = true }], []), Rules.AsOf, null);

        Assert.Equal(5, Grade(table, judged.TopEntryRowMet));
    }

    [Theory]
    [InlineData(UsgsGraduate, 6, "9", true)]     // 6 of 12 months (50 %) + 9 of 18 graduate hours (50 %)
    [InlineData(UsgsGraduate, 6, "8.82", false)] // 50 % + 49 %
    public void Judge_GradeSevenCombination_SharesAddUpToOneHundredPercent(string source, int months, string hours, bool met)
    {
        Assert.NotEmpty(source);
        var table = Table(TwoGrade, new PayGrade(PayPlan.GL, 7));
        var profile = Profile([new Education { Level = EducationLevel.Bachelors, Gpa = 2, MajorGpa = 2, ClassStandingPercentile = 90, HonorSociety = false, PassFailPercent = 0 }, new Education { Level = EducationLevel.GraduateStudy, GraduateSemesterHours = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) }], [Job(months, true, 5)]);

        var judged = table.Judge(profile, Rules.AsOf, null);

        Assert.Equal(met ? 7 : -1, Grade(table, judged.TopEntryRowMet));
        if (met)
        {
            Assert.Equal((EvidenceKind.Combination, 6m, 9m), (judged.Evidence.Kind, judged.Evidence.A, judged.Evidence.B));
        }
    }

    [Theory]
    [InlineData(6, "27", true)]    // GS-9: only graduate hours beyond the first 18 combine: 9 of 18 (50 %) + 50 %
    [InlineData(6, "26.8", false)]
    public void Judge_GradeNineCombination_OnlyHoursBeyondTheFirstYear(int months, string hours, bool met)
    {
        // https://federalgovernmentjobs.us/jobs/Intelligence-Operations-Specialist-819466900.html: 6 months and over 18 graduate credits.
        var table = Table(TwoGrade, new PayGrade(PayPlan.GS, 9));

        var judged = table.Judge(Profile([new Education { Level = EducationLevel.GraduateStudy, GraduateSemesterHours = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) }], [Job(months, true, 7)]), Rules.AsOf, null);

        Assert.Equal(met ? 9 : -1, Grade(table, judged.TopEntryRowMet));
    }

    [Theory]
    [InlineData(27, "30", true)]  // issue 20 §7, the percentage method: 27/36 + 30/120 = 75 % + 25 %
    [InlineData(26, "30", false)]
    public void Judge_GradeFiveCombination_PercentageMethod(int months, string hours, bool met)
    {
        var table = Table(TwoGrade, Specialist);

        var judged = table.Judge(Profile([new Education { Level = EducationLevel.Associate, SemesterHours = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture) }], [Job(months, false, 4)]), Rules.AsOf, null);

        Assert.Equal(met ? 5 : -1, Grade(table, judged.TopEntryRowMet));
    }

    [Theory]
    [InlineData(UsgsGraduate, 24, "20", true)]  // "a year at 20 hours per week is credited as 6 months": 24 months = 12
    [InlineData(UsgsGraduate, 23, "20", false)]
    [InlineData(UsgsGraduate, 12, "36", true)]  // issue 20 §6: "at least 35-40 hours per week" is full time
    [InlineData(UsgsGraduate, 12, "35", true)]
    [InlineData(UsgsGraduate, 12, "34.9", false)]
    [InlineData(UsgsGraduate, 12, "60", true)]  // never more than full time
    [InlineData(UsgsGraduate, 11, "60", false)]
    public void Judge_PartTimeExperience_ProratedBelowThirtyFiveHours(string source, int months, string hoursPerWeek, bool met)
    {
        Assert.NotEmpty(source);
        var table = Table(TwoGrade, new PayGrade(PayPlan.GL, 7));

        var judged = table.Judge(Profile([], [Job(months, true, 5, decimal.Parse(hoursPerWeek, System.Globalization.CultureInfo.InvariantCulture))]), Rules.AsOf, null);

        Assert.Equal(met ? 7 : -1, Grade(table, judged.TopEntryRowMet));
    }

    [Theory]
    [InlineData(12, "20", "6")]
    [InlineData(12, "34", "10.2")]
    [InlineData(12, "35", "12")]
    [InlineData(12, "0", "0")]
    [InlineData(-3, null, "0")]
    public void Credit_Job_FullTimeEquivalentMonths(int months, string? hoursPerWeek, string expected)
    {
        var table = Table(TwoGrade, Specialist);

        var credit = table.Credit(Job(months, true, 5, hoursPerWeek is null ? null : decimal.Parse(hoursPerWeek, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), credit);
    }

    [Fact]
    public void Credit_NoFullTimeThreshold_OnlyAFullWeekCountsInFull()
    {
        // Data without fullTimeFromHoursPerWeek (a catalog compiled before it) prorates every shorter week against 40.
        var table = Table(WithConversions(new QualificationConversions { FullTimeHoursPerWeek = 40, QuarterHoursPerSemesterHour = 1.5m, Sources = [] }), Specialist);

        Assert.Equal(10.8m, table.Credit(Job(12, true, 5, 36)));
    }

    [Fact]
    public void Judge_FortyEntryGrades_NoGradeIsSkipped()
    {
        // The old table kept entry grades in a 31-bit mask and skipped the rest without a word.
        var rows = Enumerable.Range(1, 40).Select(g => new GradeQualification { Grade = g, Experience = new ExperienceStandard { Months = 12, Specialized = true, MinimumGrade = g - 1 }, Sources = [] }).ToList();
        var entry = Enumerable.Range(1, 40).Select(g => new PayGrade(PayPlan.GS, g)).ToArray();
        var table = new GradeTable(WithRows(rows), entry);

        var judged = table.Judge(Profile([], [Job(12, true, 39)]), Rules.AsOf, null);

        Assert.Equal(40, Grade(table, judged.TopEntryRowMet));
        Assert.Equal(new PayGrade(PayPlan.GS, 40), table.EntryGradeAt(judged.TopEntryRowMet));
        Assert.Equal(40, table.EntryGradesUpTo(judged.TopEntryRowMet).Count);
    }

    [Fact]
    public void Judge_ReadingsThatDisagree_UnderReviewNamingWhichAreMet()
    {
        // Where the data keeps two readings of a combination, a row met under one and not the other is under review.
        var readings = new[]
        {
            new CombinationStandard { ExperienceMonths = 12, Specialized = false, Hours = HoursKind.Undergraduate, HoursBeyond = 0, HoursForFull = 60, Sources = ["a"] },
            new CombinationStandard { ExperienceMonths = 12, Specialized = false, Hours = HoursKind.Undergraduate, HoursBeyond = 0, HoursForFull = 120, Sources = ["b"] },
        };
        var rows = new List<GradeQualification> { new() { Grade = 5, Combinations = readings, Sources = [] } };
        var table = new GradeTable(WithRows(rows), [new PayGrade(PayPlan.GS, 5)]);

        var judged = table.Judge(Profile([new Education { Level = EducationLevel.Associate, SemesterHours = 30 }], [Job(6, false, 4)]), Rules.AsOf, null);

        // 6/12 + 30/60 = 100 % (met); 6/12 + 30/120 = 75 % (not met).
        Assert.Equal(-1, judged.TopEntryRowMet);
        Assert.Equal(5, Grade(table, judged.TopEntryRowInReview));
        Assert.Equal(0, judged.ReviewRow);
        Assert.True(judged.ReviewEvidence.Readings[0]);
        Assert.False(judged.ReviewEvidence.Readings[1]);
    }

    [Fact]
    public void Judge_NothingStated_UnknownAskingForBothLists()
    {
        var table = Table(TwoGrade, Specialist);
        var unknowns = new EvaluationScratch.UniqueList();

        var judged = table.Judge(new CandidateProfile(), Rules.AsOf, unknowns);

        Assert.True(judged.Unknown);
        Assert.Equal(["education", "experience"], unknowns.ToArray());
    }

    [Fact]
    public void Judge_EntryNotYetCompleted_NotCounted()
    {
        var table = Table(TwoGrade, Specialist);
        var profile = Profile([new Education { Level = EducationLevel.Bachelors, Completed = Rules.AsOf.AddDays(1) }], []);

        Assert.Equal(-1, table.Judge(profile, Rules.AsOf, null).TopEntryRowMet);
        Assert.Equal(5, Grade(table, table.Judge(profile, Rules.AsOf.AddDays(1), null).TopEntryRowMet));
    }

    [Fact]
    public void Judge_LevelNotStated_AsksForTheLevel()
    {
        var table = Table(TwoGrade, Specialist);
        var unknowns = new EvaluationScratch.UniqueList();

        table.Judge(Profile([new Education { SemesterHours = 120 }], []), Rules.AsOf, unknowns);

        Assert.Contains("education[0].level", unknowns.ToArray());
    }

    [Fact]
    public void Judge_MastersWithoutField_AsksWhetherItIsAnLlm()
    {
        // OPM: GS-11 accepts an LL.M., if related (a master's in the field Law); a master's of another field is GS-9.
        var table = Table(TwoGrade, new PayGrade(PayPlan.GS, 11));
        var unknowns = new EvaluationScratch.UniqueList();

        var judged = table.Judge(Profile([new Education { Level = EducationLevel.Masters }], []), Rules.AsOf, unknowns);

        Assert.True(judged.Unknown);
        Assert.Contains("education[0].field", unknowns.ToArray());
        Assert.Equal(11, Grade(table, table.Judge(Profile([new Education { Level = EducationLevel.Masters, Field = " law " }], []), Rules.AsOf, null).TopEntryRowMet));
        Assert.Equal(-1, table.Judge(Profile([new Education { Level = EducationLevel.Masters, Field = "History" }], []), Rules.AsOf, null).TopEntryRowMet);
    }

    [Theory]
    [InlineData(36, "0", true)]
    [InlineData(0, "120", true)]
    [InlineData(35, "3", false)]   // 35/36 + 3/120 = 99.7 %
    [InlineData(35, "3.4", true)]  // 35/36 + 3.4/120 ≥ 100 %
    [InlineData(27, "30", true)]
    public void Reaches100_GradeFiveReading_ExactComparison(int months, string hours, bool expected)
    {
        var reading = TwoGrade.Grades.Single(r => r.Grade == 5).Combinations.Single();

        // Education alone is judged by the education route: a combination needs counted hours.
        Assert.Equal(expected && hours != "0", GradeTable.Reaches100(months, decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture), reading));
    }

    [Fact]
    public void Reaches100_HoursWithinTheUncountedPart_NotMet()
    {
        var reading = new CombinationStandard { ExperienceMonths = 12, Specialized = true, Hours = HoursKind.Graduate, HoursBeyond = 18, HoursForFull = 18, Sources = [] };

        Assert.False(GradeTable.Reaches100(12, 18, reading));
        Assert.True(GradeTable.Reaches100(11, 19.5m, reading));
    }

    [Theory]
    [InlineData("2.95", 1, "3.0")]
    [InlineData("2.94", 1, "2.9")]
    [InlineData("3.449", 2, "3.45")]
    [InlineData("3.5", 40, "3.5")]
    public void Round_Gpa_HalfAwayFromZero(string gpa, int decimals, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), GradeTable.Round(decimal.Parse(gpa, System.Globalization.CultureInfo.InvariantCulture), decimals));
    }

    [Fact]
    public void SemesterHours_QuarterHours_ConvertAtOneAndAHalf()
    {
        var table = Table(TwoGrade, Specialist);

        Assert.Equal(100m, table.SemesterHours(70, 45));
        Assert.Null(table.SemesterHours(null, null));
        Assert.Equal(0m, table.SemesterHours(-5, null));
    }

    [Fact]
    public void SemesterHours_OnlySemesterHours_TheStatedNumberAsWritten()
    {
        // Semester hours alone are the number stated, to its last written digit (the reports print what was stated).
        var table = Table(TwoGrade, Specialist);

        Assert.Equal("124.50", table.SemesterHours(124.50m, null)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("30", table.SemesterHours(null, 45)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Judge_JobsWithGapsInTheList_AsksForFieldsByTheirPlaceInTheList()
    {
        // A null entry is skipped, and the fields asked for name each job by its own index.
        var table = Table(TwoGrade, new PayGrade(PayPlan.GL, 7));
        var unknowns = new EvaluationScratch.UniqueList();

        table.Judge(Profile([], [Job(6, true, 5), null!, new Experience { Specialized = null, Grade = null }]), Rules.AsOf, unknowns);

        Assert.Contains("experience[2].specialized", unknowns.ToArray());
        Assert.Contains("experience[2].grade", unknowns.ToArray());
        Assert.Contains("experience[2].months", unknowns.ToArray());
        Assert.DoesNotContain(unknowns.ToArray(), p => p.StartsWith("experience[1]", StringComparison.Ordinal) || p.StartsWith("experience[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Judge_ManyJobsThenFewOnTheSameThread_EachProfileCountsOnlyItsOwn()
    {
        // Twelve three-month jobs at GS-4 make the 36 months of GS-5, 12 of them at GS-4; the next profile, of one job,
        // is judged on that job alone.
        var table = Table(TwoGrade, new PayGrade(PayPlan.GL, 5));
        var many = Enumerable.Range(0, 12).Select(_ => Job(3, false, 4)).ToArray();

        var judged = table.Judge(Profile([], many), Rules.AsOf, null);
        var after = table.Judge(Profile([], [Job(3, false, 4)]), Rules.AsOf, null);

        Assert.Equal(5, Grade(table, judged.TopEntryRowMet));
        Assert.Equal(36m, judged.Evidence.A);
        Assert.Equal(-1, after.TopEntryRowMet);
    }

    [Fact]
    public void Judge_FullAndPartTimeJobs_MonthsAddExactly()
    {
        // 6 full-time months and 12 at 20 hours a week (6 months' worth) make the 12 specialized months at GS-5 of GS-7.
        var table = Table(TwoGrade, new PayGrade(PayPlan.GL, 7));

        var judged = table.Judge(Profile([], [Job(6, true, 5), Job(12, true, 5, 20)]), Rules.AsOf, null);

        Assert.Equal(7, Grade(table, judged.TopEntryRowMet));
        Assert.Equal(EvidenceKind.Experience, judged.Evidence.Kind);
        Assert.Equal(12m, judged.Evidence.A);
    }

    [Theory]
    [InlineData(EducationLevel.Bachelors, HoursKind.Graduate, false)]
    [InlineData(EducationLevel.GraduateStudy, HoursKind.Graduate, true)]
    [InlineData(null, HoursKind.Graduate, true)]
    [InlineData(EducationLevel.HighSchool, HoursKind.Undergraduate, true)]
    public void CouldHold_Level_GraduateHoursOnlyOnGraduateEntries(EducationLevel? level, HoursKind kind, bool expected)
    {
        Assert.Equal(expected, GradeTable.CouldHold(level, kind));
    }

    private static EducationExperienceRequirement WithRows(List<GradeQualification> rows) => new()
    {
        Id = "synthetic", Category = RequirementCategory.Qualification, Title = "t", Sources = [],
        Grades = rows, GradeInterval = 1, GradeIntervalSources = [], Conversions = TwoGrade.Conversions,
    };

    private static EducationExperienceRequirement WithConversions(QualificationConversions conversions) => new()
    {
        Id = "synthetic", Category = RequirementCategory.Qualification, Title = "t", Sources = [],
        Grades = TwoGrade.Grades, GradeInterval = 2, GradeIntervalSources = [], Conversions = conversions,
        SuperiorAcademicAchievement = TwoGrade.SuperiorAcademicAchievement,
    };
}
