using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.8, conditions decided later.</summary>
public sealed class ConditionCheckTests
{
    [Theory]
    [InlineData("drug-test")]
    [InlineData("medical-exam")]
    [InlineData("probationary-period")]
    public void Decide_AnyProfile_PendingWithNothingAsked(string id)
    {
        var rule = new ConditionCheck(Rules.Requirement<ConditionRequirement>(id));

        var finding = rule.Decide(Rules.Profile(), Rules.Context());

        Assert.Equal(Verdict.Pending, finding.Verdict);
        Assert.Equal(0, finding.Unknown.Count);
        Assert.Same(rule.Requirement.Sources, rule.SourcesOf(finding.Basis));
    }
}
