using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.7 (strict: the seed's rule; suitability: 5 CFR 731.202), decided by the rule alone.</summary>
public sealed class HistoryCheckTests
{
    private static readonly HistoryCheck Criminal = new(Rules.Requirement<CriminalHistoryRequirement>("criminal-history"));
    private static readonly HistoryCheck Drugs = new(Rules.Requirement<DrugHistoryRequirement>("drug-history"));

    private static CandidateProfile WithConvictions(params Conviction?[] convictions) => new() { History = new History { Convictions = convictions! } };

    [Theory]
    [InlineData(ScreeningPolicy.Strict, Verdict.NotMet)]
    [InlineData(ScreeningPolicy.Suitability, Verdict.NeedsReview)]
    public void Decide_Conviction_VerdictFollowsThePolicy(ScreeningPolicy policy, Verdict expected)
    {
        var finding = Criminal.Decide(WithConvictions(new Conviction { Category = ConvictionCategory.Felony }), Rules.Context(policy: policy));

        Assert.Equal(new HistoryFinding(expected, HistoryCase.Record, Policy: policy), finding);
        Assert.False(finding.Remediable);
    }

    [Theory]
    [InlineData(ScreeningPolicy.Strict, Verdict.NotMet)]
    [InlineData(ScreeningPolicy.Suitability, Verdict.NeedsReview)]
    public void Decide_PriorDrugUse_VerdictFollowsThePolicy(ScreeningPolicy policy, Verdict expected)
    {
        var profile = new CandidateProfile { History = new History { DrugUse = [new DrugUse { Substance = "marijuana" }] } };

        // The whole finding: the policy and the branch, nothing of what was used or when.
        Assert.Equal(new HistoryFinding(expected, HistoryCase.Record, Policy: policy), Drugs.Decide(profile, Rules.Context(policy: policy)));
    }

    [Fact]
    public void Decide_EmptyLists_Met()
    {
        var profile = new CandidateProfile { History = new History { Convictions = [], DrugUse = [] } };

        Assert.Equal(new HistoryFinding(Verdict.Met, HistoryCase.None), Criminal.Decide(profile, Rules.Context()));
        Assert.Equal(new HistoryFinding(Verdict.Met, HistoryCase.None), Drugs.Decide(profile, Rules.Context()));
    }

    [Fact]
    public void Decide_NotStated_UnknownAskingForTheField()
    {
        var profile = new CandidateProfile();

        Assert.Equal(["history.convictions"], Rules.Paths(Criminal.Decide(profile, Rules.Context()).Unknown));
        Assert.Equal(["history.drugUse"], Rules.Paths(Drugs.Decide(profile, Rules.Context()).Unknown));
        Assert.Equal(HistoryCase.NotStated, Drugs.Decide(profile, Rules.Context()).Case);
    }

    [Fact]
    public void Decide_ConvictionWithoutCategoryWhenEveryCategoryCounts_CountsAsARecord()
    {
        // The data's criminal-history requirement counts every category, so an uncategorized conviction counts.
        Assert.Equal(HistoryCase.Record, Criminal.Decide(WithConvictions(new Conviction()), Rules.Context()).Case);
    }

    [Fact]
    public void Decide_RequirementCountingFelonies_MisdemeanorNotCountedAndUncategorizedUnknown()
    {
        var felonies = new HistoryCheck(new CriminalHistoryRequirement
        {
            Id = "felonies", Category = RequirementCategory.Bar, Title = "t", Sources = ["s"],
            ConvictionCategories = [ConvictionCategory.Felony],
            Policies = new HistoryPolicies { Strict = HistoryResponse.Disqualifies, Suitability = HistoryResponse.NeedsReview },
            ReviewFactors = ["seriousness"],
        });

        Assert.Equal(HistoryCase.NoneCounted, felonies.Decide(WithConvictions(new Conviction { Category = ConvictionCategory.Misdemeanor }), Rules.Context()).Case);
        var unknown = felonies.Decide(WithConvictions(new Conviction { Category = ConvictionCategory.Misdemeanor }, new Conviction()), Rules.Context());
        Assert.Equal((Verdict.Unknown, HistoryCase.Uncategorized), (unknown.Verdict, unknown.Case));
        Assert.Equal(["history.convictions[1].category"], Rules.Paths(unknown.Unknown));
    }

    [Fact]
    public void Decide_PolicyThatIgnoresRecords_RecordMet()
    {
        var lenient = new HistoryCheck(new DrugHistoryRequirement
        {
            Id = "lenient", Category = RequirementCategory.Bar, Title = "t", Sources = ["s"],
            Policies = new HistoryPolicies { Strict = HistoryResponse.Disqualifies, Suitability = HistoryResponse.Acceptable },
            ReviewFactors = [],
        });
        var profile = new CandidateProfile { History = new History { DrugUse = [new DrugUse()] } };

        Assert.Equal(Verdict.Met, lenient.Decide(profile, Rules.Context(policy: ScreeningPolicy.Suitability)).Verdict);
    }
}
