using IceCareers.Candidates;
using IceCareers.HiringPaths;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths;

/// <summary>
/// docs/rules.md §4.1: the preference category from the facts of service. Worked examples from OPM's Vet Guide
/// (opm-vet-guide) and 5 U.S.C. 2108 / 2108a (5-usc-2108, 5-usc-2108a), each naming its source.
/// </summary>
public sealed class PreferenceRuleTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static PreferenceResult Preference(CandidateProfile profile, DateOnly? asOf = null) => Evaluate(profile, asOf ?? AsOf).Preference;

    // opm-vet-guide, "10-Point 30 Percent Compensable Disability Preference (CPS)": 30 percent or more.
    [Theory]
    [InlineData(30, PreferenceCategory.Cps)]
    [InlineData(100, PreferenceCategory.Cps)]
    [InlineData(29, PreferenceCategory.Cp)] // "at least 10 percent but less than 30 percent"
    [InlineData(10, PreferenceCategory.Cp)]
    [InlineData(0, PreferenceCategory.Xp)] // "present service-connected disability ... does not qualify as CP or CPS"
    public void Category_DisabilityRating_GivesTheGuidesCategory(int percent, PreferenceCategory expected)
    {
        var profile = Veteran([Active(D(2012, 1, 10), D(2016, 1, 9))], Honorable(D(2016, 1, 9)), new ServiceDisability { Percent = percent, RatedOn = D(2016, 6, 1) });

        var preference = Preference(profile);

        Assert.Equal(expected, preference.Category);
        Assert.Equal(10, preference.Points);
        Assert.Contains("opm-vet-guide", preference.Sources);
    }

    // opm-vet-guide: a Purple Heart is XP (a widely copied decision tree calls it CPS: wrong).
    [Fact]
    public void Category_PurpleHeartWithoutRating_Xp()
    {
        var profile = Veteran([Active(D(2012, 1, 10), D(2016, 1, 9))], Honorable(D(2016, 1, 9)), purpleHeart: true);

        Assert.Equal(PreferenceCategory.Xp, Preference(profile).Category);
    }

    // 5-usc-2108 (1)(D), opm-vet-guide: more than 180 consecutive days, any part from 2001-09-11 through 2010-08-31.
    [Theory]
    [InlineData(2010, 8, 31, PreferenceCategory.Tp)] // the last day of the period
    [InlineData(2010, 9, 1, PreferenceCategory.None)] // one day after
    public void Category_ServiceStartingAtThePost911Edge_TpOnlyInsideThePeriod(int year, int month, int day, PreferenceCategory expected)
    {
        var start = D(year, month, day);
        var profile = Veteran([Active(start, start.AddYears(4).AddDays(-1))], Honorable(start.AddYears(4).AddDays(-1)));

        var preference = Preference(profile);

        Assert.Equal(expected, preference.Category);
        Assert.Equal(expected == PreferenceCategory.Tp ? 5 : 0, preference.Points);
    }

    // 5-usc-2108 (1)(B), (D): "more than 180 consecutive days" — 180 days is not enough, 181 is.
    [Theory]
    [InlineData(180, PreferenceCategory.None)]
    [InlineData(181, PreferenceCategory.Tp)]
    public void Category_ConsecutiveDaysInThePost911Period_MoreThan180Needed(int days, PreferenceCategory expected)
    {
        var start = D(2009, 1, 1);
        var end = start.AddDays(days - 1);
        var profile = Veteran([Active(start, end)], Honorable(end));

        Assert.Equal(expected, Preference(profile).Category);
    }

    // opm-vet-guide: "For non-disabled users, active duty for training ... does not qualify as active duty for preference."
    [Fact]
    public void Category_OnlyActiveDutyForTraining_None()
    {
        var profile = Veteran([Vets.Training(D(2005, 1, 1), D(2006, 12, 31))], Honorable(D(2006, 12, 31)));

        Assert.Equal(PreferenceCategory.None, Preference(profile).Category);
    }

    // opm-vet-guide: "For disabled veterans, active duty includes training service" (Hesse v. Army).
    [Fact]
    public void Category_DisabledVeteranWhoseServiceWasTraining_Cp()
    {
        var profile = Veteran([Vets.Training(D(2005, 1, 1), D(2005, 3, 1))], Honorable(D(2005, 3, 1)), new ServiceDisability { Percent = 20, RatedOn = D(2006, 1, 1) });

        Assert.Equal(PreferenceCategory.Cp, Preference(profile).Category);
    }

    // 5-usc-2108 (1): discharge "under honorable conditions"; opm-vet-guide: honorable or general.
    [Theory]
    [InlineData(DischargeCharacter.Honorable, PreferenceCategory.Tp)]
    [InlineData(DischargeCharacter.General, PreferenceCategory.Tp)]
    [InlineData(DischargeCharacter.OtherThanHonorable, PreferenceCategory.None)]
    [InlineData(DischargeCharacter.BadConduct, PreferenceCategory.None)]
    [InlineData(DischargeCharacter.Dishonorable, PreferenceCategory.None)]
    [InlineData(DischargeCharacter.Uncharacterized, PreferenceCategory.Unknown)]
    public void Category_CharacterOfDischarge_DecidesBeforeService(DischargeCharacter character, PreferenceCategory expected)
    {
        var profile = Veteran([Active(D(2004, 1, 1), D(2008, 1, 1))], new Discharge { Character = character, Date = D(2008, 1, 1), Reason = DischargeReason.Other });

        Assert.Equal(expected, Preference(profile).Category);
    }

    // An OTH discharge bars preference even with a disability rating (5-usc-2108 (2): "separated ... under honorable conditions").
    [Fact]
    public void Category_OtherThanHonorableWithRating_None()
    {
        var profile = Veteran(
            [Active(D(2004, 1, 1), D(2008, 1, 1))],
            new Discharge { Character = DischargeCharacter.OtherThanHonorable, Date = D(2008, 1, 1) },
            new ServiceDisability { Percent = 50, RatedOn = D(2009, 1, 1) });

        Assert.Equal(PreferenceCategory.None, Preference(profile).Category);
    }

    // opm-vet-guide: the 24-month rule for a campaign medal holder who enlisted after 1980-09-07.
    [Fact]
    public void Category_CampaignMedalAfter1980With18MonthsAndOtherReason_None()
    {
        var profile = Veteran(
            [Active(D(2014, 1, 1), D(2015, 6, 30), servedFullPeriod: false)],
            Honorable(D(2015, 6, 30)),
            medals: ["Inherent Resolve Campaign Medal"]);

        var preference = Preference(profile);

        Assert.Equal(PreferenceCategory.None, preference.Category);
    }

    [Theory]
    [InlineData(DischargeReason.Disability)] // "does not apply to 10-point preference eligibles separated for disability"
    [InlineData(DischargeReason.Hardship)] // "or to veterans separated for hardship"
    public void Category_CampaignMedalShortServiceWithExemptReason_Tp(DischargeReason reason)
    {
        var profile = Veteran([Active(D(2014, 1, 1), D(2015, 6, 30))], Honorable(D(2015, 6, 30), reason), medals: ["Afghanistan Campaign Medal"]);

        Assert.Equal(PreferenceCategory.Tp, Preference(profile).Category);
    }

    [Fact]
    public void Category_CampaignMedalReservistWhoServedFullOrders_Tp()
    {
        // A reservist called up for 11 months who served the full period ordered (opm-vet-guide, Gulf War Q&A).
        var profile = Veteran([Active(D(2014, 1, 1), D(2014, 11, 30), servedFullPeriod: true)], Honorable(D(2014, 11, 30)), medals: ["Afghanistan Campaign Medal"]);

        Assert.Equal(PreferenceCategory.Tp, Preference(profile).Category);
    }

    [Fact]
    public void Category_CampaignMedalShortServiceFullPeriodNotStated_UnknownAskingForIt()
    {
        var profile = Veteran([Active(D(2014, 1, 1), D(2014, 11, 30))], Honorable(D(2014, 11, 30)), medals: ["Afghanistan Campaign Medal"]);

        var report = Evaluate(profile, AsOf);

        Assert.Equal(PreferenceCategory.Unknown, report.Preference.Category);
        Assert.Null(report.Preference.Points);
        Assert.Contains("military.periods[0].servedFullPeriod", report.MissingInformation);
    }

    [Fact]
    public void Category_CampaignMedal24MonthsToTheDay_Tp()
    {
        // 2014-01-01 through 2015-12-31 is 24 months of continuous active duty.
        var profile = Veteran([Active(D(2014, 1, 1), D(2015, 12, 31), servedFullPeriod: false)], Honorable(D(2015, 12, 31)), medals: ["Afghanistan Campaign Medal"]);

        Assert.Equal(PreferenceCategory.Tp, Preference(profile).Category);
    }

    [Fact]
    public void Category_CampaignMedalOneDayShortOf24Months_None()
    {
        var profile = Veteran([Active(D(2014, 1, 1), D(2015, 12, 30), servedFullPeriod: false)], Honorable(D(2015, 12, 30)), medals: ["Afghanistan Campaign Medal"]);

        Assert.Equal(PreferenceCategory.None, Preference(profile).Category);
    }

    // opm-vet-guide: the 24-month rule applies to those who originally enlisted after September 7, 1980.
    [Fact]
    public void Category_GulfWarServiceOfOneMonthByAnEarlyEnlistee_Tp()
    {
        var profile = Veteran(
            [Active(D(1979, 6, 1), D(1983, 5, 31)), Active(D(1990, 9, 1), D(1990, 9, 30), servedFullPeriod: false)],
            Honorable(D(1990, 9, 30)));

        Assert.Equal(PreferenceCategory.Tp, Preference(profile).Category);
    }

    // opm-vet-guide, Gulf War Q&A: a reservist called up for a month during the Gulf War who served it is eligible.
    [Fact]
    public void Category_GulfWarReservistCalledForAMonth_Tp()
    {
        var profile = Veteran([Active(D(1991, 1, 10), D(1991, 2, 9), servedFullPeriod: true)], Honorable(D(1991, 2, 9)));

        Assert.Equal(PreferenceCategory.Tp, Preference(profile).Category);
    }

    // opm-vet-guide, VRA section: the Armed Forces Service Medal "does not confer veterans' preference eligibility".
    [Fact]
    public void Category_OnlyTheArmedForcesServiceMedal_None()
    {
        var profile = Veteran([Active(D(2012, 1, 1), D(2016, 1, 1))], Honorable(D(2016, 1, 1)), medals: ["Armed Forces Service Medal"]);

        Assert.Equal(PreferenceCategory.None, Preference(profile).Category);
    }

    // 5-usc-2108 (4), opm-vet-guide: retirees at major / lieutenant commander (O-4) or above are not preference eligibles
    // unless disabled veterans.
    [Theory]
    [InlineData("O-3", PreferenceCategory.Tp)]
    [InlineData("O-4", PreferenceCategory.None)]
    [InlineData("O-6", PreferenceCategory.None)]
    [InlineData("W-4", PreferenceCategory.Tp)]
    [InlineData("E-9", PreferenceCategory.Tp)]
    public void Category_RetireeByPayGrade_O4AndAboveBarred(string payGrade, PreferenceCategory expected)
    {
        var profile = Veteran(
            [Active(D(1988, 6, 1), D(2008, 5, 31))],
            Honorable(D(2008, 5, 31)),
            retired: new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse(payGrade) });

        Assert.Equal(expected, Preference(profile).Category);
    }

    [Fact]
    public void Category_RetiredO5WithA40PercentRating_Cps()
    {
        var profile = Veteran(
            [Active(D(1988, 6, 1), D(2008, 5, 31))],
            Honorable(D(2008, 5, 31)),
            new ServiceDisability { Percent = 40, RatedOn = D(2009, 1, 1) },
            retired: new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse("O-5") });

        Assert.Equal(PreferenceCategory.Cps, Preference(profile).Category);
    }

    [Fact]
    public void Category_RetiredO5DisabilityNotStated_UnknownAskingForIt()
    {
        var profile = new CandidateProfile
        {
            Military = new Military
            {
                Periods = [Active(D(1988, 6, 1), D(2008, 5, 31))],
                Discharge = Honorable(D(2008, 5, 31)),
                Retired = new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse("O-5") },
            },
        };

        var report = Evaluate(profile, AsOf);

        Assert.Equal(PreferenceCategory.Unknown, report.Preference.Category);
        Assert.Contains("military.disability", report.MissingInformation);
    }

    // 5-usc-2108 (3)(H), chcoc-2013-hubbard-act: sole survivorship discharge after August 29, 2008 — no points.
    [Theory]
    [InlineData(2008, 8, 29, PreferenceCategory.None)]
    [InlineData(2008, 8, 30, PreferenceCategory.Ssp)]
    public void Category_SoleSurvivorshipDischarge_SspOnlyAfterTheHubbardAct(int year, int month, int day, PreferenceCategory expected)
    {
        // 150 days of service: too short for 5-point preference by the post-9/11 period, so only the discharge reason counts.
        var discharge = D(year, month, day);
        var profile = Veteran([Active(discharge.AddDays(-149), discharge)], Honorable(discharge, DischargeReason.SoleSurvivorship));

        var preference = Preference(profile);

        Assert.Equal(expected, preference.Category);
        Assert.Equal(0, preference.Points);
    }

    // 5-usc-2108a: a certification of discharge under honorable conditions not later than 120 days after submission.
    [Theory]
    [InlineData(119, PreferenceCategory.Tp, true)]
    [InlineData(120, PreferenceCategory.Tp, true)]
    [InlineData(121, PreferenceCategory.None, false)]
    public void Category_StillServing_TentativeWithin120Days(int daysToRelease, PreferenceCategory expected, bool tentative)
    {
        var profile = Veteran([Active(D(2009, 1, 5), null)], null, medals: [], expectedRelease: AsOf.AddDays(daysToRelease));

        var preference = Preference(profile);

        Assert.Equal(expected, preference.Category);
        Assert.Equal(tentative, preference.Tentative);
    }

    [Fact]
    public void Category_StillServingWithoutRelease_UnknownAskingForTheDate()
    {
        var profile = Veteran([Active(D(2009, 1, 5), null)], null);

        var report = Evaluate(profile, AsOf);

        Assert.Equal(PreferenceCategory.Unknown, report.Preference.Category);
        Assert.Contains("military.expectedRelease", report.MissingInformation);
    }

    [Fact]
    public void Category_SelfDeclaredPreferenceEligibleWithNoFacts_UnknownAskingForTheFacts()
    {
        var profile = new CandidateProfile { Military = new Military { Veteran = true, PreferenceEligible = true, ServiceMonths = 48 } };

        var report = Evaluate(profile, AsOf);

        Assert.Equal(PreferenceCategory.Unknown, report.Preference.Category);
        Assert.Contains("military.periods", report.MissingInformation);
        Assert.Contains("military.discharge", report.MissingInformation);
        Assert.Contains("military.disability", report.MissingInformation);
    }

    [Fact]
    public void Category_MilitaryNotStated_UnknownAskingWhetherTheyServed()
    {
        var report = Evaluate(new CandidateProfile(), AsOf);

        Assert.Equal(PreferenceCategory.Unknown, report.Preference.Category);
        Assert.Equal("military", report.MissingInformation[0]);
    }

    [Fact]
    public void Category_NotAVeteran_None()
    {
        var preference = Preference(new CandidateProfile { Military = new Military { Veteran = false } });

        Assert.Equal(PreferenceCategory.None, preference.Category);
        Assert.Equal(0, preference.Points);
    }

    [Fact]
    public void Category_ServiceAfter2010MedalsNotStated_UnknownAskingForMedals()
    {
        var profile = new CandidateProfile
        {
            Military = new Military
            {
                Periods = [Active(D(2012, 1, 1), D(2016, 1, 1))],
                Discharge = Honorable(D(2016, 1, 1)),
                Disability = ServiceDisability.None,
            },
        };

        var report = Evaluate(profile, AsOf);

        Assert.Equal(PreferenceCategory.Unknown, report.Preference.Category);
        Assert.Contains("military.campaignMedals", report.MissingInformation);
    }

    [Fact]
    public void Category_TpWithDisabilityNotStated_TpAndAsksForTheRating()
    {
        var profile = new CandidateProfile
        {
            Military = new Military
            {
                Periods = [Active(D(2003, 1, 1), D(2007, 1, 1))],
                Discharge = Honorable(D(2007, 1, 1)),
            },
        };

        var report = Evaluate(profile, AsOf);

        Assert.Equal(PreferenceCategory.Tp, report.Preference.Category);
        Assert.Contains("military.disability", report.MissingInformation);
    }
}
