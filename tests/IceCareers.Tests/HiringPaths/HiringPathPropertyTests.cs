using CsCheck;
using IceCareers.Candidates;
using IceCareers.HiringPaths;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths;

/// <summary>Properties of the hiring-path rules over generated service histories (CsCheck).</summary>
public sealed class HiringPathPropertyTests
{
    private static readonly Gen<DateOnly> Day = Gen.Int[new DateOnly(1940, 1, 1).DayNumber, new DateOnly(2026, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<ServicePeriod> Period =
        from start in Day
        from days in Gen.Int[1, 4000]
        from kind in Gen.OneOf(ServiceKind.Active, ServiceKind.ActiveForTraining)
        from fullCode in Gen.Int[0, 2]
        let full = fullCode switch { 0 => (bool?)null, 1 => true, _ => false }
        select new ServicePeriod { Start = start, End = SafeAdd(start, days), Kind = kind, ServedFullPeriod = full };

    private static readonly Gen<Discharge> AnyDischarge =
        from character in Gen.Enum<DischargeCharacter>()
        from reason in Gen.Enum<DischargeReason>()
        from date in Day
        select new Discharge { Character = character, Reason = reason, Date = date };

    private static readonly Gen<Military> Service =
        from periods in Period.Array[0, 4]
        from discharge in AnyDischarge
        from medals in Gen.OneOf(Gen.Const<string[]>([]), Gen.Const<string[]>(["Afghanistan Campaign Medal"]), Gen.Const<string[]>(["Armed Forces Service Medal"]))
        from purple in Gen.Bool
        from retiredOfficer in Gen.Bool
        let retired = retiredOfficer ? new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse("O-5") } : null
        select new Military
        {
            Periods = periods,
            Discharge = discharge,
            CampaignMedals = medals,
            PurpleHeart = purple,
            Retired = retired,
            Disability = ServiceDisability.None,
        };

    private static readonly Gen<DateOnly> AsOf = Gen.Int[new DateOnly(2000, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static DateOnly SafeAdd(DateOnly start, int days) => start.DayNumber + days > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : start.AddDays(days);

    private static int Points(HiringPathReport report) => report.Preference.Points ?? 0;

    private static CandidateProfile With(Military military, ServiceDisability disability) =>
        new() { Citizenship = Citizenship.UsCitizen, Military = new Military
        {
            Periods = military.Periods,
            Discharge = military.Discharge,
            CampaignMedals = military.CampaignMedals,
            PurpleHeart = military.PurpleHeart,
            Retired = military.Retired,
            Disability = disability,
        } };

    // The issue: "adding a disability rating never lowers points".
    [Fact]
    public void Preference_AddingADisabilityRating_NeverLowersPoints()
    {
        Gen.Select(Service, Gen.Int[0, 100], AsOf).Sample((military, percent, asOf) =>
        {
            var without = Points(Evaluate(With(military, ServiceDisability.None), asOf));
            var with = Points(Evaluate(With(military, new ServiceDisability { Percent = percent, RatedOn = new DateOnly(2000, 1, 1) }), asOf));
            return with >= without;
        });
    }

    // The issue: "an earlier discharge date never extends a window".
    [Fact]
    public void Paths_EarlierDischargeDate_NeverExtendsAWindow()
    {
        Gen.Select(Service, Gen.Int[1, 5000], AsOf).Sample((military, earlierBy, asOf) =>
        {
            var discharge = military.Discharge!;
            var earlier = new Discharge { Character = discharge.Character, Reason = discharge.Reason, Date = discharge.Date!.Value.AddDays(-earlierBy) };
            var later = Evaluate(With(military, ServiceDisability.None), asOf);
            var sooner = Evaluate(With(new Military
            {
                Periods = military.Periods, Discharge = earlier, CampaignMedals = military.CampaignMedals,
                PurpleHeart = military.PurpleHeart, Retired = military.Retired,
            }, ServiceDisability.None), asOf);
            return later.Paths.Zip(sooner.Paths).All(pair =>
                pair.Second.Until is not { } shorter || pair.First.Until is not { } longer || shorter <= longer)
                && later.Paths.Zip(sooner.Paths).All(pair => pair.Second.Verdict != PathVerdict.Eligible || pair.First.Verdict == PathVerdict.Eligible
                    || pair.First.Id is not (HiringPathIds.Vra or HiringPathIds.PathwaysRecentGraduate));
        });
    }

    [Fact]
    public void Evaluate_AnyServiceHistory_NeverThrowsAndDecidesEveryPath()
    {
        Gen.Select(Service, AsOf).Sample((military, asOf) =>
        {
            var report = Evaluate(With(military, ServiceDisability.None), asOf);
            return report.Paths.Count == HiringPathIds.All.Count && report.Preference.Reason.Length > 0 && report.Paths.All(p => p.Reason.Length > 0);
        });
    }
}
