using IceCareers.Provenance;
using IceCareers.Roles;

namespace IceCareers.Compensation;

/// <summary>The pay data of a catalog (data/pay/), read once. Internal: the public face is <c>PayEstimator</c>.</summary>
internal sealed class PayData
{
    public static readonly PayData Empty = new([], [], [], [], [], [], [], null, []);

    public PayData(
        IReadOnlyList<Source> sources,
        IReadOnlyList<PaySchedule> schedules,
        IReadOnlyList<PayCap> caps,
        IReadOnlyList<LocalityArea> areas,
        IReadOnlyList<SpecialRate> specialRates,
        IReadOnlyList<PremiumRule> premiums,
        IReadOnlyList<PayIncentive> incentives,
        CareerRules? careers,
        IReadOnlyList<DutyStation> stations)
    {
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

    public IReadOnlyList<PremiumRule> Premiums { get; }

    public IReadOnlyList<PayIncentive> Incentives { get; }

    /// <summary>ICE duty stations (data/pay/duty-stations.yaml), in data order.</summary>
    public IReadOnlyList<DutyStation> Stations { get; }

    /// <summary>The career rules (data/pay/careers.yaml); <see langword="null"/> for a catalog without pay data.</summary>
    public CareerRules? Careers { get; }

    public PaySchedule? Schedule(PayPlan plan, int year) => Schedules.FirstOrDefault(s => s.Plan == plan && s.Year == year);

    public PayCap? Cap(int year) => Caps.FirstOrDefault(c => c.Year == year);
}

/// <summary>One year's annual rates of a pay plan: <see cref="Rows"/>[grade − <see cref="FirstGrade"/>][step − 1].</summary>
internal sealed record PaySchedule(PayPlan Plan, int Year, int FirstGrade, IReadOnlyList<IReadOnlyList<int>> Rows, IReadOnlyList<string> Sources, string? Derived)
{
    public int LastGrade => FirstGrade + Rows.Count - 1;

    public bool HasGrade(int grade) => grade >= FirstGrade && grade <= LastGrade;

    public int Rate(int grade, int step) => Rows[grade - FirstGrade][step - 1];
}

/// <summary>The pay cap (Executive Schedule level IV) of a year.</summary>
internal sealed record PayCap(int Year, int Amount, IReadOnlyList<string> Sources);

/// <summary>A locality pay area; <see cref="Percent"/> is <see langword="null"/> where only its special rate table is known.</summary>
internal sealed record LocalityArea(string Name, decimal? Percent, IReadOnlyList<int> Years, IReadOnlyList<string> Sources);

/// <summary>An OPM special rate table for law enforcement officers of the listed series in one area and year.</summary>
internal sealed record SpecialRate(string Table, string Area, int Year, decimal Supplement, IReadOnlyList<string> Series, IReadOnlyList<string> Sources);

/// <summary>Which premium a role earns.</summary>
internal sealed record PremiumRule(string RoleId, PremiumKind Kind, decimal MinPercent, decimal MaxPercent, IReadOnlyList<string> Sources, string? Note);
