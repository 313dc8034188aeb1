using IceCareers.Provenance;
using IceCareers.Roles;

namespace IceCareers.Compensation;

/// <summary>The pay data of a catalog (data/pay/), read once. Internal: the public face is <c>PayEstimator</c>.</summary>
internal sealed class PayData
{
    public static readonly PayData Empty = new([], [], [], [], [], [], [], null, [], []);

    public PayData(
        IReadOnlyList<Source> sources,
        IReadOnlyList<PaySchedule> schedules,
        IReadOnlyList<PayCap> caps,
        IReadOnlyList<LocalityArea> areas,
        IReadOnlyList<SpecialRate> specialRates,
        IReadOnlyList<PremiumRule> premiums,
        IReadOnlyList<PayIncentive> incentives,
        CareerRules? careers,
        IReadOnlyList<DutyStation> stations,
        IReadOnlyList<SpecialRateSet> specialRateSets)
    {
        SpecialRateSets = specialRateSets;
        Stations = stations;
        Careers = careers;
        Sources = sources;
        Schedules = schedules;
        Caps = caps;
        Areas = areas;
        SpecialRates = specialRates;
        Premiums = premiums;
        Incentives = incentives;
    }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<PaySchedule> Schedules { get; }

    public IReadOnlyList<PayCap> Caps { get; }

    public IReadOnlyList<LocalityArea> Areas { get; }

    public IReadOnlyList<SpecialRate> SpecialRates { get; }

    /// <summary>The special rate authorizations (which tables cover which series, from when, which were not read).</summary>
    public IReadOnlyList<SpecialRateSet> SpecialRateSets { get; }

    public IReadOnlyList<PremiumRule> Premiums { get; }

    public IReadOnlyList<PayIncentive> Incentives { get; }

    /// <summary>ICE duty stations (data/pay/duty-stations.yaml), in data order.</summary>
    public IReadOnlyList<DutyStation> Stations { get; }

    /// <summary>The career rules (data/pay/careers.yaml); <see langword="null"/> for a catalog without pay data.</summary>
    public CareerRules? Careers { get; }

    public PaySchedule? Schedule(PayPlan plan, int year) => Schedules.FirstOrDefault(s => s.Plan == plan && s.Year == year);

    public PayCap? Cap(int year) => Caps.FirstOrDefault(c => c.Year == year);

    /// <summary>
    /// The pay year in force on <paramref name="date"/>: its calendar year once that year's tables have taken effect
    /// (their <see cref="PaySchedule.From"/>, January 1 when absent), the year before until then.
    /// </summary>
    public int YearInForce(DateOnly date)
    {
        var starts = Schedules.Where(s => s.Year == date.Year).Select(s => s.Start).ToArray();
        return starts.Length > 0 && starts.Min() > date ? date.Year - 1 : date.Year;
    }

    /// <summary>The locality pay area with this id, name or alias (case-insensitive), or <see langword="null"/>.</summary>
    public LocalityArea? Area(string text) =>
        Areas.FirstOrDefault(a => a.Matches(text));
}

/// <summary>
/// One year's annual rates of a pay plan: <see cref="Rows"/>[grade − <see cref="FirstGrade"/>][step − 1], in force from
/// <see cref="From"/> (January 1 of the year when absent) to the end of the year.
/// </summary>
internal sealed record PaySchedule(PayPlan Plan, int Year, int FirstGrade, IReadOnlyList<IReadOnlyList<int>> Rows, IReadOnlyList<string> Sources, string? Derived, DateOnly? From = null)
{
    public DateOnly Start => From ?? new DateOnly(Year, 1, 1);

    public int LastGrade => FirstGrade + Rows.Count - 1;

    public bool HasGrade(int grade) => grade >= FirstGrade && grade <= LastGrade;

    public int Rate(int grade, int step) => Rows[grade - FirstGrade][step - 1];
}

/// <summary>
/// The pay cap (Executive Schedule level IV) of a year, and what the premium-pay limit rests on: level V of the Executive
/// Schedule where the data has it, and the sources of the limit itself.
/// </summary>
internal sealed record PayCap(int Year, int Amount, IReadOnlyList<string> Sources, int? LevelV = null, IReadOnlyList<string>? LevelVSources = null, IReadOnlyList<string>? PremiumLimitSources = null)
{
    public IReadOnlyList<string> LevelVSourceIds => LevelVSources ?? [];

    public IReadOnlyList<string> PremiumLimitSourceIds => PremiumLimitSources ?? [];
}

/// <summary>
/// A locality pay area: its id, OPM name and other names, and its locality payment where OPM's text gives it
/// (<see cref="Percent"/> is <see langword="null"/> otherwise), with how it was obtained (<see cref="Basis"/>).
/// </summary>
internal sealed record LocalityArea(string Name, decimal? Percent, IReadOnlyList<int> Years, IReadOnlyList<string> Sources, string Id = "", IReadOnlyList<string>? Aliases = null, string? Basis = null)
{
    /// <summary>The <see cref="Basis"/> of a percentage printed on OPM's salary table for the area.</summary>
    public const string SalaryTableBasis = "salary-table";

    /// <summary>The <see cref="Basis"/> of a percentage derived from the supplement of OPM's special rate table for the area.</summary>
    public const string SpecialRateSupplementBasis = "special-rate-supplement";

    public IReadOnlyList<string> OtherNames => Aliases ?? [];

    /// <summary>Whether <paramref name="text"/> is this area's id, name or one of its other names (case-insensitive, trimmed).</summary>
    public bool Matches(string text)
    {
        var t = text.Trim();
        return string.Equals(Id, t, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Name, t, StringComparison.OrdinalIgnoreCase)
            || OtherNames.Any(n => string.Equals(n, t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the data has the locality payment for <paramref name="year"/>.</summary>
    public bool HasPercent(int year) => Percent is not null && Years.Contains(year);
}

/// <summary>An OPM special rate table for law enforcement officers of the listed series in one area and year, from <see cref="From"/>.</summary>
internal sealed record SpecialRate(string Table, string Area, int Year, decimal Supplement, IReadOnlyList<string> Series, IReadOnlyList<string> Sources, DateOnly? From = null)
{
    public bool InForce(DateOnly date) => date.Year >= Year && (From is not { } from || date >= from);
}

/// <summary>
/// A special rate authorization: from <see cref="From"/>, tables <see cref="First"/> to <see cref="Last"/> (one per locality
/// pay area) set the pay of officers in <see cref="Series"/>; <see cref="NotRead"/> are the tables not in the data.
/// </summary>
internal sealed record SpecialRateSet(int Year, DateOnly From, string First, string Last, IReadOnlyList<string> Series, IReadOnlyList<string> Sources, IReadOnlyList<string> NotRead)
{
    public string Range => First + "–" + Last;

    public bool Covers(string series, DateOnly date) => date >= From && Series.Contains(series);
}

/// <summary>Which premium a role earns.</summary>
internal sealed record PremiumRule(string RoleId, PremiumKind Kind, decimal MinPercent, decimal MaxPercent, IReadOnlyList<string> Sources, string? Note);
