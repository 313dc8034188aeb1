using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.4, decided by the rule alone.</summary>
public sealed class DriversLicenseCheckTests
{
    private static readonly DriversLicenseCheck Rule = new(Rules.Requirement<DriversLicenseRequirement>("drivers-license"));

    [Theory]
    [InlineData(true, Verdict.Met)]
    [InlineData(false, Verdict.NotMet)]
    public void Decide_Stated_VerdictFollowsTheFact(bool holds, Verdict expected)
    {
        var finding = Rule.Decide(new CandidateProfile { DriversLicense = holds }, Rules.Context());

        Assert.Equal(new DriversLicenseFinding(expected, holds), finding);
        Assert.True(finding.Remediable);
        Assert.Equal(0, finding.Unknown.Count);
    }

    [Fact]
    public void Decide_NotStated_UnknownAskingForTheLicense()
    {
        var finding = Rule.Decide(new CandidateProfile(), Rules.Context());

        Assert.Equal(Verdict.Unknown, finding.Verdict);
        Assert.Equal(["driversLicense"], Rules.Paths(finding.Unknown));
    }
}
