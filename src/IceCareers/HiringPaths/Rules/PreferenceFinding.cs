using IceCareers.Candidates;

namespace IceCareers.HiringPaths.Rules;

/// <summary>What decided a preference category (or kept it unknown). The explanation writer turns each into words.</summary>
internal enum PreferenceBecause
{
    /// <summary>No military facts at all.</summary>
    NoMilitaryFacts,

    /// <summary><c>veteran: false</c> and no service stated.</summary>
    NotAVeteran,

    /// <summary><c>preferenceEligible: true</c> with no facts to decide the category from.</summary>
    SelfDeclaredOnly,

    /// <summary>Some military facts, but none that decide.</summary>
    NoServiceFacts,

    /// <summary>Still serving without an expected release date.</summary>
    ServingNoRelease,

    /// <summary>Still serving, but the expected release has passed.</summary>
    ReleaseDatePassed,

    /// <summary>Still serving with the release more than the certification's days away.</summary>
    NotYetCertifiable,

    /// <summary>The discharge's character is not stated.</summary>
    NoCharacter,

    /// <summary>The discharge is not under honorable conditions.</summary>
    NotUnderHonorableConditions,

    /// <summary>An uncharacterized separation, which the agency adjudicates.</summary>
    Uncharacterized,

    /// <summary>A disability rating.</summary>
    DisabilityRating,

    /// <summary>A disability is stated without its percent.</summary>
    DisabilityPercentMissing,

    /// <summary>A Purple Heart.</summary>
    PurpleHeart,

    /// <summary>Retired at O-4 or above and not a disabled veteran.</summary>
    RetiredOfficer,

    /// <summary>Retired at O-4 or above, disability not stated.</summary>
    RetiredOfficerDisabilityUnknown,

    /// <summary>Service in a dated period of 5 U.S.C. 2108(1).</summary>
    QualifyingPeriod,

    /// <summary>A campaign badge or expeditionary medal.</summary>
    CampaignMedal,

    /// <summary>A basis subject to the 24-month rule, which is not met.</summary>
    TwentyFourMonthRuleNotMet,

    /// <summary>A basis subject to the 24-month rule, which the facts do not decide.</summary>
    TwentyFourMonthRuleUnknown,

    /// <summary>A sole survivorship discharge.</summary>
    SoleSurvivorship,

    /// <summary>No period, medal, disability or discharge reason that gives preference, with the facts stated.</summary>
    NoQualifyingService,

    /// <summary>No qualifying period, and campaign medals not stated.</summary>
    MedalsUnknown,

    /// <summary>The periods stated are too incomplete to decide.</summary>
    PeriodsIncomplete,
}

/// <summary>
/// The decision of <see cref="PreferenceRule"/>: the category, what decided it, the facts the words need, and the profile
/// fields that would decide more (for an unknown category) or could raise it.
/// </summary>
internal sealed record PreferenceFinding(PreferenceCategory Category, PreferenceBecause Because, IReadOnlyList<string> Missing)
{
    /// <summary>Still serving: the category rests on a certification of discharge under honorable conditions.</summary>
    public bool Tentative { get; init; }

    /// <summary>The first day a certification can be used (for <see cref="PreferenceBecause.NotYetCertifiable"/>).</summary>
    public DateOnly? CertifiableFrom { get; init; }

    /// <summary>The qualifying period's id (for <see cref="PreferenceBecause.QualifyingPeriod"/>).</summary>
    public string? PeriodId { get; init; }

    /// <summary>The disability rating, in percent.</summary>
    public int? Percent { get; init; }

    /// <summary>The discharge's character.</summary>
    public DischargeCharacter? Character { get; init; }

    /// <summary>The medal that decided it.</summary>
    public string? Medal { get; init; }

    /// <summary>The discharge reason, where the words depend on it.</summary>
    public DischargeReason? Reason { get; init; }

    /// <summary>The category's points; <see langword="null"/> when unknown.</summary>
    public int? Points { get; init; }

    /// <summary>The sources the decision rests on.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>Whether the person is a preference eligible (any category that is not none or unknown).</summary>
    public bool IsPreferenceEligible => Category is not (PreferenceCategory.None or PreferenceCategory.Unknown);

    /// <summary>Whether the person is a disabled veteran for preference (CP, CPS, or XP by a disability or a Purple Heart).</summary>
    public bool IsDisabledVeteran => Category is PreferenceCategory.Cp or PreferenceCategory.Cps or PreferenceCategory.Xp;
}
