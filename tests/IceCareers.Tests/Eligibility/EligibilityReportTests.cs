using System.Text.Json;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Requirements;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>The report as a whole: outcome rule, gaps, missing information, warnings, ordering, options and JSON.</summary>
public sealed class EligibilityReportTests
{
    private const string Hsi = "hsi-special-agent";

    [Fact]
    public void Evaluate_CompleteProfile_EligibleWithEveryRequirementOfTheRoleInOrder()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder(), Hsi);

        Assert.Equal(Outcome.Eligible, report.Outcome);
        Assert.Equal(CareerCatalog.Default.GetRole(Hsi).RequirementIds, report.Results.Select(r => r.RequirementId));
        Assert.All(report.Results, r => Assert.NotEmpty(r.Sources));
        Assert.All(report.Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Empty(report.Gaps);
        Assert.Empty(report.MissingInformation);
        Assert.Equal(Hsi, report.RoleId);
        Assert.Equal("Special Agent (Criminal Investigator)", report.RoleTitle);
        Assert.Equal(CareerCatalog.Default.Version, report.DataVersion);
        Assert.Equal(Evaluation.AsOf, report.AsOf);
        Assert.Equal(ScreeningPolicy.Strict, report.Policy);
    }

    [Fact]
    public void Evaluate_NotMetAndReviewAndUnknown_NotMetWins()
    {
        var profile = new ProfileBuilder
        {
            DriversLicense = false,
            DateOfBirth = null,
            History = new History { Convictions = [new Conviction { Category = ConvictionCategory.Felony }], DrugUse = [] },
        };

        Assert.Equal(Outcome.Ineligible, Evaluation.Evaluate(profile, Hsi, policy: ScreeningPolicy.Suitability).Outcome);
    }

    [Fact]
    public void Evaluate_ReviewAndUnknown_NeedsReviewWins()
    {
        var profile = new ProfileBuilder
        {
            DateOfBirth = null,
            History = new History { Convictions = [new Conviction { Category = ConvictionCategory.Felony }], DrugUse = [] },
        };

        var report = Evaluation.Evaluate(profile, Hsi, policy: ScreeningPolicy.Suitability);

        Assert.Equal(Outcome.NeedsReview, report.Outcome);
        Assert.Equal(["dateOfBirth"], report.MissingInformation);
    }

    [Fact]
    public void Evaluate_EveryNotMetAndUnknown_HasExactlyOneGap()
    {
        var profile = ProfileBuilder.Empty();
        profile.Citizenship = Citizenship.Other;
        profile.DriversLicense = false;

        var report = Evaluation.Evaluate(profile, Hsi);

        var expected = report.Results.Where(r => r.Verdict is Verdict.NotMet or Verdict.Unknown).Select(r => r.RequirementId);
        Assert.Equal(expected, report.Gaps.Select(g => g.RequirementId));
        Assert.Equal(Outcome.Ineligible, report.Outcome);
    }

    [Fact]
    public void Evaluate_EmptyProfile_IncompleteAndListsEveryMissingFieldOnce()
    {
        var report = Evaluation.Evaluate(new CandidateProfile(), Hsi);

        Assert.Equal(Outcome.Incomplete, report.Outcome);
        Assert.Equal(
            ["citizenship", "dateOfBirth", "education", "experience", "driversLicense", "sex", "selectiveService", "history.convictions", "history.drugUse"],
            report.MissingInformation);
        Assert.DoesNotContain(report.Results, r => r.Verdict == Verdict.NotMet);
    }

    [Theory]
    [InlineData("immigration-enforcement-agent")] // legacy, successor deportation-officer
    [InlineData("intelligence-officer")]          // low-confidence sources
    [InlineData("program-manager")]               // medium-confidence sources
    public void Evaluate_RoleWarnings_LeadTheReportsWarnings(string roleId)
    {
        // The words are the explanation writer's (ExplanationWriterTests.RoleWarnings_*); here: every report carries them, first.
        var expected = new IceCareers.Eligibility.Explanations.ExplanationWriter(CareerCatalog.Default).RoleWarnings(CareerCatalog.Default.GetRole(roleId));

        var report = Evaluation.Evaluate(new ProfileBuilder(), roleId);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, report.Warnings.Take(expected.Length));
    }

    [Fact]
    public void Evaluate_WellSourcedRoleBeforeRuleChange_NoWarnings()
    {
        Assert.Empty(Evaluation.Evaluate(new ProfileBuilder(), Hsi, new DateOnly(2025, 6, 1)).Warnings);
    }

    [Fact]
    public void Evaluate_UnknownRole_RoleNotFoundNamingKnownIds()
    {
        var error = Assert.Throws<RoleNotFoundException>(() => Evaluation.Evaluate(new ProfileBuilder(), "border-patrol-agent"));

        Assert.Equal("border-patrol-agent", error.RoleId);
        Assert.Contains("deportation-officer", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
    }

    [Fact]
    public void Evaluate_NoDate_UsesLocalDateOfTimeProvider()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default, new EligibilityOptions { TimeProvider = new FixedTimeProvider(new DateOnly(2025, 8, 5)) });

        var report = evaluator.Evaluate(new ProfileBuilder { DateOfBirth = new DateOnly(2006, 1, 1) }.Build(), Hsi);

        Assert.Equal(new DateOnly(2025, 8, 5), report.AsOf);
        Assert.Equal(Verdict.NotMet, report.Result("age-criminal-investigator").Verdict);
        Assert.All(evaluator.EvaluateAll(new CandidateProfile()), r => Assert.Equal(new DateOnly(2025, 8, 5), r.AsOf));
    }

    [Fact]
    public void EligibilityOptions_Defaults_StrictAndSystemClock()
    {
        var options = new EligibilityOptions();

        Assert.Equal(ScreeningPolicy.Strict, options.Policy);
        Assert.Same(TimeProvider.System, options.TimeProvider);
        Assert.Equal(ScreeningPolicy.Strict, new EligibilityEvaluator(CareerCatalog.Default).Options.Policy);
        Assert.Throws<ArgumentNullException>(() => new EligibilityOptions { TimeProvider = null! });
    }

    [Fact]
    public void EvaluateAll_AnyProfile_EveryRoleBestFirst()
    {
        var profile = CandidateProfile.FromYaml(File.ReadAllText(Repository.PathOf("samples", "profiles", "veteran-over-age-limit.yaml")));

        var reports = Evaluation.For(ScreeningPolicy.Strict).EvaluateAll(profile, new DateOnly(2025, 6, 1));

        Assert.Equal(CareerCatalog.Default.Roles.Select(r => r.Id).Order(), reports.Select(r => r.RoleId).Order());
        for (var i = 1; i < reports.Count; i++)
        {
            var (a, b) = (reports[i - 1], reports[i]);
            Assert.True(a.Outcome <= b.Outcome);
            if (a.Outcome == b.Outcome)
            {
                Assert.True((a.HighestQualifyingGrade?.Grade ?? 0) >= (b.HighestQualifyingGrade?.Grade ?? 0));
                if (a.HighestQualifyingGrade?.Grade == b.HighestQualifyingGrade?.Grade)
                {
                    Assert.True(a.Gaps.Count <= b.Gaps.Count);
                }
            }
        }

        Assert.Equal(Outcome.Eligible, reports[0].Outcome);
        Assert.Equal("program-manager", reports[^1].RoleId);
    }

    [Fact]
    public void Report_JsonWithContext_RoundTripsLosslessly()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { DateOfBirth = null, Fitness = new FitnessResults { SitUps = 10 } }, Hsi);

        var json = JsonSerializer.Serialize(report, IceCareersJsonContext.Default.EligibilityReport);
        var again = JsonSerializer.Deserialize(json, IceCareersJsonContext.Default.EligibilityReport)!;

        Assert.Equal(json, JsonSerializer.Serialize(again, IceCareersJsonContext.Default.EligibilityReport));
        Assert.Contains("\"verdict\": \"NotMet\"", json, StringComparison.Ordinal);
        Assert.Contains("\"highestQualifyingGrade\": \"GL-9\"", json, StringComparison.Ordinal);
        Assert.Equal(report.Gaps.Count, again.Gaps.Count);
    }

    [Fact]
    public void Report_ToString_SummarizesOutcome()
    {
        Assert.Equal(
            "hsi-special-agent: Eligible (as of 2026-01-15, Strict policy, data " + CareerCatalog.Default.Version + "), highest qualifying grade GL-9",
            Evaluation.Evaluate(new ProfileBuilder(), Hsi).ToString());
    }

    [Fact]
    public void Evaluate_Kinds_ResultsCarryKindAndCategoryOfTheirRequirement()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder(), "deportation-officer");

        Assert.Equal(RequirementKind.Language, report.Result("spanish-ero").Kind);
        Assert.Equal(RequirementCategory.Advisory, report.Result("spanish-ero").Category);
        Assert.Equal(RequirementKind.DomesticViolenceBar, report.Result("lautenberg").Kind);
        Assert.Equal(RequirementCategory.Bar, report.Result("lautenberg").Category);
    }
}
