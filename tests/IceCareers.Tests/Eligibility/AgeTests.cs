using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>rules.md §2.2: age at the evaluation date, effective-dated, with both waivers of the maximum.</summary>
public sealed class AgeTests
{
    private const string Hsi = "hsi-special-agent";
    private const string HsiAge = "age-criminal-investigator";
    private const string Ero = "deportation-officer";
    private const string EroAge = "age-deportation-officer";
    private static readonly DateOnly LastDayOfOldRule = new(2025, 8, 5);
    private static readonly DateOnly FirstDayOfNewRule = new(2025, 8, 6);

    private static ProfileBuilder BornOn(DateOnly dateOfBirth) => new() { DateOfBirth = dateOfBirth };

    [Fact]
    public void Evaluate_DayBefore21stBirthdayUnderOldRule_NotMetUntilTheBirthday()
    {
        var asOf = new DateOnly(2025, 6, 1);
        var report = Evaluation.Evaluate(BornOn(new DateOnly(2004, 6, 2)), Hsi, asOf);

        var result = report.Result(HsiAge);
        Assert.Equal(Verdict.NotMet, result.Verdict);
        Assert.Equal(Outcome.Ineligible, report.Outcome);
        var gap = report.Gap(HsiAge);
        Assert.True(gap.IsRemediable);
        Assert.Equal(new DateOnly(2025, 6, 2), gap.EarliestDate);
    }

    [Fact]
    public void Evaluate_On21stBirthdayUnderOldRule_Met()
    {
        var result = Evaluation.ResultOf(BornOn(new DateOnly(2004, 6, 1)), Hsi, HsiAge, new DateOnly(2025, 6, 1));

        Assert.Equal(Verdict.Met, result.Verdict);
    }

    [Fact]
    public void Evaluate_NineteenOnLastDayOfOldRule_NotMetUntilNewRuleStarts()
    {
        var report = Evaluation.Evaluate(BornOn(new DateOnly(2006, 1, 1)), Hsi, LastDayOfOldRule);

        Assert.Equal(Verdict.NotMet, report.Result(HsiAge).Verdict);
        Assert.Equal(FirstDayOfNewRule, report.Gap(HsiAge).EarliestDate);
    }

    [Fact]
    public void Evaluate_NineteenOnFirstDayOfNewRule_MetAndSaysMediumConfidence()
    {
        var report = Evaluation.Evaluate(BornOn(new DateOnly(2006, 1, 1)), Hsi, FirstDayOfNewRule);

        var result = report.Result(HsiAge);
        Assert.Equal(Verdict.Met, result.Verdict);
        Assert.Contains(report.Warnings, w => w.Contains(HsiAge, StringComparison.Ordinal));
        Assert.Contains("washexam-2025-08-06", result.Sources);
    }

    [Fact]
    public void Evaluate_OldRule_NoConfidenceWarningForAge()
    {
        var report = Evaluation.Evaluate(BornOn(new DateOnly(1996, 4, 12)), Hsi, LastDayOfOldRule);

        Assert.DoesNotContain(report.Warnings, w => w.Contains(HsiAge, StringComparison.Ordinal));
        Assert.Contains("ap-whio-2025-08-06", report.Result(HsiAge).Sources);
    }

    [Fact]
    public void Evaluate_DayBefore18thBirthdayUnderNewRule_NotMetUntilTheBirthday()
    {
        var report = Evaluation.Evaluate(BornOn(new DateOnly(2008, 1, 16)), Hsi, Evaluation.AsOf);

        Assert.Equal(Verdict.NotMet, report.Result(HsiAge).Verdict);
        Assert.Equal(new DateOnly(2026, 1, 16), report.Gap(HsiAge).EarliestDate);
    }

    [Fact]
    public void Evaluate_On18thBirthdayUnderNewRule_Met()
    {
        Assert.Equal(Verdict.Met, Evaluation.ResultOf(BornOn(new DateOnly(2008, 1, 15)), Hsi, HsiAge).Verdict);
    }

    [Fact]
    public void Evaluate_DayBefore37thBirthdayUnderOldRule_Met()
    {
        var result = Evaluation.ResultOf(BornOn(new DateOnly(1988, 6, 2)), Hsi, HsiAge, new DateOnly(2025, 6, 1));

        Assert.Equal(Verdict.Met, result.Verdict);
    }

    [Fact]
    public void Evaluate_On37thBirthdayUnderOldRuleWithoutWaiver_NotMetNotRemediableUntilRuleChange()
    {
        var report = Evaluation.Evaluate(BornOn(new DateOnly(1988, 6, 1)), Hsi, new DateOnly(2025, 6, 1));

        var result = report.Result(HsiAge);
        Assert.Equal(Verdict.NotMet, result.Verdict);
        var gap = report.Gap(HsiAge);
        Assert.False(gap.IsRemediable);
        Assert.Equal(FirstDayOfNewRule, gap.EarliestDate);
        Assert.Equal(Outcome.Ineligible, report.Outcome);
    }

    [Fact]
    public void Evaluate_DeportationOfficerBetween37And40UnderOldRule_MetWhileSpecialAgentIsNot()
    {
        var profile = BornOn(new DateOnly(1987, 1, 1));
        var asOf = new DateOnly(2025, 6, 1);

        Assert.Equal(Verdict.Met, Evaluation.ResultOf(profile, Ero, EroAge, asOf).Verdict);
        Assert.Equal(Verdict.NotMet, Evaluation.ResultOf(profile, Hsi, HsiAge, asOf).Verdict);
    }

    [Theory]
    [InlineData(2, Verdict.Met)]
    [InlineData(1, Verdict.NotMet)]
    public void Evaluate_Around40thBirthdayOfDeportationOfficerUnderOldRule_BeforeBirthdayOnly(int day, Verdict expected)
    {
        Assert.Equal(expected, Evaluation.ResultOf(BornOn(new DateOnly(1985, 6, day)), Ero, EroAge, new DateOnly(2025, 6, 1)).Verdict);
    }

    [Fact]
    public void Evaluate_OverOldMaximumAsPreferenceEligibleVeteran_WaivedAndEligible()
    {
        var profile = BornOn(new DateOnly(1975, 1, 1));
        profile.Military = new Military { Veteran = true, PreferenceEligible = true };

        var report = Evaluation.Evaluate(profile, Hsi, new DateOnly(2025, 6, 1));

        var result = report.Result(HsiAge);
        Assert.Equal(Verdict.Waived, result.Verdict);
        Assert.Equal(Outcome.Eligible, report.Outcome);
        Assert.Empty(report.Gaps);
    }

    [Fact]
    public void Evaluate_OverOldMaximumWithPriorFederalLawEnforcement_Waived()
    {
        var profile = BornOn(new DateOnly(1975, 1, 1));
        profile.PriorFederalLawEnforcement = true;

        var result = Evaluation.ResultOf(profile, Ero, EroAge, new DateOnly(2025, 6, 1));

        Assert.Equal(Verdict.Waived, result.Verdict);
    }

    [Fact]
    public void Evaluate_OverOldMaximumWithWaiverFactsUnknown_UnknownAskingForBoth()
    {
        var profile = BornOn(new DateOnly(1975, 1, 1));
        profile.Military = null;
        profile.PriorFederalLawEnforcement = null;

        var report = Evaluation.Evaluate(profile, Hsi, new DateOnly(2025, 6, 1));

        var result = report.Result(HsiAge);
        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(["military.preferenceEligible", "priorFederalLawEnforcement"], result.MissingInformation);
        Assert.Equal(Outcome.Incomplete, report.Outcome);
        Assert.True(report.Gap(HsiAge).IsRemediable);
        Assert.Contains("military.preferenceEligible", report.MissingInformation);
    }

    [Fact]
    public void Evaluate_OverOldMaximumNotAVeteranAndPriorServiceUnknown_AsksOnlyForPriorService()
    {
        var profile = BornOn(new DateOnly(1975, 1, 1));
        profile.Military = new Military { Veteran = false };
        profile.PriorFederalLawEnforcement = null;

        var result = Evaluation.ResultOf(profile, Hsi, HsiAge, new DateOnly(2025, 6, 1));

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(["priorFederalLawEnforcement"], result.MissingInformation);
    }

    [Fact]
    public void Evaluate_OverOldMaximumNotAVeteranNoPriorService_NotMet()
    {
        var profile = BornOn(new DateOnly(1975, 1, 1));
        profile.Military = new Military { Veteran = false };
        profile.PriorFederalLawEnforcement = false;

        Assert.Equal(Verdict.NotMet, Evaluation.ResultOf(profile, Hsi, HsiAge, new DateOnly(2025, 6, 1)).Verdict);
    }

    [Theory]
    [InlineData("2025-08-05", Verdict.NotMet)]
    [InlineData("2025-08-06", Verdict.Met)]
    public void Evaluate_FiftyWithoutWaiverAroundRuleChange_MaximumGoneOnAugust6(string asOf, Verdict expected)
    {
        var result = Evaluation.ResultOf(BornOn(new DateOnly(1975, 1, 1)), Hsi, HsiAge, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void Evaluate_DateOfBirthUnknown_UnknownAskingForIt()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { DateOfBirth = null }, Hsi);

        var result = report.Result(HsiAge);
        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(["dateOfBirth"], result.MissingInformation);
    }

    [Fact]
    public void Evaluate_LeapDayBirthday_BirthdayFallsOnFebruary28InCommonYears()
    {
        var profile = BornOn(new DateOnly(2004, 2, 29));

        Assert.Equal(Verdict.NotMet, Evaluation.ResultOf(profile, Hsi, HsiAge, new DateOnly(2025, 2, 27)).Verdict);
        Assert.Equal(Verdict.Met, Evaluation.ResultOf(profile, Hsi, HsiAge, new DateOnly(2025, 2, 28)).Verdict);
    }

    [Theory]
    [InlineData("intelligence-research-specialist")]
    [InlineData("program-analyst")]
    [InlineData("intelligence-officer")]
    public void Evaluate_NonLawEnforcementRole_HasNoAgeRequirement(string roleId)
    {
        var report = Evaluation.Evaluate(BornOn(new DateOnly(1950, 1, 1)), roleId, new DateOnly(2025, 6, 1));

        Assert.DoesNotContain(report.Results, r => r.Kind == IceCareers.Requirements.RequirementKind.Age);
    }
}
