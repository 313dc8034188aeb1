using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Provenance;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>
/// rules.md §2.2, decided by the rule alone: the deportation officer's rule (21, before the 40th birthday, waived for
/// preference-eligible veterans and prior 6(c) service) until 2025-08-05; from 2025-08-06, 18 with no maximum.
/// </summary>
public sealed class AgeCheckTests
{
    private static readonly AgeCheck Rule = new(Rules.Requirement<AgeRequirement>("age-deportation-officer"));
    private static readonly DateOnly OldRule = new(2025, 6, 1);

    private static AgeFinding Decide(DateOnly? born, DateOnly asOf, Military? military = null, bool? priorLeo = null) =>
        Rule.Decide(new CandidateProfile { DateOfBirth = born, Military = military, PriorFederalLawEnforcement = priorLeo }, Rules.Context(asOf));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    public void AgeOn_BirthdayEve_CountsWholeYears(int days, int extra)
    {
        Assert.Equal(19 + extra, AgeCheck.AgeOn(new DateOnly(2000, 3, 1), new DateOnly(2020, 2, 29).AddDays(days)));
    }

    [Fact]
    public void AgeOn_February29Birthday_FallsOnFebruary28()
    {
        Assert.Equal(21, AgeCheck.AgeOn(new DateOnly(2000, 2, 29), new DateOnly(2021, 2, 28)));
        Assert.Equal(20, AgeCheck.AgeOn(new DateOnly(2000, 2, 29), new DateOnly(2021, 2, 27)));
    }

    [Fact]
    public void Decide_NoBirthDate_UnknownUnderTheRuleInForce()
    {
        var finding = Decide(null, OldRule);

        Assert.Equal((Verdict.Unknown, AgeCase.NoBirthDate), (finding.Verdict, finding.Case));
        Assert.Equal(["dateOfBirth"], Rules.Paths(finding.Unknown));
        Assert.Equal(OldRule, Rule.Periods[finding.Basis - 1].Effective.To is { } to && OldRule <= to ? OldRule : default);
    }

    [Fact]
    public void Decide_BelowTheMinimum_NotMetUntilTheBirthday()
    {
        var finding = Decide(new DateOnly(2005, 3, 1), OldRule);

        Assert.Equal((Verdict.NotMet, AgeCase.BelowMinimum, 20), (finding.Verdict, finding.Case, finding.Age));

        // Under the old rule the 21st birthday is 2026-03-01, but the rule of 2025-08-06 (18, no maximum) comes first.
        Assert.Equal(new DateOnly(2025, 8, 6), finding.EarliestDate);
        Assert.True(finding.Remediable);
    }

    [Fact]
    public void Decide_BelowTheNewMinimum_NotMetUntilThe18thBirthday()
    {
        var finding = Decide(new DateOnly(2008, 3, 1), Rules.AsOf);

        Assert.Equal((Verdict.NotMet, 17, new DateOnly(2026, 3, 1)), (finding.Verdict, finding.Age, finding.EarliestDate));
    }

    [Fact]
    public void Decide_PastTheMaximumAsAVeteran_Waived()
    {
        var finding = Decide(new DateOnly(1980, 1, 1), OldRule, new Military { Veteran = true, PreferenceEligible = true });

        Assert.Equal((Verdict.Waived, AgeCase.Waived, 45, 0), (finding.Verdict, finding.Case, finding.Age, finding.Waiver));
    }

    [Fact]
    public void Decide_PastTheMaximumWithPriorService_WaivedByTheSecondWaiver()
    {
        var finding = Decide(new DateOnly(1980, 1, 1), OldRule, new Military { Veteran = false }, priorLeo: true);

        Assert.Equal((Verdict.Waived, 1), (finding.Verdict, finding.Waiver));
    }

    [Fact]
    public void Decide_PastTheMaximumWaiversNotStated_UnknownAskingForThem()
    {
        var finding = Decide(new DateOnly(1980, 1, 1), OldRule);

        Assert.Equal((Verdict.Unknown, AgeCase.PastMaximum), (finding.Verdict, finding.Case));
        Assert.Equal(["military.preferenceEligible", "priorFederalLawEnforcement"], Rules.Paths(finding.Unknown));
        Assert.Equal(new DateOnly(2025, 8, 6), finding.EarliestDate);
    }

    [Fact]
    public void Decide_PastTheMaximumNoWaiver_NotMetNotRemediableUntilTheRuleChanges()
    {
        var finding = Decide(new DateOnly(1980, 1, 1), OldRule, new Military { Veteran = false }, priorLeo: false);

        Assert.Equal((Verdict.NotMet, AgeCase.PastMaximum, false), (finding.Verdict, finding.Case, finding.Remediable));
        Assert.Equal(new DateOnly(2025, 8, 6), finding.EarliestDate);
    }

    [Theory]
    [InlineData("1985-06-01", Verdict.NotMet)] // the 40th birthday: appointment had to be before it
    [InlineData("1985-06-02", Verdict.Met)]
    public void Decide_AroundTheFortiethBirthday_BeforeItOnly(string born, Verdict expected)
    {
        var finding = Decide(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), OldRule, new Military { Veteran = false }, priorLeo: false);

        Assert.Equal(expected, finding.Verdict);
    }

    [Fact]
    public void Decide_WithinTheLimits_MetNamingOnlyTheAge()
    {
        var finding = Decide(new DateOnly(1990, 1, 1), Rules.AsOf);

        // A met finding names no date, so every candidate of that age shares one outcome.
        Assert.Equal(new AgeFinding(Verdict.Met, AgeCase.Within, finding.Basis, 36), finding);
    }

    [Fact]
    public void Decide_NoRuleInForce_NotApplicable()
    {
        var rule = new AgeCheck(new AgeRequirement
        {
            Id = "a", Category = RequirementCategory.Qualification, Title = "t", Sources = ["s"],
            Periods = new Dated<AgeLimit> { Periods = [new DatedValue<AgeLimit> { Effective = new Effective(new DateOnly(2030, 1, 1), null), Value = new AgeLimit { MinimumAge = 18 }, Sources = ["p"] }] },
        });

        var finding = rule.Decide(new CandidateProfile { DateOfBirth = new DateOnly(1990, 1, 1) }, Rules.Context());

        Assert.Equal((Verdict.NotApplicable, AgeCase.NoRule, 0, (DateOnly?)Rules.AsOf), (finding.Verdict, finding.Case, finding.Basis, finding.AsOf));
        Assert.Equal(["s"], rule.SourcesOf(0));
        Assert.Equal(["p"], rule.SourcesOf(1));
    }

    [Fact]
    public void Decide_PastAMaximumWithoutWaiversAndNoLaterRule_NotMetWithoutADate()
    {
        var rule = new AgeCheck(new AgeRequirement
        {
            Id = "a", Category = RequirementCategory.Qualification, Title = "t", Sources = ["s"],
            Periods = new Dated<AgeLimit> { Periods = [new DatedValue<AgeLimit> { Value = new AgeLimit { MinimumAge = 21, AppointBeforeBirthday = 37 }, Sources = ["p"] }] },
        });

        var old = rule.Decide(new CandidateProfile { DateOfBirth = new DateOnly(1980, 1, 1) }, Rules.Context());
        var young = rule.Decide(new CandidateProfile { DateOfBirth = new DateOnly(2010, 1, 1) }, Rules.Context());

        Assert.Equal((Verdict.NotMet, false, (DateOnly?)null), (old.Verdict, old.Remediable, old.EarliestDate));
        Assert.Equal((Verdict.NotMet, true, (DateOnly?)new DateOnly(2031, 1, 1)), (young.Verdict, young.Remediable, young.EarliestDate));
    }
}
