using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Rules.RuleFacts;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// <see cref="VeoaRule"/> alone (docs/rules.md §4.2; 5 U.S.C. 3304(f), 5 CFR 335.106): "preference eligibles or veterans
/// who have been separated from the armed forces under honorable conditions after 3 years or more of continuous active
/// service". Verdicts, the years, the category and the fields asked for.
/// </summary>
public sealed class VeoaRuleTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static PathFinding Decide(CandidateProfile profile) => VeoaRule.Decide(Of(profile, AsOf), Path(HiringPathIds.Veoa));

    private static CandidateProfile Served(IReadOnlyList<ServicePeriod> periods, DischargeCharacter? character = DischargeCharacter.Honorable) =>
        Veteran(periods, new Discharge { Character = character, Date = D(2016, 1, 1), Reason = DischargeReason.Other });

    // 5-usc-2108: Gulf War service (any day 1990-08-02..1992-01-02, 24 months served) is TP.
    [Fact]
    public void Decide_PreferenceEligible_EligibleNamingTheCategory()
    {
        var finding = Decide(Veteran([Active(D(1989, 1, 1), D(1991, 6, 30))], Honorable(D(1991, 6, 30))));

        Is(finding, PathVerdict.Eligible, PathBecause.PreferenceEligible);
        Assert.Equal(HiringPathWords.Categories[PreferenceCategory.Tp], finding.Word);
        Assert.False(finding.Tentative);
    }

    // 5-usc-2108a: a certification while serving makes the preference, and so this path, tentative.
    [Fact]
    public void Decide_ServingPreferenceEligibleByCertification_Tentative()
    {
        var profile = Veteran([Active(D(2012, 1, 1), null)], null, new ServiceDisability { Percent = 20, RatedOn = D(2025, 1, 1) }, expectedRelease: AsOf.AddDays(30));

        var finding = Decide(profile);

        Is(finding, PathVerdict.Eligible, PathBecause.PreferenceEligible);
        Assert.Equal(HiringPathWords.Categories[PreferenceCategory.Cp], finding.Word);
        Assert.True(finding.Tentative);
    }

    [Fact]
    public void Decide_ServingNotPreferenceEligible_NotEligibleFromTheDayAfterRelease()
    {
        var release = AsOf.AddDays(30);

        var finding = Decide(Veteran([Active(D(2015, 1, 1), null)], null, expectedRelease: release));

        Is(finding, PathVerdict.NotEligible, PathBecause.StillServing);
        Assert.Equal(release.AddDays(1), finding.From);
    }

    [Fact]
    public void Decide_ServingWithoutRelease_AsksWhatThePreferenceAsks()
    {
        Is(Decide(Veteran([Active(D(2015, 1, 1), null)], null)), PathVerdict.Unknown, PathBecause.StillServing, "military.expectedRelease");
    }

    // 5-cfr-335-106: "3 years or more of continuous active service".
    [Theory]
    [InlineData(2015, 12, 31, PathVerdict.Eligible, PathBecause.ContinuousService)]
    [InlineData(2015, 12, 30, PathVerdict.NotEligible, PathBecause.NoVeoaBasis)]
    public void Decide_ContinuousActiveService_ThreeYears(int year, int month, int day, PathVerdict verdict, object because)
    {
        var finding = Decide(Served([Active(D(2013, 1, 1), D(year, month, day))]));

        Is(finding, verdict, (PathBecause)because);
        Assert.Equal(3, finding.Number);
    }

    [Fact]
    public void Decide_TwoShortSpansWithAGap_NotContinuous()
    {
        Is(Decide(Served([Active(D(2011, 1, 1), D(2012, 12, 31)), Active(D(2013, 2, 1), D(2015, 12, 31))])), PathVerdict.NotEligible, PathBecause.NoVeoaBasis);
    }

    [Fact]
    public void Decide_TouchingSpans_Continuous()
    {
        Is(Decide(Served([Active(D(2011, 1, 1), D(2012, 12, 31)), Active(D(2013, 1, 1), D(2014, 6, 30))])), PathVerdict.Eligible, PathBecause.ContinuousService);
    }

    [Theory]
    [InlineData(DischargeCharacter.OtherThanHonorable)]
    [InlineData(DischargeCharacter.BadConduct)]
    public void Decide_NotUnderHonorableConditions_NotEligibleNamingTheCharacter(DischargeCharacter character)
    {
        var finding = Decide(Served([Active(D(2010, 1, 1), D(2015, 12, 31))], character));

        Is(finding, PathVerdict.NotEligible, PathBecause.NotUnderHonorableConditions);
        Assert.Equal(CandidateWords.DischargeCharacters[character], finding.Word);
    }

    [Fact]
    public void Decide_Uncharacterized_UnknownAskingNothing()
    {
        var finding = Decide(Served([Active(D(2010, 1, 1), D(2015, 12, 31))], DischargeCharacter.Uncharacterized));

        Is(finding, PathVerdict.Unknown, PathBecause.NoVeoaBasis);
        Assert.Equal(3, finding.Number);
    }

    [Fact]
    public void Decide_CharacterNotStated_AsksForItOnce()
    {
        Is(Decide(Served([Active(D(2010, 1, 1), D(2015, 12, 31))], null)), PathVerdict.Unknown, PathBecause.NoVeoaBasis, "military.discharge.character");
    }

    [Fact]
    public void Decide_NoPeriodsStated_AsksForThem()
    {
        var profile = new CandidateProfile { Military = new Military { Veteran = true, Discharge = Honorable(D(2016, 1, 1)), Disability = ServiceDisability.None, CampaignMedals = [] } };

        Is(Decide(profile), PathVerdict.Unknown, PathBecause.NoVeoaBasis, "military.periods");
    }

    [Fact]
    public void Decide_PeriodWithoutStart_AsksForTheStartOnce()
    {
        Is(Decide(Served([new ServicePeriod { End = D(2015, 1, 1), Kind = ServiceKind.Active }])), PathVerdict.Unknown, PathBecause.NoVeoaBasis, "military.periods[0].start");
    }

    [Fact]
    public void Decide_PeriodWithoutKind_AsksForTheKind()
    {
        Is(Decide(Served([new ServicePeriod { Start = D(2010, 1, 1), End = D(2015, 1, 1) }])), PathVerdict.Unknown, PathBecause.NoVeoaBasis, "military.periods[0].kind");
    }

    // opm-vet-guide: active duty for training is not active service for a veteran who is not disabled.
    [Fact]
    public void Decide_OnlyTraining_NotEligible()
    {
        var finding = Decide(Served([Vets.Training(D(2010, 1, 1), D(2015, 12, 31))]));

        Is(finding, PathVerdict.NotEligible, PathBecause.NoVeoaBasis);
        Assert.Equal(3, finding.Number);
    }
}
