using IceCareers.Announcements;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Postings;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Announcements;

public class AnnouncementEvaluationsTests
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private static readonly EligibilityEvaluator Evaluator = new(CareerCatalog.Default);

    /// <summary>A new graduate: a bachelor's degree completed in 2025 with Superior Academic Achievement (GPA 3.2), no experience.</summary>
    private static CandidateProfile NewGraduate() => new ProfileBuilder
    {
        DateOfBirth = new DateOnly(2003, 4, 12),
        Education = [new Education { Level = EducationLevel.Bachelors, Field = "Criminal Justice", Completed = new DateOnly(2025, 5, 20), Gpa = 3.2m, MajorGpa = 3.4m, ClassStandingPercentile = 30, HonorSociety = false, SemesterHours = 124 }],
        Experience = [],
    }.Build();

    [Fact]
    public void Evaluate_NewGraduateQualifyingAtGl7_IsEligibleForAGl579DeportationOfficerPosting()
    {
        var evaluation = Evaluator.Evaluate(NewGraduate(), Fixture.Posting("ERO-FIXTURE-10000001-DH"), AsOf);

        var report = Assert.IsType<EligibilityReport>(evaluation.Report);
        Assert.Equal("deportation-officer", report.RoleId);
        Assert.Equal(new PayGrade(PayPlan.GL, 7), report.HighestQualifyingGrade);
        Assert.Equal([Gl(5), Gl(7), Gl(9)], evaluation.OfferedGrades);
        Assert.Equal(Verdict.Met, Education(report).Verdict);
        Assert.Equal(Evaluator.Evaluate(NewGraduate(), "deportation-officer", AsOf).Outcome, report.Outcome);
        Assert.Equal(Outcome.Eligible, report.Outcome);
        Assert.True(evaluation.IsOpen);
    }

    [Fact]
    public void Evaluate_NewGraduateQualifyingAtGl7_IsNotEligibleForAGl9OnlyHsiPostingAndIsToldWhatGl9Needs()
    {
        var plain = Evaluator.Evaluate(NewGraduate(), "hsi-special-agent", AsOf);
        var evaluation = Evaluator.Evaluate(NewGraduate(), Fixture.Posting("HSI-FIXTURE-10000002-DH"), AsOf);

        Assert.Contains(Gl(7), plain.QualifyingGrades);
        var report = Assert.IsType<EligibilityReport>(evaluation.Report);
        Assert.Equal(Outcome.Ineligible, report.Outcome);
        Assert.Empty(report.QualifyingGrades);
        Assert.Null(report.HighestQualifyingGrade);
        var education = Education(report);
        Assert.Equal(Verdict.NotMet, education.Verdict);
        Assert.Contains("this posting offers only GL-9: GL-9 needs", education.Reason, StringComparison.Ordinal);
        Assert.Contains(report.Gaps, g => g.Description.StartsWith("For this posting: GL-9 needs", StringComparison.Ordinal));
        Assert.Equal([Gl(7)], evaluation.EntryGradesNotOffered);
        Assert.Contains(evaluation.Notes, n => n.Contains("GL-7 as an entry grade of hsi-special-agent, but this posting does not offer it", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_DirectHirePosting_SaysVeteransPreferenceDoesNotApply()
    {
        var evaluation = Evaluator.Evaluate(NewGraduate(), Fixture.Posting("ERO-FIXTURE-10000001-DH"), AsOf);

        Assert.True(evaluation.IsDirectHire);
        Assert.Contains(evaluation.Notes, n => n.Contains("veterans' preference", StringComparison.Ordinal) && n.Contains("https://www.usajobs.gov/job/503401900", StringComparison.Ordinal));
        Assert.Contains(evaluation.Report!.Warnings, n => n.Contains("direct-hire authority", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ClosedPosting_WarnsWithTheDate()
    {
        var evaluation = Evaluator.Evaluate(NewGraduate(), Fixture.Posting("ERO-FIXTURE-10000005-DH"), AsOf);

        Assert.False(evaluation.IsOpen);
        Assert.Contains("The posting closed on 2025-08-29: on 2026-03-01 it no longer takes applications.", evaluation.Notes);
    }

    [Fact]
    public void Evaluate_NotYetOpenPosting_WarnsWithTheDate()
    {
        var evaluation = Evaluator.Evaluate(NewGraduate(), Fixture.Posting("ERO-FIXTURE-10000001-DH"), new DateOnly(2026, 1, 15));

        Assert.False(evaluation.IsOpen);
        Assert.Contains("The posting opens on 2026-02-02: on 2026-01-15 it does not yet take applications.", evaluation.Notes);
    }

    [Fact]
    public void Evaluate_PostingPay_IsShownAsStated()
    {
        var evaluation = Evaluator.Evaluate(NewGraduate(), Fixture.Posting("ERO-FIXTURE-10000001-DH"), AsOf);

        Assert.Equal(49025m, Assert.Single(evaluation.Pay).Minimum);
        Assert.Contains("The posting's pay: $49,025–$100,000 PA.", evaluation.Notes);
    }

    [Fact]
    public void Evaluate_MatchedPosting_AddsTheLibrarysPayEstimateBesideTheRange()
    {
        var evaluation = Evaluator.Evaluate(NewGraduate(), Fixture.Posting("ERO-FIXTURE-10000001-DH"), AsOf);
        var estimator = new IceCareers.Pay.PayEstimator(CareerCatalog.Default);

        Assert.Equal([Gl(5), Gl(9)], evaluation.PayEstimates.Select(e => e.Grade));
        var low = estimator.Estimate("deportation-officer", Gl(5), 1, evaluation.PayEstimates[0].Locality, AsOf);
        Assert.Equal(low.AdjustedPay, evaluation.PayEstimates[0].AdjustedPay);
        Assert.Contains(evaluation.Notes, n => n.StartsWith("The library's estimate (base pay plus locality, step 1, 2026 tables): GL-5 $", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_GradeOutsideTheCatalogsEntryGrades_IsNamedAndNotEvaluated()
    {
        var posting = Fixture.Posting("ICE-FIXTURE-10000003-MA");

        var evaluation = Evaluator.Evaluate(NewGraduate(), posting, AsOf);

        Assert.Equal("program-analyst", evaluation.Match.RoleId);
        Assert.Equal([new PayGrade(PayPlan.GS, 9), new PayGrade(PayPlan.GS, 11)], evaluation.OfferedGrades);
        Assert.Equal([new PayGrade(PayPlan.GS, 7)], evaluation.EntryGradesNotOffered);
        Assert.Empty(evaluation.GradesNotInCatalog);
    }

    [Fact]
    public void Evaluate_PostingGradesBeyondTheEntryGrades_AreNamed()
    {
        var posting = new Announcement
        {
            PositionId = "ERO-TEST-11-12",
            Title = "Deportation Officer",
            OrganizationName = "U.S. Immigration and Customs Enforcement",
            Series = ["1801"],
            PayPlans = ["GS"],
            LowGrade = "11",
            HighGrade = "12",
        };

        var evaluation = Evaluator.Evaluate(NewGraduate(), posting, AsOf);

        Assert.Equal([new PayGrade(PayPlan.GS, 11), new PayGrade(PayPlan.GS, 12)], evaluation.GradesNotInCatalog);
        Assert.Equal(Verdict.NeedsReview, Education(evaluation.Report!).Verdict);
        Assert.Contains(evaluation.Notes, n => n.StartsWith("The posting offers GS-11, which the catalog does not list as an entry grade", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_UnmatchedPosting_HasNoReportButStillItsDates()
    {
        var evaluation = Evaluator.Evaluate(NewGraduate(), Fixture.Posting("CBP-FIXTURE-10000004"), AsOf);

        Assert.Null(evaluation.Report);
        Assert.Null(evaluation.Match.Role);
        Assert.True(evaluation.IsOpen);
    }

    [Fact]
    public void List_WithoutProfile_ListsEveryPostingWithGradesAndStatus()
    {
        var listings = Evaluator.List(Fixture.Read("ice-search-result.json").Announcements, null, AsOf);

        Assert.Equal(6, listings.Count);
        Assert.Equal(["GL-5", "GL-7", "GL-9"], listings[0].Grades);
        Assert.Equal(["GL-9"], listings[1].Grades);
        Assert.Equal(["GL-5", "GL-9"], listings[3].Grades);
        Assert.Null(listings[3].RoleId);
        Assert.False(listings[4].Open);
        Assert.All(listings, l => Assert.Null(l.Report));
    }

    [Fact]
    public void List_WithProfile_ReportsOnMatchedPostingsOnly()
    {
        var listings = Evaluator.List(Fixture.Read("ice-search-result.json").Announcements, NewGraduate(), AsOf);

        Assert.Equal([true, true, true, false, true, false], listings.Select(l => l.Report is not null));
        Assert.Equal(Outcome.Ineligible, listings[1].Report!.Outcome);
    }

    private static PayGrade Gl(int grade) => new(PayPlan.GL, grade);

    private static RequirementResult Education(EligibilityReport report) => report.Results.Single(r => r.Kind == RequirementKind.EducationExperience);
}
