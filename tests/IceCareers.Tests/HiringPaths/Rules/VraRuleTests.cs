using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Rules.RuleFacts;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// <see cref="VraRule"/> alone (docs/rules.md §4.2; 38 U.S.C. 4214, 5 CFR 307.102, OPM's Vet Guide): the finding's
/// verdict, what decided it, the dates and numbers the words need, and the fields asked for.
/// </summary>
public sealed class VraRuleTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private const string Medal = "Kosovo Campaign Medal";

    private static PathFinding Decide(CandidateProfile profile, DateOnly? asOf = null) =>
        VraRule.Decide(Of(profile, asOf ?? AsOf), Path(HiringPathIds.Vra), Preference);

    private static CandidateProfile Long(ServiceDisability? disability = null, IReadOnlyList<string>? medals = null, DischargeReason reason = DischargeReason.Other) =>
        Veteran([Active(D(2001, 1, 1), D(2005, 1, 1))], Honorable(D(2005, 1, 1), reason), disability, medals);

    private static CandidateProfile Unstated(Discharge? discharge) => new()
    {
        Military = new Military { Veteran = true, Periods = [Active(D(2001, 1, 1), D(2005, 1, 1))], Discharge = discharge },
    };

    // 5-usc-2108a: still serving, VRA needs the discharge; it opens the day after the expected release.
    [Fact]
    public void Decide_ServingWithRelease_NotEligibleUntilTheDayAfter()
    {
        var finding = Decide(Veteran([Active(D(2020, 1, 1), null)], null, expectedRelease: D(2026, 5, 31)));

        Is(finding, PathVerdict.NotEligible, PathBecause.StillServing);
        Assert.Equal(D(2026, 6, 1), finding.From);
    }

    [Fact]
    public void Decide_ServingWithoutRelease_AsksForTheRelease()
    {
        Is(Decide(Veteran([Active(D(2020, 1, 1), null)], null)), PathVerdict.Unknown, PathBecause.StillServing, "military.expectedRelease");
    }

    [Theory]
    [InlineData(DischargeCharacter.OtherThanHonorable)]
    [InlineData(DischargeCharacter.Dishonorable)]
    public void Decide_NotUnderHonorableConditions_NotEligibleNamingTheCharacter(DischargeCharacter character)
    {
        var finding = Decide(Unstated(new Discharge { Character = character, Date = D(2025, 1, 1) }));

        Is(finding, PathVerdict.NotEligible, PathBecause.NotUnderHonorableConditions);
        Assert.Equal(CandidateWords.DischargeCharacters[character], finding.Word);
    }

    [Fact]
    public void Decide_Uncharacterized_UnknownForTheAgency()
    {
        Is(Decide(Unstated(new Discharge { Character = DischargeCharacter.Uncharacterized, Date = D(2025, 1, 1) })), PathVerdict.Unknown, PathBecause.Uncharacterized);
    }

    [Fact]
    public void Decide_CharacterNotStated_AsksForIt()
    {
        Is(Decide(Unstated(new Discharge { Date = D(2025, 1, 1) })), PathVerdict.Unknown, PathBecause.DischargeUnknown, "military.discharge.character");
    }

    // opm-vet-guide, VRA: a disabled veteran (a compensable rating, paths.yaml disabledMinPercent 10) has no time limit.
    [Theory]
    [InlineData(10, PathBecause.DisabledVeteran)]
    [InlineData(9, PathBecause.NotRecentlySeparated)]
    public void Decide_RatingAtTheMinimum_DisabledVeteran(int percent, object expected)
    {
        var finding = Decide(Long(new ServiceDisability { Percent = percent, RatedOn = D(2006, 1, 1) }));

        Assert.Equal((PathBecause)expected, finding.Because);
        Assert.Null(finding.Until);
    }

    [Fact]
    public void Decide_DischargedForDisabilityWithoutARating_DisabledVeteran()
    {
        Is(Decide(Long(reason: DischargeReason.Disability)), PathVerdict.Eligible, PathBecause.DisabledVeteran);
    }

    // opm-vet-guide, VRA: "a campaign badge ... or an Armed Forces Service Medal".
    [Fact]
    public void Decide_FirstNamedMedal_EligibleNamingIt()
    {
        var finding = Decide(Long(medals: ["  ", " " + Medal + " ", "Armed Forces Service Medal"]));

        Is(finding, PathVerdict.Eligible, PathBecause.CampaignMedal);
        Assert.Equal(Medal, finding.Word);
    }

    [Fact]
    public void Decide_OnlyBlankMedals_NotAMedal()
    {
        Assert.Equal(PathBecause.NotRecentlySeparated, Decide(Long(medals: [" "])).Because);
    }

    // opm-vet-guide, VRA: "served on active duty during a war"; the data marks World War II (5-usc-2108) as the war.
    [Fact]
    public void Decide_ActiveDutyInWorldWarII_WarService()
    {
        var profile = Veteran([Active(D(1950, 1, 1), D(1953, 1, 1))], Honorable(D(1953, 1, 1)));

        var finding = Decide(profile);

        Is(finding, PathVerdict.Eligible, PathBecause.WarService);
        Assert.Equal(Preference.Periods.Single(p => p.War).Title, finding.Word);
    }

    [Fact]
    public void Decide_ActiveDutyOnlyInThePeriodAfterTheWar_NotWarService()
    {
        var profile = Veteran([Active(D(1952, 4, 29), D(1955, 1, 1))], Honorable(D(1955, 1, 1)));

        Is(Decide(profile), PathVerdict.NotEligible, PathBecause.NotRecentlySeparated);
    }

    [Fact]
    public void Decide_TrainingInWorldWarII_NotWarService()
    {
        var profile = Veteran([Vets.Training(D(1950, 1, 1), D(1951, 1, 1))], Honorable(D(1951, 1, 1)));

        Is(Decide(profile), PathVerdict.NotEligible, PathBecause.NotRecentlySeparated);
    }

    // 5-cfr-307-102: "the three-year period beginning on the date of such veteran's discharge".
    [Theory]
    [InlineData(2026, 5, 31, PathVerdict.Eligible)]
    [InlineData(2026, 6, 1, PathVerdict.NotEligible)]
    public void Decide_RecentlySeparated_ThreeYearsFromTheDischarge(int year, int month, int day, PathVerdict expected)
    {
        var profile = Veteran([Active(D(2019, 6, 1), D(2023, 6, 1))], Honorable(D(2023, 6, 1)));

        var finding = Decide(profile, D(year, month, day));

        Is(finding, expected, expected == PathVerdict.Eligible ? PathBecause.RecentlySeparated : PathBecause.NotRecentlySeparated);
        Assert.Equal(3, finding.Number);
        Assert.Equal(D(2023, 6, 1), finding.Date);
        Assert.Equal(expected == PathVerdict.Eligible ? D(2026, 5, 31) : null, finding.Until);
    }

    [Fact]
    public void Decide_DischargeDateMissing_AsksForItWithWhatElseIsMissing()
    {
        var profile = new CandidateProfile
        {
            Military = new Military { Veteran = true, Periods = [Active(D(2001, 1, 1), D(2005, 1, 1))], Discharge = new Discharge { Character = DischargeCharacter.General } },
        };

        Is(Decide(profile), PathVerdict.Unknown, PathBecause.DischargeUnknown, "military.disability", "military.campaignMedals", "military.discharge.date");
    }

    [Fact]
    public void Decide_DisabilityWithoutPercentDischargedLongAgo_AsksForThePercent()
    {
        var finding = Decide(Long(new ServiceDisability { RatedOn = D(2006, 1, 1) }));

        Is(finding, PathVerdict.Unknown, PathBecause.NotRecentlySeparated, "military.disability.percent");
        Assert.Equal(3, finding.Number);
        Assert.Equal(D(2005, 1, 1), finding.Date);
    }

    [Fact]
    public void Decide_RecentlySeparatedWithFactsMissing_EligibleByTheDate()
    {
        var profile = new CandidateProfile
        {
            Military = new Military { Veteran = true, Periods = [Active(D(2021, 1, 1), D(2025, 1, 1))], Discharge = Honorable(D(2025, 1, 1)) },
        };

        var finding = Decide(profile);

        Is(finding, PathVerdict.Eligible, PathBecause.RecentlySeparated);
        Assert.Equal(D(2027, 12, 31), finding.Until);
    }
}
