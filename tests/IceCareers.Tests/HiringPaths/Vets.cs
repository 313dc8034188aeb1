using IceCareers.Candidates;
using IceCareers.HiringPaths;

namespace IceCareers.Tests.HiringPaths;

/// <summary>Short builders for the service facts the hiring-path tests state.</summary>
internal static class Vets
{
    public static readonly HiringPathEvaluator Evaluator = new(CareerCatalog.Default);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static ServicePeriod Active(DateOnly start, DateOnly? end, bool? servedFullPeriod = null) =>
        new() { Start = start, End = end, Kind = ServiceKind.Active, ServedFullPeriod = servedFullPeriod };

    public static ServicePeriod Training(DateOnly start, DateOnly end) => new() { Start = start, End = end, Kind = ServiceKind.ActiveForTraining };

    public static Discharge Honorable(DateOnly date, DischargeReason reason = DischargeReason.Other) =>
        new() { Character = DischargeCharacter.Honorable, Date = date, Reason = reason };

    /// <summary>A veteran who states every fact: no disability, no medals, no Purple Heart, unless given.</summary>
    public static CandidateProfile Veteran(
        IReadOnlyList<ServicePeriod> periods,
        Discharge? discharge,
        ServiceDisability? disability = null,
        IReadOnlyList<string>? medals = null,
        bool purpleHeart = false,
        MilitaryRetirement? retired = null,
        DateOnly? expectedRelease = null) => new()
        {
            Citizenship = Citizenship.UsCitizen,
            Military = new Military
            {
                Veteran = true,
                Periods = periods,
                Discharge = discharge,
                Disability = disability ?? ServiceDisability.None,
                CampaignMedals = medals ?? [],
                PurpleHeart = purpleHeart,
                Retired = retired,
                ExpectedRelease = expectedRelease,
            },
        };

    public static HiringPathReport Evaluate(CandidateProfile profile, DateOnly asOf) => Evaluator.Evaluate(profile, asOf);
}
