using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.1, decided by the rule alone.</summary>
public sealed class CitizenshipCheckTests
{
    private static readonly CitizenshipCheck Rule = new(Rules.Requirement<CitizenshipRequirement>("citizenship"));

    [Fact]
    public void Decide_UsCitizen_MetWithTheStatus()
    {
        var finding = Rule.Decide(new CandidateProfile { Citizenship = Citizenship.UsCitizen }, Rules.Context());

        Assert.Equal(new CitizenshipFinding(Verdict.Met, Citizenship.UsCitizen), finding);
        Assert.Equal(0, finding.Unknown.Count);
    }

    [Theory]
    [InlineData(Citizenship.UsNational)]
    [InlineData(Citizenship.LawfulPermanentResident)]
    [InlineData(Citizenship.Other)]
    public void Decide_OtherStatus_NotMetAndRemediable(Citizenship status)
    {
        var finding = Rule.Decide(new CandidateProfile { Citizenship = status }, Rules.Context());

        Assert.Equal(Verdict.NotMet, finding.Verdict);
        Assert.Equal(status, finding.Stated);
        Assert.True(finding.Remediable);
        Assert.Null(finding.EarliestDate);
    }

    [Fact]
    public void Decide_NotStated_UnknownAskingForCitizenship()
    {
        var finding = Rule.Decide(new CandidateProfile(), Rules.Context());

        Assert.Equal(Verdict.Unknown, finding.Verdict);
        Assert.Equal(["citizenship"], Rules.Paths(finding.Unknown));
    }

    [Fact]
    public void Decide_RequirementAcceptingNationals_NationalMet()
    {
        // The accepted statuses are data: a requirement that accepts nationals meets them.
        var requirement = new CitizenshipRequirement
        {
            Id = "citizenship-or-national", Category = RequirementCategory.Qualification, Title = "t", Sources = ["s"],
            AcceptedCitizenship = [Citizenship.UsCitizen, Citizenship.UsNational],
        };

        var finding = new CitizenshipCheck(requirement).Decide(new CandidateProfile { Citizenship = Citizenship.UsNational }, Rules.Context());

        Assert.Equal(Verdict.Met, finding.Verdict);
    }
}
