using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.6 (18 U.S.C. 922(g)(9)), decided by the rule alone.</summary>
public sealed class DomesticViolenceBarCheckTests
{
    private static readonly DomesticViolenceBarCheck Rule = new(Rules.Requirement<DomesticViolenceBarRequirement>("lautenberg"));

    private static DomesticViolenceFinding Decide(params Conviction?[]? convictions) =>
        Rule.Decide(new CandidateProfile { History = convictions is null ? new History() : new History { Convictions = convictions! } }, Rules.Context());

    [Fact]
    public void Decide_ConvictionsNotStated_UnknownAskingForThem()
    {
        var finding = Decide(null);

        Assert.Equal((Verdict.Unknown, BarCase.NotStated), (finding.Verdict, finding.Case));
        Assert.Equal(["history.convictions"], Rules.Paths(finding.Unknown));
    }

    [Fact]
    public void Decide_NoConvictions_Met()
    {
        Assert.Equal(new DomesticViolenceFinding(Verdict.Met, BarCase.None), Decide());
    }

    [Fact]
    public void Decide_OnlyOtherConvictions_MetLeavingThemToCriminalHistory()
    {
        var finding = Decide(new Conviction { Category = ConvictionCategory.Felony });

        Assert.Equal(new DomesticViolenceFinding(Verdict.Met, BarCase.OtherOnly), finding);
    }

    [Fact]
    public void Decide_DomesticViolenceConviction_NotMetAndNotRemediable()
    {
        var finding = Decide(new Conviction { Category = ConvictionCategory.Misdemeanor }, new Conviction { Category = ConvictionCategory.DomesticViolenceMisdemeanor });

        Assert.Equal((Verdict.NotMet, BarCase.Barred), (finding.Verdict, finding.Case));
        Assert.False(finding.Remediable);
    }

    [Fact]
    public void Decide_BarredConvictionAfterAnUncategorizedOne_NotMet()
    {
        // A known bar decides, whatever else is unknown.
        var finding = Decide(new Conviction(), new Conviction { Category = ConvictionCategory.DomesticViolenceMisdemeanor });

        Assert.Equal(Verdict.NotMet, finding.Verdict);
    }

    [Fact]
    public void Decide_UncategorizedConvictions_UnknownAskingForEachCategory()
    {
        var finding = Decide(new Conviction(), new Conviction { Category = ConvictionCategory.Felony }, null);

        Assert.Equal((Verdict.Unknown, BarCase.Uncategorized), (finding.Verdict, finding.Case));
        Assert.Equal(["history.convictions[0].category", "history.convictions[2].category"], Rules.Paths(finding.Unknown));
        Assert.True(finding.Remediable);
    }
}
