using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IceCareers.Compensation;
using IceCareers.Roles;

namespace IceCareers.Pay;

/// <summary>
/// Estimates what a role pays at a grade, step, locality and date from the catalog's pay data: the GS or GL base rate,
/// the locality payment or (for law enforcement officers where OPM set one) the special rate, the pay cap, the role's
/// premium pay and the incentives in force. Thread-safe; every number comes from data/pay/ with its sources.
/// </summary>
public sealed class PayEstimator
{
    /// <summary>The locality pay area used when none is given.</summary>
    public const string DefaultLocality = "Rest of U.S.";

    private readonly CareerCatalog _catalog;

    /// <summary>Creates an estimator over <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog whose roles and pay data to use.</param>
    public PayEstimator(CareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <summary>The names of the locality pay areas in the data, in data order.</summary>
    public IReadOnlyList<string> KnownLocalities => _catalog.PayData.Areas.Select(a => a.Name).ToArray();

    /// <summary>
    /// ICE's duty stations (field offices) with their cities and locality pay areas, in data order: the cities
    /// <see cref="Estimate"/> and <see cref="ResolveLocality"/> accept besides locality pay area names.
    /// </summary>
    public IReadOnlyList<DutyStation> DutyStations => _catalog.PayData.Stations;

    /// <summary>The years that have pay tables.</summary>
    public IReadOnlyList<int> Years => _catalog.PayData.Schedules.Select(s => s.Year).Distinct().Order().ToArray();

    /// <summary>Estimates the annual pay of <paramref name="roleId"/>.</summary>
    /// <param name="roleId">The role id.</param>
    /// <param name="grade">The grade: GL at grades 3 to 10 for law-enforcement roles, GS otherwise.</param>
    /// <param name="step">The step, 1 to 10.</param>
    /// <param name="locality">
    /// An OPM locality pay area name, a unique case-insensitive part of one, or the city of an ICE field office
    /// (<see cref="DutyStations"/>).
    /// </param>
    /// <param name="asOf">The date; its calendar year picks the tables.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="RoleNotFoundException">The role is not in the catalog.</exception>
    /// <exception cref="ArgumentException">A parameter is out of range or unknown; the message names it and what is allowed.</exception>
    public PayEstimate Estimate(string roleId, PayGrade grade, int step, string locality, DateOnly asOf)
    {
        var role = _catalog.GetRole(roleId);
        return Compute(role, grade, step, locality, asOf, out var error) ?? throw error!;
    }

    /// <summary>Estimates the annual pay of <paramref name="roleId"/>, without throwing on bad input.</summary>
    /// <param name="roleId">The role id.</param>
    /// <param name="grade">The grade.</param>
    /// <param name="step">The step, 1 to 10.</param>
    /// <param name="locality">An OPM locality pay area name or a unique part of one.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="estimate">The estimate, or <see langword="null"/>.</param>
    /// <param name="error">Why there is no estimate, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when an estimate was made.</returns>
    public bool TryEstimate(string? roleId, PayGrade grade, int step, string? locality, DateOnly asOf, [NotNullWhen(true)] out PayEstimate? estimate, [NotNullWhen(false)] out string? error)
    {
        estimate = null;
        if (!_catalog.TryGetRole(roleId, out var role))
        {
            error = new RoleNotFoundException(roleId ?? "", _catalog.Roles.Select(r => r.Id)).Message;
            return false;
        }

        estimate = Compute(role, grade, step, locality, asOf, out var exception);
        error = exception?.Message;
        return estimate is not null;
    }

    /// <summary>
    /// Resolves a locality, case-insensitively: an exact area name, the city of an ICE field office
    /// (<see cref="DutyStations"/>), or a unique part of an area name or of a field-office city.
    /// </summary>
    /// <param name="locality">The text to resolve.</param>
    /// <returns>The OPM locality pay area name.</returns>
    /// <exception cref="ArgumentException">
    /// Unknown or ambiguous, or a field office whose locality pay area is not in the data; the message lists the known
    /// or the matching areas and cities.
    /// </exception>
    public string ResolveLocality(string locality)
    {
        var area = Resolve(locality, out var error);
        return area?.Name ?? throw error!;
    }

    internal PayEstimate? Compute(Role role, PayGrade grade, int step, string? locality, DateOnly asOf, out ArgumentException? error)
    {
        var data = _catalog.PayData;
        error = null;
        if (step is < 1 or > 10)
        {
            error = new ArgumentOutOfRangeException(nameof(step), step, "The step must be from 1 to 10.");
            return null;
        }

        var ladder = Ladder(role);
        if (grade.Grade < ladder.Low.Grade || grade.Grade > ladder.High.Grade)
        {
            error = new ArgumentOutOfRangeException(nameof(grade), grade.ToString(),
                $"{grade} is outside the career ladder of '{role.Id}' ({ladder.Low} to {ladder.High}).");
            return null;
        }

        var year = asOf.Year;
        var schedule = data.Schedule(grade.Plan, year);
        if (schedule is null)
        {
            var years = string.Join(", ", data.Schedules.Where(s => s.Plan == grade.Plan).Select(s => s.Year.ToString(CultureInfo.InvariantCulture)));
            error = new ArgumentOutOfRangeException(nameof(asOf), asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"There is no {grade.Plan} pay table for {year} in the data; {grade.Plan} tables: {(years.Length == 0 ? "none" : years)}.");
            return null;
        }

        var gl = data.Schedule(PayPlan.GL, year);
        if (grade.Plan == PayPlan.GL && !role.IsLawEnforcement)
        {
            error = new ArgumentException($"{grade} is a law-enforcement (GL) grade; '{role.Id}' is paid on the GS table (use GS-{grade.Grade}).", nameof(grade));
            return null;
        }

        if (!schedule.HasGrade(grade.Grade))
        {
            error = new ArgumentOutOfRangeException(nameof(grade), grade.ToString(),
                $"The {grade.Plan} table runs from {grade.Plan}-{schedule.FirstGrade} to {grade.Plan}-{schedule.LastGrade}.");
            return null;
        }

        if (grade.Plan == PayPlan.GS && role.IsLawEnforcement && gl is not null && gl.HasGrade(grade.Grade))
        {
            error = new ArgumentException($"'{role.Id}' is a law-enforcement role, paid on the GL table at grade {grade.Grade} (use GL-{grade.Grade}).", nameof(grade));
            return null;
        }

        var area = Resolve(locality ?? DefaultLocality, out error);
        if (area is null)
        {
            return null;
        }

        if (!area.Years.Contains(year))
        {
            var years = area.Years.Count == 0 ? "any year" : string.Join(", ", area.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
            error = new ArgumentException(
                $"The data has no locality payment (percentage) for {area.Name} in {year}: it has figures for {(area.Years.Count == 0 ? "no year" : years)}. No official copy of OPM's table for it was found, and the library does not guess one.",
                nameof(locality));
            return null;
        }

        var station = data.Stations.FirstOrDefault(s => s.LocalityArea == area.Name && string.Equals(s.City, (locality ?? "").Trim(), StringComparison.OrdinalIgnoreCase));
        var stationSources = station?.Sources ?? [];
        var cap = data.Cap(year);
        if (cap is null)
        {
            error = new ArgumentOutOfRangeException(nameof(asOf), $"There is no pay cap for {year} in the data.");
            return null;
        }

        var basePay = schedule.Rate(grade.Grade, step);
        var sources = new List<string>(schedule.Sources);
        var notes = new List<string>();
        var special = role.IsLawEnforcement
            ? data.SpecialRates.FirstOrDefault(r => r.Year == year && r.Area == area.Name && r.Series.Contains(role.Series.Code))
            : null;

        long uncapped = 0;
        decimal percent = 0;
        string? table = null;
        if (area.Percent is { } localityPercent)
        {
            uncapped = Apply(basePay, localityPercent);
            percent = localityPercent;
            sources.AddRange(area.Sources);
        }

        if (special is not null && Apply(basePay, special.Supplement) > uncapped)
        {
            uncapped = Apply(basePay, special.Supplement);
            percent = special.Supplement;
            table = special.Table;
            sources.AddRange(special.Sources);
        }

        if (area.Percent is null && table is null)
        {
            error = new ArgumentException(
                $"The data has only a law-enforcement special rate table for {area.Name}, not its locality payment, so it cannot estimate '{role.Id}' there.",
                nameof(locality));
            return null;
        }

        if (role.IsLawEnforcement && table is null && data.SpecialRates.Any(r => r.Year == year && r.Series.Contains(role.Series.Code)))
        {
            notes.Add($"OPM set special rate tables for law enforcement officers for {year}; the table for {area.Name} is not in the data, so its special rate (likely higher than the locality rate shown) is not applied.");
        }

        if (station is not null)
        {
            notes.Add($"The {station.Office} ({station.City}) is in the {area.Name} locality pay area (data/pay/duty-stations.yaml).");
            sources.AddRange(stationSources);
        }

        var capped = uncapped > cap.Amount;
        var adjusted = (int)Math.Min(uncapped, cap.Amount);
        sources.AddRange(cap.Sources);

        var rule = data.Premiums.FirstOrDefault(p => p.RoleId == role.Id);
        PayPremium premium;
        if (rule is null)
        {
            premium = new PayPremium { Kind = PremiumKind.None, MinPercent = 0, MaxPercent = 0 };
            notes.Add($"The data names no premium pay (LEAP or AUO) for '{role.Id}'.");
        }
        else
        {
            premium = new PayPremium { Kind = rule.Kind, MinPercent = rule.MinPercent, MaxPercent = rule.MaxPercent, Sources = rule.Sources, Note = rule.Note };
            sources.AddRange(rule.Sources);
            notes.Add("The premium is computed on the adjusted rate; the limits on premium pay per pay period and per year are not modelled.");
        }

        if (grade.Plan == PayPlan.GL && schedule.Derived is not null)
        {
            notes.Add($"OPM's {year} GL base table was not found; its rates are derived from OPM's {year} law-enforcement locality and special rate tables, every cell of which they reproduce (data/pay/schedules.yaml).");
        }

        return new PayEstimate
        {
            RoleId = role.Id,
            Grade = grade,
            Step = step,
            Locality = area.Name,
            AsOf = asOf,
            BasePay = basePay,
            LocalityPercent = percent,
            SpecialRateTable = table,
            AdjustedPay = adjusted,
            Premium = premium,
            TotalMin = adjusted + Percent(adjusted, premium.MinPercent),
            TotalMax = adjusted + Percent(adjusted, premium.MaxPercent),
            Capped = capped,
            PayCap = cap.Amount,
            Sources = sources.Distinct(StringComparer.Ordinal).ToArray(),
            Incentives = data.Incentives.Where(i => i.RoleIds.Contains(role.Id) && i.IsInForce(asOf)).ToArray(),
            Notes = notes,
        };
    }

    /// <summary>The lowest entry grade and the full-performance grade of a role.</summary>
    internal static (PayGrade Low, PayGrade High) Ladder(Role role) => (role.Grades.Entry.Count > 0 ? role.Grades.Entry[0] : role.Grades.FullPerformance, role.Grades.FullPerformance);

    /// <summary>The rate times 1 + percent / 100, rounded to the dollar (halves up), as OPM's tables do.</summary>
    internal static long Apply(int rate, decimal percent) => (long)Math.Round(rate * (1 + (percent / 100m)), MidpointRounding.AwayFromZero);

    private static int Percent(int amount, decimal percent) => (int)Math.Round(amount * percent / 100m, MidpointRounding.AwayFromZero);

    private LocalityArea? Resolve(string? text, out ArgumentException? error)
    {
        error = null;
        var data = _catalog.PayData;
        var areas = data.Areas;
        if (areas.Count == 0)
        {
            error = new ArgumentException("The catalog has no pay data (data/pay/).", "locality");
            return null;
        }

        var wanted = (text ?? "").Trim();
        if (wanted.Length == 0)
        {
            error = new ArgumentException("The locality is empty; " + KnownChoices() + ".", "locality");
            return null;
        }

        var exact = areas.FirstOrDefault(a => string.Equals(a.Name, wanted, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var stations = data.Stations.Where(s => string.Equals(s.City, wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (stations.Length == 0)
        {
            stations = data.Stations.Where(s => s.City.Contains(wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        // The candidates: areas whose name contains the text, and the areas of the field offices whose city does. A
        // field office whose area is not in the data is a candidate of its own, so that it is named, never skipped.
        var candidates = areas.Where(a => a.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)).Select(a => a.Name)
            .Concat(stations.Select(s => s.LocalityArea ?? "(" + s.Office + ")"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (candidates.Length == 1)
        {
            var station = stations.FirstOrDefault();
            if (station is not null && station.LocalityArea is null)
            {
                error = new ArgumentException(
                    $"The {station.Office} ({station.City}) is in a locality pay area the data does not define, so pay there cannot be estimated. Field offices with a known area: {string.Join("; ", data.Stations.Where(s => s.LocalityArea is not null).Select(s => s.City))}.",
                    "locality");
                return null;
            }

            return areas.First(a => a.Name == candidates[0]);
        }

        error = candidates.Length > 1
            ? new ArgumentException($"The locality '{wanted}' matches several areas or field offices: {string.Join("; ", candidates)}. Name one of them.", "locality")
            : new ArgumentException($"Unknown locality '{wanted}'. {KnownChoices()}. (Only these areas' figures have been sourced.)", "locality");
        return null;
    }

    private string KnownChoices()
    {
        var data = _catalog.PayData;
        var text = "known locality pay areas: " + string.Join("; ", data.Areas.Select(a => a.Name));
        return data.Stations.Count == 0 ? text : text + "; ICE field-office cities: " + string.Join("; ", data.Stations.Select(s => s.City));
    }
}
