using IceCareers.Candidates;
using IceCareers.Provenance;

namespace IceCareers.Hiring;

/// <summary>
/// The hiring-path data of a catalog (data/hiring/), read once: veterans' preference, the paths, the evidence and how a
/// posting's authority is read. Internal: the public face is <c>HiringPathEvaluator</c>.
/// </summary>
internal sealed class HiringRules
{
    public static readonly HiringRules Empty = new([], null, [], [], [], []);

    public HiringRules(
        IReadOnlyList<Source> sources,
        PreferenceRules? preference,
        IReadOnlyList<PathDefinition> paths,
        IReadOnlyList<EvidenceDefinition> evidence,
        IReadOnlyList<AuthorityDefinition> authorities,
        IReadOnlyList<HiringPathCode> codes)
    {
        Sources = sources;
        Preference = preference;
        Paths = paths;
        Evidence = evidence;
        Authorities = authorities;
        Codes = codes;
    }

    public IReadOnlyList<Source> Sources { get; }

    /// <summary>The preference rules; <see langword="null"/> for a catalog without hiring data.</summary>
    public PreferenceRules? Preference { get; }

    public IReadOnlyList<PathDefinition> Paths { get; }

    public IReadOnlyList<EvidenceDefinition> Evidence { get; }

    public IReadOnlyList<AuthorityDefinition> Authorities { get; }

    public IReadOnlyList<HiringPathCode> Codes { get; }

    public PathDefinition? Path(string id) => Paths.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}

/// <summary>The values of preference.yaml.</summary>
internal sealed record PreferenceRules(
    DischargeRules Discharge,
    IReadOnlyList<PreferenceCategoryDefinition> Categories,
    DisabilityThresholds Disability,
    IReadOnlyList<QualifyingPeriod> Periods,
    CampaignMedalRule CampaignMedals,
    TwentyFourMonthRule TwentyFourMonthRule,
    Sourced<bool> ActiveDutyForTrainingCountsForDisabled,
    Sourced<DateOnly> SoleSurvivorshipReleasedAfter,
    Sourced<MilitaryPayGrade> RetiredOfficersFrom,
    Sourced<int> CertificationDays);

/// <summary>Which discharge characters count as under honorable conditions, which do not, and which an agency adjudicates.</summary>
internal sealed record DischargeRules(
    IReadOnlyList<DischargeCharacter> UnderHonorableConditions,
    IReadOnlyList<DischargeCharacter> NotUnderHonorableConditions,
    IReadOnlyList<DischargeCharacter> Adjudicated,
    IReadOnlyList<string> Sources);

/// <summary>One preference category in precedence order.</summary>
internal sealed record PreferenceCategoryDefinition(string Id, string Title, int Points, IReadOnlyList<string> Sources);

/// <summary>The disability ratings that make CP and CPS.</summary>
internal sealed record DisabilityThresholds(int CompensableMinPercent, int CpsMinPercent, IReadOnlyList<string> Sources);

/// <summary>How a <see cref="QualifyingPeriod"/> is met.</summary>
internal enum PeriodRule
{
    /// <summary>Any day of active duty inside the period.</summary>
    AnyDay,

    /// <summary>One continuous period of more than <see cref="QualifyingPeriod.Days"/> days, any part inside the period.</summary>
    MoreThanConsecutiveDays,
}

/// <summary>A dated period of 5 U.S.C. 2108(1) that makes a veteran for 5-point preference.</summary>
internal sealed record QualifyingPeriod(
    string Id,
    string Title,
    DateOnly From,
    DateOnly To,
    PeriodRule Rule,
    int Days,
    bool TwentyFourMonthRule,
    bool War,
    IReadOnlyList<string> Sources,
    string? Note);

/// <summary>Campaign badges and expeditionary medals.</summary>
internal sealed record CampaignMedalRule(bool TwentyFourMonthRule, IReadOnlyList<string> NotForPreference, IReadOnlyList<string> Sources);

/// <summary>38 U.S.C. 5303A's minimum service as OPM's guide applies it.</summary>
internal sealed record TwentyFourMonthRule(
    DateOnly EnlistedAfter,
    DateOnly ActiveDutyFrom,
    int Months,
    IReadOnlyList<DischargeReason> ExemptReasons,
    IReadOnlyList<string> Sources,
    string? Note);

/// <summary>A value with the sources it rests on.</summary>
internal sealed record Sourced<T>(T Value, IReadOnlyList<string> Sources);

/// <summary>
/// One hiring path of paths.yaml. The numbers a path's rule needs are checked present by the loader; a number another
/// path's rule uses is absent (<see langword="null"/>).
/// </summary>
internal sealed record PathDefinition(
    string Id,
    string Title,
    bool? PreferenceApplies,
    bool Advisory,
    int? MaxGrade,
    IReadOnlyList<Citizenship> Citizenships,
    int? RecentlySeparatedYears,
    int? DisabledMinPercent,
    int? ContinuousActiveServiceYears,
    int? MinPercent,
    DateOnly? RatedFrom,
    int? ApplicationYears,
    int? VeteranOuterLimitYears,
    int? LastDaysOfService,
    int? ReinstatementYears,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> Sources,
    string? Note);

/// <summary>One item of evidence and the paths and claims it proves.</summary>
internal sealed record EvidenceDefinition(string Id, string Title, IReadOnlyList<string> For, IReadOnlyList<string> Sources);

/// <summary>A hiring authority a posting can use, and how its words and number show it.</summary>
internal sealed record AuthorityDefinition(
    string Id,
    string Title,
    bool PreferenceApplies,
    IReadOnlyList<string> NumberMarkers,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Sources);

/// <summary>A USAJOBS hiring-path code and the person's paths it opens.</summary>
internal sealed record HiringPathCode(string Code, string Title, IReadOnlyList<string> Opens, IReadOnlyList<string> Sources);
