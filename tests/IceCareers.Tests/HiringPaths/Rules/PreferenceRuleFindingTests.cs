using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Rules.RuleFacts;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// <see cref="PreferenceRule"/> alone (docs/rules.md §4.1; 5 U.S.C. 2108, 2108a; OPM's Vet Guide): beside the category
/// and points that <see cref="HiringPaths.PreferenceRuleTests"/> checks through the evaluator, what decided it, the facts
/// the words need (percent, period, medal, reason, character, certification date), the sources and the fields asked for.
/// </summary>
public sealed class PreferenceRuleFindingTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private const string Medal = "Global War on Terrorism Expeditionary Medal";

    private static PreferenceFinding Decide(CandidateProfile profile, DateOnly? asOf = null) => PreferenceOf(profile, asOf ?? AsOf);

    private static CandidateProfile With(Military military) => new() { Military = military };

    private static void Is(PreferenceFinding finding, PreferenceCategory category, PreferenceBecause because, params string[] missing)
    {
        Assert.Equal(category, finding.Category);
        Assert.Equal(because, finding.Because);
        Assert.Equal(missing, finding.Missing);
    }

    [Fact]
    public void Decide_NoMilitary_AsksForIt()
    {
        var finding = Decide(new CandidateProfile());

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.NoMilitaryFacts, "military");
        Assert.Null(finding.Points);
        Assert.Empty(finding.Sources);
    }

    [Fact]
    public void Decide_NotAVeteran_NoneWithNoPoints()
    {
        var finding = Decide(With(new Military { Veteran = false }));

        Is(finding, PreferenceCategory.None, PreferenceBecause.NotAVeteran);
        Assert.Equal(0, finding.Points);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void Decide_NoServiceFacts_AsksForThem(bool? selfDeclared)
    {
        var finding = Decide(With(new Military { Veteran = true, PreferenceEligible = selfDeclared }));

        Is(finding, PreferenceCategory.Unknown, selfDeclared == true ? PreferenceBecause.SelfDeclaredOnly : PreferenceBecause.NoServiceFacts, "military.periods", "military.discharge", "military.disability");
    }

    public static TheoryData<string> OneFact => ["start", "discharge", "disability", "purpleHeart", "medals", "retired", "release"];

    // Any one fact of service, even with "veteran: false", is read rather than taken as "not a veteran".
    [Theory]
    [MemberData(nameof(OneFact))]
    public void Decide_OneFactOfServiceStated_NotNotAVeteran(string fact)
    {
        var military = fact switch
        {
            "start" => new Military { Veteran = false, Periods = [new ServicePeriod { Kind = ServiceKind.Active }] },
            "discharge" => new Military { Veteran = false, Discharge = new Discharge() },
            "disability" => new Military { Veteran = false, Disability = ServiceDisability.None },
            "purpleHeart" => new Military { Veteran = false, PurpleHeart = false },
            "medals" => new Military { Veteran = false, CampaignMedals = [] },
            "retired" => new Military { Veteran = false, Retired = new MilitaryRetirement() },
            _ => new Military { Veteran = false, ExpectedRelease = D(2027, 1, 1) },
        };

        Assert.NotEqual(PreferenceBecause.NotAVeteran, Decide(With(military)).Because);
    }

    [Fact]
    public void Decide_ServingReleasePassed_AsksForTheDischarge()
    {
        var profile = With(new Military { Periods = [Active(D(2020, 1, 1), null)], ExpectedRelease = D(2026, 1, 1) });

        Is(Decide(profile), PreferenceCategory.Unknown, PreferenceBecause.ReleaseDatePassed, "military.discharge");
    }

    // 5-usc-2108a: not later than 120 days after the certification: a release 150 days away is certifiable 30 days on.
    [Fact]
    public void Decide_ServingReleaseFarOff_NoneUntilCertifiable()
    {
        var finding = Decide(With(new Military { Periods = [Active(D(2020, 1, 1), null)], ExpectedRelease = AsOf.AddDays(150) }));

        Is(finding, PreferenceCategory.None, PreferenceBecause.NotYetCertifiable);
        Assert.Equal(AsOf.AddDays(30), finding.CertifiableFrom);
        Assert.Equal(Preference.CertificationDays.Sources, finding.Sources);
        Assert.Equal(0, finding.Points);
    }

    [Fact]
    public void Decide_ServingWithoutRelease_AsksForIt()
    {
        Is(Decide(With(new Military { Periods = [Active(D(2020, 1, 1), null)] })), PreferenceCategory.Unknown, PreferenceBecause.ServingNoRelease, "military.expectedRelease");
    }

    [Fact]
    public void Decide_NotUnderHonorableConditions_NoneNamingTheCharacter()
    {
        var finding = Decide(Veteran([Active(D(2004, 1, 1), D(2008, 1, 1))], new Discharge { Character = DischargeCharacter.BadConduct, Date = D(2008, 1, 1) }));

        Is(finding, PreferenceCategory.None, PreferenceBecause.NotUnderHonorableConditions);
        Assert.Equal(DischargeCharacter.BadConduct, finding.Character);
        Assert.Equal(Preference.Discharge.Sources, finding.Sources);
    }

    [Fact]
    public void Decide_Uncharacterized_UnknownAskingNothing()
    {
        var finding = Decide(Veteran([Active(D(2004, 1, 1), D(2008, 1, 1))], new Discharge { Character = DischargeCharacter.Uncharacterized, Date = D(2008, 1, 1) }));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.Uncharacterized);
        Assert.Equal(Preference.Discharge.Sources, finding.Sources);
        Assert.Null(finding.Points);
    }

    [Fact]
    public void Decide_CharacterNotStated_AsksForIt()
    {
        var finding = Decide(Veteran([Active(D(2004, 1, 1), D(2008, 1, 1))], new Discharge { Date = D(2008, 1, 1) }));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.NoCharacter, "military.discharge.character");
        Assert.Equal(Preference.Discharge.Sources, finding.Sources);
    }

    // opm-vet-guide: CPS from 30 percent, CP from 10 percent, XP below.
    [Theory]
    [InlineData(30, PreferenceCategory.Cps)]
    [InlineData(10, PreferenceCategory.Cp)]
    [InlineData(9, PreferenceCategory.Xp)]
    public void Decide_Rating_CategoryWithThePercent(int percent, PreferenceCategory expected)
    {
        var finding = Decide(Veteran([Active(D(2012, 1, 10), D(2016, 1, 9))], Honorable(D(2016, 1, 9)), new ServiceDisability { Percent = percent, RatedOn = D(2016, 6, 1) }));

        Is(finding, expected, PreferenceBecause.DisabilityRating);
        Assert.Equal(percent, finding.Percent);
        Assert.Equal(10, finding.Points);
        Assert.Equal(Preference.Disability.Sources, finding.Sources);
        Assert.False(finding.Tentative);
    }

    // 5-usc-2108a: while serving with a certification, the category is tentative.
    [Fact]
    public void Decide_RatingWhileServingCertifiable_Tentative()
    {
        var finding = Decide(Veteran([Active(D(2012, 1, 10), null)], null, new ServiceDisability { Percent = 50, RatedOn = D(2025, 6, 1) }, expectedRelease: AsOf.AddDays(10)));

        Is(finding, PreferenceCategory.Cps, PreferenceBecause.DisabilityRating);
        Assert.True(finding.Tentative);
    }

    [Fact]
    public void Decide_DisabilityWithoutPercent_XpAskingForThePercent()
    {
        var finding = Decide(Veteran([Active(D(2012, 1, 10), D(2016, 1, 9))], Honorable(D(2016, 1, 9)), new ServiceDisability { RatedOn = D(2016, 6, 1) }));

        Is(finding, PreferenceCategory.Xp, PreferenceBecause.DisabilityPercentMissing, "military.disability.percent");
        Assert.Equal(Preference.Disability.Sources, finding.Sources);
        Assert.Equal(10, finding.Points);
    }

    [Fact]
    public void Decide_DisabilityWithoutPercentWhileServingCertifiable_Tentative()
    {
        var finding = Decide(Veteran([Active(D(2012, 1, 10), null)], null, new ServiceDisability { RatedOn = D(2025, 6, 1) }, expectedRelease: AsOf.AddDays(10)));

        Is(finding, PreferenceCategory.Xp, PreferenceBecause.DisabilityPercentMissing, "military.disability.percent");
        Assert.True(finding.Tentative);
    }

    // opm-vet-guide: a Purple Heart is XP; an unstated disability could not raise XP, but the finding asks for the rating
    // that a VA letter would prove.
    [Fact]
    public void Decide_PurpleHeartDisabilityNotStated_XpAskingForTheRating()
    {
        var profile = With(new Military { Periods = [Active(D(2012, 1, 10), D(2016, 1, 9))], Discharge = Honorable(D(2016, 1, 9)), PurpleHeart = true });

        var finding = Decide(profile);

        Is(finding, PreferenceCategory.Xp, PreferenceBecause.PurpleHeart, "military.disability");
        Assert.Equal(Preference.Disability.Sources, finding.Sources);
    }

    [Fact]
    public void Decide_PurpleHeartWhileServingCertifiable_TentativeXp()
    {
        var finding = Decide(Veteran([Active(D(2012, 1, 10), null)], null, purpleHeart: true, expectedRelease: AsOf.AddDays(10)));

        Is(finding, PreferenceCategory.Xp, PreferenceBecause.PurpleHeart);
        Assert.True(finding.Tentative);
    }

    // 5-usc-2108 (4): retired at O-4 or above, not a disabled veteran.
    [Theory]
    [InlineData("O-4", PreferenceBecause.RetiredOfficer)]
    [InlineData("O-10", PreferenceBecause.RetiredOfficer)]
    [InlineData("O-3", PreferenceBecause.QualifyingPeriod)]
    [InlineData("W-5", PreferenceBecause.QualifyingPeriod)]
    [InlineData("E-9", PreferenceBecause.QualifyingPeriod)]
    public void Decide_Retiree_OfficersFromO4Barred(string payGrade, object expected)
    {
        var finding = Decide(Veteran([Active(D(1986, 1, 1), D(2006, 1, 1))], Honorable(D(2006, 1, 1)), retired: new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse(payGrade) }));

        Assert.Equal((PreferenceBecause)expected, finding.Because);
        if ((PreferenceBecause)expected == PreferenceBecause.RetiredOfficer)
        {
            Assert.Equal(Preference.RetiredOfficersFrom.Sources, finding.Sources);
            Assert.Empty(finding.Missing);
        }
    }

    [Fact]
    public void Decide_RetiredOfficerDisabilityNotStated_AsksForIt()
    {
        var profile = With(new Military { Periods = [Active(D(1986, 1, 1), D(2006, 1, 1))], Discharge = Honorable(D(2006, 1, 1)), Retired = new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse("O-5") } });

        var finding = Decide(profile);

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.RetiredOfficerDisabilityUnknown, "military.disability");
        Assert.Equal(Preference.RetiredOfficersFrom.Sources, finding.Sources);
        Assert.Null(finding.Points);
    }

    [Fact]
    public void Decide_RetiredWithoutPayGrade_NotBarred()
    {
        var finding = Decide(Veteran([Active(D(1986, 1, 1), D(2006, 1, 1))], Honorable(D(2006, 1, 1)), retired: new MilitaryRetirement()));

        Assert.Equal(PreferenceBecause.QualifyingPeriod, finding.Because);
    }

    // 5-usc-2108 (1)(D): more than 180 consecutive days, any part from 2001-09-11 through 2010-08-31.
    [Fact]
    public void Decide_Post911Service_TpNamingThePeriod()
    {
        var finding = Decide(Veteran([Active(D(2005, 1, 1), D(2009, 1, 1))], Honorable(D(2009, 1, 1))));

        Is(finding, PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod);
        Assert.Equal("post-9-11", finding.PeriodId);
        Assert.Equal(5, finding.Points);
        Assert.Equal(Preference.Periods.Single(p => p.Id == "post-9-11").Sources, finding.Sources);
    }

    [Fact]
    public void Decide_TpWithDisabilityNotStated_TpAskingForTheRating()
    {
        var finding = Decide(With(new Military { Periods = [Active(D(2005, 1, 1), D(2009, 1, 1))], Discharge = Honorable(D(2009, 1, 1)), CampaignMedals = [] }));

        Is(finding, PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod, "military.disability");
    }

    [Fact]
    public void Decide_TpWhileServingCertifiable_Tentative()
    {
        var finding = Decide(Veteran([Active(D(2008, 1, 1), null)], null, expectedRelease: AsOf.AddDays(30)));

        Is(finding, PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod);
        Assert.True(finding.Tentative);
    }

    // 5-usc-2108 (1)(B): the 1955-1976 period needs more than 180 consecutive days; 180 are not enough.
    [Theory]
    [InlineData(181, PreferenceCategory.Tp)]
    [InlineData(180, PreferenceCategory.None)]
    public void Decide_ColdWarPeriod_MoreThan180Days(int days, PreferenceCategory expected)
    {
        var start = D(1970, 1, 1);
        var end = start.AddDays(days - 1);

        var finding = Decide(Veteran([Active(start, end)], Honorable(end)));

        Assert.Equal(expected, finding.Category);
        Assert.Equal(expected == PreferenceCategory.Tp ? "cold-war-1955-1976" : null, finding.PeriodId);
    }

    // 5-usc-2108 (1)(A): any day of active duty in the Korean period counts.
    [Fact]
    public void Decide_OneDayInTheKoreanPeriod_Tp()
    {
        var finding = Decide(Veteran([Active(D(1955, 7, 1), D(1955, 7, 1))], Honorable(D(1955, 7, 1))));

        Is(finding, PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod);
        Assert.Equal("korea-1952-1955", finding.PeriodId);
    }

    [Fact]
    public void Decide_PeriodOfUnknownKindInAQualifyingPeriod_AsksForTheKind()
    {
        var finding = Decide(Veteran([new ServicePeriod { Start = D(2005, 1, 1), End = D(2009, 1, 1) }], Honorable(D(2009, 1, 1))));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.PeriodsIncomplete, "military.periods[0].kind");
    }

    [Fact]
    public void Decide_PeriodOfUnknownKindOutsideEveryPeriod_AsksForTheKindAsIncomplete()
    {
        var finding = Decide(Veteran([new ServicePeriod { Start = D(2015, 1, 1), End = D(2019, 1, 1) }], Honorable(D(2019, 1, 1))));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.PeriodsIncomplete, "military.periods[0].kind");
    }

    [Fact]
    public void Decide_ActiveAndAnIncompletePeriodNothingQualifies_None()
    {
        var finding = Decide(Veteran([Active(D(2015, 1, 1), D(2019, 1, 1)), new ServicePeriod { End = D(2014, 1, 1), Kind = ServiceKind.Active }], Honorable(D(2019, 1, 1))));

        Is(finding, PreferenceCategory.None, PreferenceBecause.NoQualifyingService);
    }

    // opm-vet-guide: a campaign badge or expeditionary medal gives TP (subject to the 24-month rule).
    [Fact]
    public void Decide_CampaignMedal_TpNamingIt()
    {
        var finding = Decide(Veteran([Active(D(2012, 1, 1), D(2015, 1, 1))], Honorable(D(2015, 1, 1)), medals: ["", " " + Medal + " "]));

        Is(finding, PreferenceCategory.Tp, PreferenceBecause.CampaignMedal);
        Assert.Equal(Medal, finding.Medal);
        Assert.Equal(Preference.CampaignMedals.Sources, finding.Sources);
    }

    // opm-vet-guide: the Armed Forces Service Medal does not confer preference, however it is written.
    [Fact]
    public void Decide_ArmedForcesServiceMedalInAnyCase_NotAMedalForPreference()
    {
        var afsm = Preference.CampaignMedals.NotForPreference[0];

        var finding = Decide(Veteran([Active(D(2012, 1, 1), D(2015, 1, 1))], Honorable(D(2015, 1, 1)), medals: [" " + afsm.ToUpperInvariant() + " "]));

        Is(finding, PreferenceCategory.None, PreferenceBecause.NoQualifyingService);
        Assert.Null(finding.Medal);
    }

    [Fact]
    public void Decide_ArmedForcesServiceMedalThenACampaignMedal_TheCampaignMedal()
    {
        var afsm = Preference.CampaignMedals.NotForPreference[0];

        var finding = Decide(Veteran([Active(D(2012, 1, 1), D(2015, 1, 1))], Honorable(D(2015, 1, 1)), medals: [afsm, Medal]));

        Assert.Equal(Medal, finding.Medal);
    }

    // opm-vet-guide, 24-month rule: a campaign medal after 1980-09-07 with 18 months and another reason: not met.
    [Fact]
    public void Decide_CampaignMedalShortServiceOtherReason_NoneNamingTheMedalAndReason()
    {
        var finding = Decide(Veteran([Active(D(2012, 1, 1), D(2013, 6, 30), servedFullPeriod: false)], Honorable(D(2013, 6, 30)), medals: [Medal]));

        Is(finding, PreferenceCategory.None, PreferenceBecause.TwentyFourMonthRuleNotMet);
        Assert.Equal(Medal, finding.Medal);
        Assert.Null(finding.PeriodId);
        Assert.Equal(DischargeReason.Other, finding.Reason);
        Assert.Equal(Preference.TwentyFourMonthRule.Sources, finding.Sources);
        Assert.Equal(0, finding.Points);
    }

    [Fact]
    public void Decide_CampaignMedalShortServiceFactsMissing_AsksForTheFullPeriodAndTheReason()
    {
        var profile = Veteran([Active(D(2012, 1, 1), D(2013, 6, 30))], new Discharge { Character = DischargeCharacter.Honorable, Date = D(2013, 6, 30) }, medals: [Medal]);

        var finding = Decide(profile);

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.TwentyFourMonthRuleUnknown, "military.periods[0].servedFullPeriod", "military.discharge.reason");
        Assert.Equal(Medal, finding.Medal);
        Assert.Null(finding.Reason);
        Assert.Null(finding.Points);
    }

    // opm-vet-guide: the Gulf War period (any day 1990-08-02..1992-01-02) is subject to the 24-month rule.
    [Fact]
    public void Decide_GulfWarShortServiceAfter1980_NoneNamingThePeriod()
    {
        var finding = Decide(Veteran([Active(D(1991, 1, 1), D(1991, 12, 31), servedFullPeriod: false)], Honorable(D(1991, 12, 31))));

        Is(finding, PreferenceCategory.None, PreferenceBecause.TwentyFourMonthRuleNotMet);
        Assert.Equal("gulf-war", finding.PeriodId);
        Assert.Null(finding.Medal);
    }

    [Fact]
    public void Decide_GulfWarShortServiceFullPeriodNotStated_AsksForTheFullPeriodOfTheSpanInThePeriod()
    {
        var finding = Decide(Veteran(
            [Active(D(1988, 1, 1), D(1988, 6, 30), servedFullPeriod: false), Active(D(1991, 1, 1), D(1991, 6, 30))],
            Honorable(D(1991, 6, 30))));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.TwentyFourMonthRuleUnknown, "military.periods[1].servedFullPeriod");
        Assert.Equal("gulf-war", finding.PeriodId);
    }

    [Fact]
    public void Decide_GulfWarShortButAnEarlierSpanOf24Months_Tp()
    {
        var finding = Decide(Veteran(
            [Active(D(1985, 1, 1), D(1986, 12, 31)), Active(D(1991, 1, 1), D(1991, 6, 30), servedFullPeriod: false)],
            Honorable(D(1991, 6, 30))));

        Is(finding, PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod);
    }

    // opm-vet-guide: "originally enlisted after September 7, 1980": a first enlistment on that day is not subject to it.
    [Theory]
    [InlineData(1980, 9, 7, PreferenceCategory.Tp)]
    [InlineData(1980, 9, 8, PreferenceCategory.None)]
    public void Decide_FirstEnlistment_AfterSeptember7_1980(int year, int month, int day, PreferenceCategory expected)
    {
        var finding = Decide(Veteran(
            [Active(D(year, month, day), D(1981, 6, 30), servedFullPeriod: false), Active(D(1991, 1, 1), D(1991, 6, 30), servedFullPeriod: false)],
            Honorable(D(1991, 6, 30))));

        Assert.Equal(expected, finding.Category);
    }

    [Fact]
    public void Decide_ShortServiceWhileServingCertifiable_DoesNotAskForTheReason()
    {
        var finding = Decide(Veteran([Active(D(2025, 1, 1), null)], null, medals: [Medal], expectedRelease: AsOf.AddDays(30)));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.TwentyFourMonthRuleUnknown, "military.periods[0].servedFullPeriod");
    }

    // 5-usc-2108 (3)(H), chcoc-2013-hubbard-act: released after 2008-08-29 by a sole survivorship discharge.
    [Theory]
    [InlineData(2008, 8, 30, PreferenceCategory.Ssp)]
    [InlineData(2008, 8, 29, PreferenceCategory.None)]
    public void Decide_SoleSurvivorship_OnlyAfterAugust29_2008(int year, int month, int day, PreferenceCategory expected)
    {
        var end = D(year, month, day);

        var finding = Decide(Veteran([Active(end.AddDays(-149), end)], Honorable(end, DischargeReason.SoleSurvivorship)));

        Assert.Equal(expected, finding.Category);
        Assert.Equal(0, finding.Points);
        if (expected == PreferenceCategory.Ssp)
        {
            Assert.Equal(PreferenceBecause.SoleSurvivorship, finding.Because);
            Assert.Equal(Preference.SoleSurvivorshipReleasedAfter.Sources, finding.Sources);
        }
    }

    [Fact]
    public void Decide_SoleSurvivorshipDisabilityNotStated_SspAskingForTheRating()
    {
        var profile = With(new Military { Periods = [Active(D(2015, 1, 1), D(2015, 5, 1))], Discharge = Honorable(D(2015, 5, 1), DischargeReason.SoleSurvivorship), CampaignMedals = [] });

        Is(Decide(profile), PreferenceCategory.Ssp, PreferenceBecause.SoleSurvivorship, "military.disability");
    }

    [Fact]
    public void Decide_SoleSurvivorshipWithoutDate_AsksForTheDate()
    {
        var finding = Decide(Veteran([Active(D(2015, 1, 1), D(2015, 5, 1))], new Discharge { Character = DischargeCharacter.Honorable, Reason = DischargeReason.SoleSurvivorship }));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.NoQualifyingService, "military.discharge.date");
        Assert.Null(finding.Points);
    }

    [Fact]
    public void Decide_NothingQualifiesMedalsNotStated_UnknownAskingForThem()
    {
        var finding = Decide(With(new Military { Periods = [Active(D(2015, 1, 1), D(2019, 1, 1))], Discharge = Honorable(D(2019, 1, 1)), Disability = ServiceDisability.None }));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.MedalsUnknown, "military.campaignMedals");
        Assert.Equal(Preference.Periods.SelectMany(p => p.Sources).Distinct(), finding.Sources);
    }

    [Fact]
    public void Decide_NothingQualifiesEverythingStated_NoneWithThePeriodsSources()
    {
        var finding = Decide(Veteran([Active(D(2015, 1, 1), D(2019, 1, 1))], Honorable(D(2019, 1, 1))));

        Is(finding, PreferenceCategory.None, PreferenceBecause.NoQualifyingService);
        Assert.Equal(0, finding.Points);
        Assert.Equal(Preference.Periods.SelectMany(p => p.Sources).Distinct(), finding.Sources);
    }

    [Fact]
    public void Decide_NothingQualifiesDisabilityAndMedalsNotStated_AsksForBothOnce()
    {
        var finding = Decide(With(new Military { Periods = [Active(D(2015, 1, 1), D(2019, 1, 1))], Discharge = Honorable(D(2019, 1, 1)) }));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.MedalsUnknown, "military.campaignMedals", "military.disability");
    }

    // opm-vet-guide: active duty for training does not make a veteran of a person who is not disabled; the periods are
    // complete, so nothing is asked.
    [Fact]
    public void Decide_OnlyTraining_NoneNoQualifyingService()
    {
        var finding = Decide(Veteran([Vets.Training(D(2005, 1, 1), D(2006, 12, 31))], Honorable(D(2006, 12, 31))));

        Is(finding, PreferenceCategory.None, PreferenceBecause.NoQualifyingService);
    }

    [Fact]
    public void Decide_ActiveOutsideThePeriodsAndOneOfUnknownKindInside_AsksForThatKindOnly()
    {
        var finding = Decide(Veteran(
            [Active(D(2015, 1, 1), D(2019, 1, 1)), new ServicePeriod { Start = D(2005, 1, 1), End = D(2009, 1, 1) }, new ServicePeriod { End = D(2012, 1, 1), Kind = ServiceKind.Active }],
            Honorable(D(2019, 1, 1))));

        Is(finding, PreferenceCategory.Unknown, PreferenceBecause.NoQualifyingService, "military.periods[1].kind");
    }

    // opm-vet-guide: the 24-month rule is met by "the full period for which called or ordered to active duty" — any span.
    [Fact]
    public void Decide_CampaignMedalOneSpanServedInFull_Tp()
    {
        var finding = Decide(Veteran(
            [Active(D(2012, 1, 1), D(2012, 12, 31), servedFullPeriod: true), Active(D(2015, 1, 1), D(2015, 6, 30), servedFullPeriod: false)],
            Honorable(D(2015, 6, 30)),
            medals: [Medal]));

        Is(finding, PreferenceCategory.Tp, PreferenceBecause.CampaignMedal);
    }

    [Fact]
    public void Decide_GulfWarAndCampaignMedalBothShort_ThePeriodIsNamed()
    {
        var finding = Decide(Veteran([Active(D(1991, 1, 1), D(1991, 6, 30), servedFullPeriod: false)], Honorable(D(1991, 6, 30)), medals: [Medal]));

        Is(finding, PreferenceCategory.None, PreferenceBecause.TwentyFourMonthRuleNotMet);
        Assert.Equal("gulf-war", finding.PeriodId);
        Assert.Null(finding.Medal);
    }

    [Theory]
    [InlineData(PreferenceCategory.Cps, true, true)]
    [InlineData(PreferenceCategory.Cp, true, true)]
    [InlineData(PreferenceCategory.Xp, true, true)]
    [InlineData(PreferenceCategory.Tp, true, false)]
    [InlineData(PreferenceCategory.Ssp, true, false)]
    [InlineData(PreferenceCategory.None, false, false)]
    [InlineData(PreferenceCategory.Unknown, false, false)]
    public void Category_EligibleAndDisabled_ByCategory(PreferenceCategory category, bool eligible, bool disabled)
    {
        var finding = new PreferenceFinding(category, PreferenceBecause.DisabilityRating, []);

        Assert.Equal(eligible, finding.IsPreferenceEligible);
        Assert.Equal(disabled, finding.IsDisabledVeteran);
    }
}
