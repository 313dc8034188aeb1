using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.8, the HSI physical fitness test (ICE: 32 sit-ups, 22 push-ups, 220 yards in 47.73 s, 1.5 miles in 14:25).</summary>
public sealed class FitnessTestCheckTests
{
    private static readonly FitnessTestCheck Rule = new(Rules.Requirement<FitnessTestRequirement>("fitness-test-hsi"));

    private static FitnessFinding Decide(int? sitUps, int? pushUps, decimal? sprint, decimal? run) =>
        Rule.Decide(new CandidateProfile { Fitness = new FitnessResults { SitUps = sitUps, PushUps = pushUps, Sprint220YardsSeconds = sprint, Run1_5MileSeconds = run } }, Rules.Context());

    [Fact]
    public void Decide_NoResults_PendingWithoutScores()
    {
        Assert.Equal(new FitnessFinding(Verdict.Pending, null), Rule.Decide(new CandidateProfile(), Rules.Context()));
    }

    [Fact]
    public void Decide_EveryPassMarkExactly_Met()
    {
        var finding = Decide(32, 22, 47.73m, 865);

        Assert.Equal(Verdict.Met, finding.Verdict);
        Assert.Equal(new FitnessScores(32, 22, 47.73m, 865), finding.Scores);
    }

    [Theory]
    [InlineData(31, 22, "47.73", "865")]
    [InlineData(32, 21, "47.73", "865")]
    [InlineData(32, 22, "47.74", "865")]
    [InlineData(32, 22, "47.73", "866")]
    public void Decide_OneEventShort_NotMet(int sitUps, int pushUps, string sprint, string run)
    {
        var finding = Decide(sitUps, pushUps, decimal.Parse(sprint, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(run, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Verdict.NotMet, finding.Verdict);
        Assert.True(finding.Remediable);
    }

    [Fact]
    public void Decide_NoneShortSomeUntested_Pending()
    {
        Assert.Equal(Verdict.Pending, Decide(40, 30, null, null).Verdict);
    }

    [Fact]
    public void Decide_ShortAndUntested_NotMet()
    {
        Assert.Equal(Verdict.NotMet, Decide(10, null, null, null).Verdict);
    }

    [Theory]
    [InlineData(FitnessEvent.SitUps, 1)]
    [InlineData(FitnessEvent.PushUps, 2)]
    [InlineData(FitnessEvent.Sprint220Yards, 3)]
    [InlineData(FitnessEvent.Run1_5Miles, 4)]
    public void Indexer_Event_ReadsItsScore(FitnessEvent fitnessEvent, int expected)
    {
        Assert.Equal(expected, new FitnessScores(1, 2, 3, 4)[fitnessEvent]);
        Assert.Null(new FitnessScores(1, 2, 3, 4)[(FitnessEvent)99]);
    }

    [Fact]
    public void Passes_MinimumAndMaximum_BothBoundsInclusive()
    {
        var standard = new FitnessEventStandard { Event = FitnessEvent.SitUps, Minimum = 10, MaximumSeconds = 20, Sources = [] };

        Assert.True(FitnessTestCheck.Passes(standard, 10));
        Assert.True(FitnessTestCheck.Passes(standard, 20));
        Assert.False(FitnessTestCheck.Passes(standard, 9.99m));
        Assert.False(FitnessTestCheck.Passes(standard, 20.01m));
    }
}
