using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>The screening policy chosen per call (issue 16): one evaluator serves both policies.</summary>
public sealed class EligibilityEvaluatorTests
{
    private static ProfileBuilder WithFelony() =>
        new() { History = new History { Convictions = [new Conviction { Category = ConvictionCategory.Felony, Date = new DateOnly(2015, 1, 1) }], DrugUse = [] } };

    [Theory]
    [InlineData(ScreeningPolicy.Strict)]
    [InlineData(ScreeningPolicy.Suitability)]
    public void Evaluate_PolicyPerCall_SameAsAnEvaluatorWithThatDefault(ScreeningPolicy policy)
    {
        var shared = new EligibilityEvaluator(CareerCatalog.Default);
        var profile = WithFelony().Build();

        foreach (var role in CareerCatalog.Default.Roles)
        {
            var perCall = shared.Evaluate(profile, role.Id, Evaluation.AsOf, policy);
            var byDefault = Evaluation.For(policy).Evaluate(profile, role.Id, Evaluation.AsOf);

            Assert.Equal(byDefault.Outcome, perCall.Outcome);
            Assert.Equal(policy, perCall.Policy);
            Assert.Equal(byDefault.Results.Select(r => (r.RequirementId, r.Verdict)), perCall.Results.Select(r => (r.RequirementId, r.Verdict)));
        }
    }

    [Fact]
    public void EvaluateAll_PolicyPerCall_OverridesTheEvaluatorsDefault()
    {
        var strictByDefault = new EligibilityEvaluator(CareerCatalog.Default, new EligibilityOptions { Policy = ScreeningPolicy.Strict });
        var profile = WithFelony().Build();

        var strict = strictByDefault.EvaluateAll(profile, Evaluation.AsOf);
        var suitability = strictByDefault.EvaluateAll(profile, Evaluation.AsOf, ScreeningPolicy.Suitability);

        Assert.All(strict, r => Assert.Equal(ScreeningPolicy.Strict, r.Policy));
        Assert.All(suitability, r => Assert.Equal(ScreeningPolicy.Suitability, r.Policy));
        Assert.All(strict, r => Assert.Equal(Verdict.NotMet, r.Result("criminal-history").Verdict));
        Assert.All(suitability, r => Assert.Equal(Verdict.NeedsReview, r.Result("criminal-history").Verdict));
    }

    [Fact]
    public void Evaluate_UndefinedPolicy_ThrowsArgumentOutOfRange()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.Evaluate(new ProfileBuilder().Build(), "deportation-officer", Evaluation.AsOf, (ScreeningPolicy)9));

        Assert.Equal("policy", error.ParamName);
    }
}
