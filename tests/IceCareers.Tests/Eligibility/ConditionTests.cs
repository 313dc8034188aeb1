using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Requirements;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>rules.md §2.8 and §2.9: conditions of employment (pending unless judged) and the dated Spanish advisory.</summary>
public sealed class ConditionTests
{
    private const string Hsi = "hsi-special-agent";
    private const string Ero = "deportation-officer";
    private const string Fitness = "fitness-test-hsi";

    private static FitnessResults Passing(int sitUps = 32, int pushUps = 22, decimal sprint = 47.73m, decimal run = 865) =>
        new() { SitUps = sitUps, PushUps = pushUps, Sprint220YardsSeconds = sprint, Run1_5MileSeconds = run };

    [Fact]
    public void Evaluate_ConditionsWithoutData_PendingAndNotBlocking()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder(), Hsi);

        foreach (var id in new[] { "drug-test", "medical-exam", "background-investigation-polygraph", "basic-training-completion", "probationary-period", Fitness })
        {
            Assert.Equal(Verdict.Pending, report.Result(id).Verdict);
            Assert.Equal(RequirementCategory.ConditionOfEmployment, report.Result(id).Category);
        }

        Assert.Equal(Outcome.Eligible, report.Outcome);
    }

    [Fact]
    public void Evaluate_FitnessResultsExactlyAtEveryPassMark_Met()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { Fitness = Passing() }, Hsi);

        Assert.Equal(Verdict.Met, report.Result(Fitness).Verdict);
        Assert.Equal(Outcome.Eligible, report.Outcome);
    }

    [Theory]
    [InlineData(31, 22, "47.73", "865")]
    [InlineData(32, 21, "47.73", "865")]
    [InlineData(32, 22, "47.74", "865")]
    [InlineData(32, 22, "47.73", "866")]
    public void Evaluate_OneEventShort_NotMet(int sitUps, int pushUps, string sprint, string run)
    {
        var results = Passing(sitUps, pushUps, decimal.Parse(sprint, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(run, System.Globalization.CultureInfo.InvariantCulture));

        var report = Evaluation.Evaluate(new ProfileBuilder { Fitness = results }, Hsi);

        Assert.Equal(Verdict.NotMet, report.Result(Fitness).Verdict);
        Assert.True(report.Gap(Fitness).IsRemediable);
        Assert.Equal(Outcome.Ineligible, report.Outcome);
    }

    [Fact]
    public void Evaluate_SomeEventsUntestedNoneShort_StillPending()
    {
        var result = Evaluation.ResultOf(new ProfileBuilder { Fitness = new FitnessResults { SitUps = 40 } }, Hsi, Fitness);

        Assert.Equal(Verdict.Pending, result.Verdict);
    }

    [Fact]
    public void Evaluate_EroFitnessTestWithResults_PendingBecauseNoPassMarksArePublished()
    {
        Assert.Equal(Verdict.Pending, Evaluation.ResultOf(new ProfileBuilder { Fitness = Passing(sitUps: 1) }, Ero, "fitness-test-ero").Verdict);
    }

    [Theory]
    [InlineData(LanguageProficiency.Professional, Verdict.Met)]
    [InlineData(LanguageProficiency.Native, Verdict.Met)]
    [InlineData(LanguageProficiency.LimitedWorking, Verdict.NotMet)]
    public void Evaluate_SpanishOnLastDayOfCourseRule_TestOutAtProfessional(LanguageProficiency proficiency, Verdict expected)
    {
        var profile = new ProfileBuilder { Languages = [new LanguageSkill { Language = "spanish", Proficiency = proficiency }] };

        var report = Evaluation.Evaluate(profile, Ero, new DateOnly(2025, 7, 31));

        var result = report.Result("spanish-ero");
        Assert.Equal(expected, result.Verdict);
        Assert.Equal(RequirementCategory.Advisory, result.Category);
        Assert.Equal(Outcome.Eligible, report.Outcome);
        if (expected == Verdict.NotMet)
        {
            Assert.Equal(new DateOnly(2025, 8, 1), report.Gap("spanish-ero").EarliestDate);
        }
    }

    [Fact]
    public void Evaluate_NoSpanishFromAugust2025_NotApplicableAndValuable()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { Languages = [] }, Ero, new DateOnly(2025, 8, 1));

        var result = report.Result("spanish-ero");
        Assert.Equal(Verdict.NotApplicable, result.Verdict);
        Assert.Contains("intercept-spanish-2025", result.Sources);
    }

    [Fact]
    public void Evaluate_LanguagesUnknownWhileCourseRequired_UnknownButNotBlocking()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { Languages = null }, Ero, new DateOnly(2025, 7, 31));

        Assert.Equal(Verdict.Unknown, report.Result("spanish-ero").Verdict);
        Assert.Equal(["languages"], report.MissingInformation);
        Assert.Equal(Outcome.Eligible, report.Outcome);
    }

    [Fact]
    public void Evaluate_SpecialAgent_HasNoSpanishAdvisory()
    {
        Assert.DoesNotContain(Evaluation.Evaluate(new ProfileBuilder(), Hsi).Results, r => r.Kind == RequirementKind.Language);
    }
}
