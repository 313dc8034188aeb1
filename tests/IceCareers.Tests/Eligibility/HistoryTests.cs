using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>rules.md §2.6 and §2.7: the Lautenberg bar and criminal and drug history under each screening policy.</summary>
public sealed class HistoryTests
{
    private const string Hsi = "hsi-special-agent";
    private const string Analyst = "program-analyst";

    private static ProfileBuilder WithConvictions(params ConvictionCategory?[] categories) =>
        new() { History = new History { Convictions = categories.Select(c => new Conviction { Category = c, Date = new DateOnly(2015, 1, 1) }).ToList(), DrugUse = [] } };

    [Theory]
    [InlineData(ScreeningPolicy.Strict)]
    [InlineData(ScreeningPolicy.Suitability)]
    public void Evaluate_DomesticViolenceConviction_LautenbergBarsUnderEveryPolicy(ScreeningPolicy policy)
    {
        var report = Evaluation.Evaluate(WithConvictions(ConvictionCategory.DomesticViolenceMisdemeanor), Hsi, policy: policy);

        var result = report.Result("lautenberg");
        Assert.Equal(Verdict.NotMet, result.Verdict);
        Assert.False(report.Gap("lautenberg").IsRemediable);
        Assert.Equal(Outcome.Ineligible, report.Outcome);
    }

    [Fact]
    public void Evaluate_FelonyOnly_LautenbergMetCriminalHistoryNotMetUnderStrict()
    {
        var report = Evaluation.Evaluate(WithConvictions(ConvictionCategory.Felony), Hsi);

        Assert.Equal(Verdict.Met, report.Result("lautenberg").Verdict);
        Assert.Equal(Verdict.NotMet, report.Result("criminal-history").Verdict);
        Assert.False(report.Gap("criminal-history").IsRemediable);
        Assert.Contains("seed-automatic-disqualification", report.Result("criminal-history").Sources);
    }

    [Fact]
    public void Evaluate_ConvictionWithoutCategory_LautenbergUnknownCriminalHistoryCounts()
    {
        var report = Evaluation.Evaluate(WithConvictions([null]), Hsi);

        Assert.Equal(Verdict.Unknown, report.Result("lautenberg").Verdict);
        Assert.Equal(["history.convictions[0].category"], report.Result("lautenberg").MissingInformation);
        Assert.Equal(Verdict.NotMet, report.Result("criminal-history").Verdict);
    }

    [Fact]
    public void Evaluate_NonArmedRole_NoLautenbergRequirement()
    {
        var report = Evaluation.Evaluate(WithConvictions(ConvictionCategory.DomesticViolenceMisdemeanor), Analyst, policy: ScreeningPolicy.Suitability);

        Assert.DoesNotContain(report.Results, r => r.RequirementId == "lautenberg");
        Assert.Equal(Outcome.NeedsReview, report.Outcome);
    }

    [Theory]
    [InlineData(ScreeningPolicy.Strict, Verdict.NotMet, Outcome.Ineligible)]
    [InlineData(ScreeningPolicy.Suitability, Verdict.NeedsReview, Outcome.NeedsReview)]
    public void Evaluate_Misdemeanor_VerdictFollowsPolicy(ScreeningPolicy policy, Verdict verdict, Outcome outcome)
    {
        var report = Evaluation.Evaluate(WithConvictions(ConvictionCategory.Misdemeanor), Hsi, policy: policy);

        var result = report.Result("criminal-history");
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(outcome, report.Outcome);
        Assert.Equal(policy, report.Policy);
        if (verdict == Verdict.NeedsReview)
        {
            Assert.DoesNotContain(report.Gaps, g => g.RequirementId == "criminal-history");
        }
    }

    [Theory]
    [InlineData(ScreeningPolicy.Strict, Verdict.NotMet)]
    [InlineData(ScreeningPolicy.Suitability, Verdict.NeedsReview)]
    public void Evaluate_PriorDrugUse_VerdictFollowsPolicy(ScreeningPolicy policy, Verdict expected)
    {
        var profile = new ProfileBuilder { History = new History { Convictions = [], DrugUse = [new DrugUse { Substance = "marijuana", LastUse = new DateOnly(2014, 6, 1) }] } };

        var result = Evaluation.ResultOf(profile, Analyst, "drug-history", policy: policy);

        Assert.Equal(expected, result.Verdict);
    }

    [Theory]
    [InlineData(ScreeningPolicy.Strict)]
    [InlineData(ScreeningPolicy.Suitability)]
    public void Evaluate_NoRecord_MetUnderEveryPolicy(ScreeningPolicy policy)
    {
        var report = Evaluation.Evaluate(new ProfileBuilder(), Hsi, policy: policy);

        Assert.Equal(Verdict.Met, report.Result("criminal-history").Verdict);
        Assert.Equal(Verdict.Met, report.Result("drug-history").Verdict);
        Assert.Equal(Verdict.Met, report.Result("lautenberg").Verdict);
    }

    [Fact]
    public void Evaluate_HistoryLeftOut_EveryHistoryBarUnknown()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { History = null }, Hsi);

        Assert.Equal(Verdict.Unknown, report.Result("lautenberg").Verdict);
        Assert.Equal(Verdict.Unknown, report.Result("criminal-history").Verdict);
        Assert.Equal(Verdict.Unknown, report.Result("drug-history").Verdict);
        Assert.Equal(["history.convictions", "history.drugUse"], report.MissingInformation);
        Assert.Equal(Outcome.Incomplete, report.Outcome);
    }

    [Fact]
    public void Evaluate_ConvictionsStatedDrugUseLeftOut_OnlyDrugHistoryUnknown()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { History = new History { Convictions = [] } }, Hsi);

        Assert.Equal(Verdict.Met, report.Result("criminal-history").Verdict);
        Assert.Equal(Verdict.Unknown, report.Result("drug-history").Verdict);
        Assert.Equal(["history.drugUse"], report.MissingInformation);
    }
}
