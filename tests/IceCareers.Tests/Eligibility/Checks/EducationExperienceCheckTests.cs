using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.3 with §2.0: the education-and-experience finding for a role's entry grades.</summary>
public sealed class EducationExperienceCheckTests
{
    private static readonly EducationExperienceRequirement Requirement = Rules.Requirement<EducationExperienceRequirement>("education-experience");
    private static readonly EducationExperienceCheck DeportationOfficer = new(Requirement, [new(PayPlan.GL, 5), new(PayPlan.GL, 7), new(PayPlan.GL, 9)]);

    private static EducationExperienceFinding Decide(Education[]? education, Experience[]? experience, DateOnly? asOf = null) =>
        DeportationOfficer.Decide(new CandidateProfile { Education = education, Experience = experience }, Rules.Context(asOf));

    [Fact]
    public void Decide_Bachelors_MetAtTheLowestEntryGrade()
    {
        var finding = Decide([new Education { Level = EducationLevel.Bachelors, Gpa = 2.0m, MajorGpa = 2.0m, ClassStandingPercentile = 90, HonorSociety = false, PassFailPercent = 0 }], []);

        Assert.Equal(Verdict.Met, finding.Verdict);
        Assert.Equal([new PayGrade(PayPlan.GL, 5)], finding.QualifyingGrades);
        Assert.Equal(new PayGrade(PayPlan.GL, 5), finding.HighestQualifyingGrade);
        Assert.Equal(EvidenceKind.Degree, finding.Evidence.Kind);
        Assert.Equal(0, finding.Unknown.Count);
    }

    [Fact]
    public void Decide_Masters_EveryEntryGrade()
    {
        var finding = Decide([new Education { Level = EducationLevel.Masters }], null);

        Assert.Equal([new PayGrade(PayPlan.GL, 5), new PayGrade(PayPlan.GL, 7), new PayGrade(PayPlan.GL, 9)], finding.QualifyingGrades);
        Assert.Equal(finding.EntryRow, finding.SourceRow);
    }

    [Fact]
    public void Decide_NothingStated_UnknownAskingForBothLists()
    {
        var finding = Decide(null, null);

        Assert.Equal(Verdict.Unknown, finding.Verdict);
        Assert.Equal(["education", "experience"], Rules.Paths(finding.Unknown));
        Assert.Null(finding.QualifyingGrades);
        Assert.Null(finding.HighestQualifyingGrade);
        Assert.Equal(new Observation(null, 0, 0, 0, default, 0, null, 0, 0, int.MinValue), finding.Observed);
    }

    [Fact]
    public void Decide_BothListsEmpty_NotMetAndRemediable()
    {
        var finding = Decide([], []);

        Assert.Equal(Verdict.NotMet, finding.Verdict);
        Assert.True(finding.Remediable);
        Assert.Null(finding.EarliestDate);
        Assert.Equal((0, 0, 0), (finding.Observed!.Value.EducationCount, finding.Observed.Value.ExperienceCount, finding.Observed.Value.Counted));
    }

    [Fact]
    public void Decide_DegreeCompletingLater_NotMetUntilItsCompletionDate()
    {
        var completes = Rules.AsOf.AddMonths(4);
        var finding = Decide([new Education { Level = EducationLevel.Associate, Completed = new DateOnly(2015, 5, 1), SemesterHours = 60 }, new Education { Level = EducationLevel.Bachelors, Completed = completes }], []);

        Assert.Equal(Verdict.NotMet, finding.Verdict);
        Assert.Equal(completes, finding.EarliestDate);
        Assert.Equal((1, 1), (finding.Observed!.Value.Counted, finding.Observed.Value.NotCompleted));
        Assert.True(finding.Observed.Value.Lists(EducationLevel.Associate));
        Assert.False(finding.Observed.Value.Lists(EducationLevel.Bachelors));
    }

    [Fact]
    public void Decide_SeveralLaterCompletions_TheFirstThatQualifies()
    {
        var finding = Decide(
            [
                new Education { Level = EducationLevel.Associate, Completed = Rules.AsOf.AddDays(10), SemesterHours = 60 },
                new Education { Level = EducationLevel.Doctorate, Completed = Rules.AsOf.AddDays(300) },
                new Education { Level = EducationLevel.Bachelors, Completed = Rules.AsOf.AddDays(100) },
            ],
            []);

        Assert.Equal(Rules.AsOf.AddDays(100), finding.EarliestDate);
    }

    [Fact]
    public void Decide_GradeBelowTheEntryGrades_NotMetNamingTheTableGrade()
    {
        var specialist = new EducationExperienceCheck(Requirement, [new PayGrade(PayPlan.GS, 9), new PayGrade(PayPlan.GS, 11)]);

        var finding = specialist.Decide(new CandidateProfile { Education = [new Education { Level = EducationLevel.Bachelors, Gpa = 2, MajorGpa = 2, ClassStandingPercentile = 90, HonorSociety = false, PassFailPercent = 0 }], Experience = [] }, Rules.Context());

        Assert.Equal((Verdict.NotMet, (int?)5), (finding.Verdict, finding.TableGradeMet));
    }

    [Fact]
    public void Decide_ExperienceFacts_ObservedAsFullTimeMonths()
    {
        var finding = Decide([], [new Experience { Months = 10, Specialized = true, Grade = 4 }, new Experience { Months = 10, HoursPerWeek = 20 }, new Experience { Months = 6, Specialized = true, Grade = 3 }]);

        var observed = finding.Observed!.Value;
        Assert.Equal((21m, 16m, 4), (observed.TotalMonths, observed.SpecializedMonths, observed.TopSpecializedGrade));
    }

    [Fact]
    public void SourcesOf_Review_TheRequirementsAndTheRowsReadings()
    {
        Assert.Same(Requirement.Sources, DeportationOfficer.SourcesOf(0));
        var gs5 = DeportationOfficer.Table.Rows.ToList().FindIndex(r => r.Grade == 5);
        Assert.Contains("usgs-combining-clerical-education", DeportationOfficer.SourcesOf(gs5 + 1));
        Assert.Equal(DeportationOfficer.SourcesOf(gs5 + 1).Distinct().Count(), DeportationOfficer.SourcesOf(gs5 + 1).Count);
    }

    [Fact]
    public void Decide_MilitaryPayGradeWithoutGrade_ReadsTheComparisonTablesLowestGrade()
    {
        // O-1 compares with GS-7 (Naval History and Heritage Command's table): a year of specialized work at GS-7 meets GL-9.
        var finding = Decide([], [new Experience { Months = 12, Specialized = true, MilitaryPayGrade = MilitaryPayGrade.Parse("O-1") }]);

        Assert.Equal(Verdict.Met, finding.Verdict);
        Assert.Equal(new PayGrade(PayPlan.GL, 9), finding.HighestQualifyingGrade);
        Assert.Equal([MilitaryPayGrade.Parse("O-1")], MilitaryReading.Grades(finding.Military.Read));
        Assert.Equal(0, finding.Military.Unmapped);
        Assert.True(finding.Basis >= DeportationOfficer.Bases);
        Assert.Contains("nhhc-military-civilian-grades", DeportationOfficer.SourcesOf(finding.Basis));
        Assert.DoesNotContain("nhhc-military-civilian-grades", DeportationOfficer.SourcesOf(finding.Basis - DeportationOfficer.Bases));
    }

    [Fact]
    public void Decide_MilitaryPayGradeOfARange_ReadsTheLowestGradeOfTheRange()
    {
        // O-2 compares with GS-8 to GS-9: read as GS-8, which still meets GL-9's year at GL-7.
        var o2 = Decide([], [new Experience { Months = 12, Specialized = true, MilitaryPayGrade = MilitaryPayGrade.Parse("O-2") }]);
        var row = DeportationOfficer.Table.MilitaryRow(MilitaryPayGrade.Parse("O-2"));

        Assert.Equal((8, 9), (row!.LowGrade, row.HighGrade));
        Assert.Equal(8, DeportationOfficer.Table.GradeOf(new Experience { MilitaryPayGrade = MilitaryPayGrade.Parse("O-2") }));
        Assert.Equal(new PayGrade(PayPlan.GL, 9), o2.HighestQualifyingGrade);
    }

    [Fact]
    public void Decide_MilitaryPayGradeTheDataDoesNotMap_UnknownAskingForTheGrade()
    {
        // O-7 and above compare with the Senior Executive Service, not a GS grade: the data gives none.
        var finding = Decide([], [new Experience { Months = 12, Specialized = true, MilitaryPayGrade = MilitaryPayGrade.Parse("O-7") }]);

        Assert.Equal(Verdict.Unknown, finding.Verdict);
        Assert.Contains("experience[0].grade", Rules.Paths(finding.Unknown));
        Assert.Equal([MilitaryPayGrade.Parse("O-7")], MilitaryReading.Grades(finding.Military.Unmapped));
        Assert.Equal(0, finding.Military.Read);
        Assert.True(finding.Basis < DeportationOfficer.Bases);
    }

    [Fact]
    public void Decide_GradeStatedBesideMilitaryPayGrade_TheStatedGradeWins()
    {
        var finding = Decide([], [new Experience { Months = 12, Specialized = true, Grade = 5, MilitaryPayGrade = MilitaryPayGrade.Parse("O-1") }]);

        Assert.Equal(new PayGrade(PayPlan.GL, 7), finding.HighestQualifyingGrade);
        Assert.True(finding.Military.IsEmpty);
    }

    // rules.md §2.3: under review, the finding names the entry grades in question; only a met finding qualifies for them.
    [Fact]
    public void Finding_UnderReview_GradesInQuestionAreNotQualifying()
    {
        PayGrade[] grades = [new PayGrade(PayPlan.GS, 9), new PayGrade(PayPlan.GS, 11)];
        var review = new EducationExperienceFinding(Verdict.NeedsReview, grades, grades[1], 0, 0, default);

        Assert.Null(review.QualifyingGrades);
        Assert.Null(review.HighestQualifyingGrade);
        Assert.Equal(grades, (review with { Verdict = Verdict.Met }).QualifyingGrades);
        Assert.Equal(grades[1], (review with { Verdict = Verdict.Met }).HighestQualifyingGrade);
    }
}
