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

    /// <summary>The ids of the locality pay areas in the data (e.g. <c>rest-of-us</c>), in data order.</summary>
    public IReadOnlyList<string> KnownLocalityIds => _catalog.PayData.Areas.Select(a => a.Id).ToArray();

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
    /// A locality pay area's id (e.g. <c>houston-the-woodlands</c>), OPM name or other name, a unique case-insensitive
    /// part of one, or the city of an ICE field office (<see cref="DutyStations"/>).
    /// </param>
    /// <param name="asOf">The date; its calendar year picks the tables.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="RoleNotFoundException">The role is not in the catalog.</exception>
    /// <exception cref="ArgumentException">A parameter is out of range or unknown (the message names it and what is allowed), or the role is one ICE no longer hires under (status <c>legacy</c>: the message names its successor).</exception>
    public PayEstimate Estimate(string roleId, PayGrade grade, int step, string locality, DateOnly asOf)
    {
        var role = _catalog.GetRole(roleId);
        return Compute(role, grade, step, locality, asOf, out var error) ?? throw error!;
    }

    /// <summary>Estimates the annual pay of <paramref name="roleId"/>, without throwing on bad input.</summary>
    /// <param name="roleId">The role id.</param>
    /// <param name="grade">The grade.</param>
    /// <param name="step">The step, 1 to 10.</param>
    /// <param name="locality">A locality pay area's id, OPM name or a unique part of one, or an ICE field-office city.</param>
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
    /// Resolves a locality, case-insensitively: an area's id, OPM name or other name, the city of an ICE field office
    /// (<see cref="DutyStations"/>), or a unique part of an area id or name or of a field-office city.
    /// </summary>
    /// <param name="locality">The text to resolve.</param>
    /// <returns>The OPM locality pay area name.</returns>
    /// <exception cref="ArgumentException">
    /// Unknown or ambiguous, or a field office whose locality pay area is not in the data; the message says which,
    /// naming the matching areas and cities.
    /// </exception>
    public string ResolveLocality(string locality)
    {
        var place = Resolve(locality, out var error);
        return place?.Area.Name ?? throw error!;
    }

    /// <summary>
    /// The refusal for a role ICE no longer hires under (status <c>legacy</c> in the data), or <see langword="null"/>:
    /// its title has no pay of today to estimate, and a grade it was once hired at (e.g. an immigration enforcement
    /// agent's GS-7 of 2005) is not a grade of today's tables for its successor.
    /// </summary>
    internal static ArgumentException? LegacyRole(Role role) =>
        role.Status != RoleStatus.Legacy
            ? null
            : new ArgumentException(
                $"'{role.Id}' is a legacy role: ICE no longer hires under this title, so its pay is not estimated"
                + (role.SuccessorRoleId is { } successor ? $"; see '{successor}', the role that does its work today." : "."),
                "roleId");

    internal PayEstimate? Compute(Role role, PayGrade grade, int step, string? locality, DateOnly asOf, out ArgumentException? error)
    {
        var data = _catalog.PayData;
        error = LegacyRole(role);
        if (error is not null)
        {
            return null;
        }

        if (step is < 1 or > 10)
        {
            error = new ArgumentOutOfRangeException(nameof(step), "The step must be from 1 to 10.");
            return null;
        }

        var ladder = Ladder(role);
        if (grade.Grade < ladder.Low.Grade || grade.Grade > ladder.High.Grade)
        {
            error = new ArgumentOutOfRangeException(
                nameof(grade),
                $"{grade} is outside the career ladder of '{role.Id}' ({ladder.Low} to {ladder.High}).");
            return null;
        }

        var year = data.YearInForce(asOf);
        var schedule = data.Schedule(grade.Plan, year);
        if (schedule is null)
        {
            var years = string.Join(", ", data.Schedules.Where(s => s.Plan == grade.Plan).Select(s => s.Year.ToString(CultureInfo.InvariantCulture)).Distinct());
            error = new ArgumentOutOfRangeException(
                nameof(asOf),
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
            error = new ArgumentOutOfRangeException(
                nameof(grade),
                $"The {grade.Plan} table runs from {grade.Plan}-{schedule.FirstGrade} to {grade.Plan}-{schedule.LastGrade}.");
            return null;
        }

        if (grade.Plan == PayPlan.GS && role.IsLawEnforcement && gl is not null && gl.HasGrade(grade.Grade))
        {
            error = new ArgumentException($"'{role.Id}' is a law-enforcement role, paid on the GL table at grade {grade.Grade} (use GL-{grade.Grade}).", nameof(grade));
            return null;
        }

        var place = Resolve(locality ?? DefaultLocality, out error);
        if (place is null)
        {
            return null;
        }

        var (area, station) = place.Value;
        var rate = RateFor(data, role, area, year, asOf, out var special, out error);
        if (rate is null)
        {
            return null;
        }

        var cap = data.Cap(year);
        if (cap is null)
        {
            error = new ArgumentOutOfRangeException(nameof(asOf), $"There is no pay cap for {year} in the data.");
            return null;
        }

        var basePay = schedule.Rate(grade.Grade, step);
        var percent = rate.Value;
        var uncapped = Apply(basePay, percent);
        var (adjusted, capped) = LimitTotal(uncapped, cap.Amount);
        var sources = new List<string>(schedule.Sources);
        sources.AddRange(special?.Sources ?? area.Sources);
        var notes = new List<string>();
        if (station is not null)
        {
            notes.Add($"The {station.Office} ({station.City}) is in the {area.Name} locality pay area.");
            sources.AddRange(station.Sources);
        }

        if (special is not null)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Paid from OPM special rate table {special.Table} ({area.Name}, series {role.Series.Code}), in force from {special.From ?? new DateOnly(special.Year, 1, 1):yyyy-MM-dd}: the {grade.Plan} base rate plus {special.Supplement}%."));
        }
        else if (area.Basis == LocalityArea.SpecialRateSupplementBasis)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The locality payment for {area.Name} ({percent}%) is derived from the supplement of OPM's special rate table for the area, which is (1 + locality payment) × 1.0277 − 1; no OPM salary table for the area was found."));
        }

        if (capped)
        {
            sources.AddRange(cap.Sources);
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"The {(special is null ? "locality" : "special")} rate is limited to Executive Schedule level IV, ${cap.Amount:N0} (5 U.S.C. 5304(g)(1), 5305)."));
        }

        var rule = data.Premiums.FirstOrDefault(p => p.RoleId == role.Id);
        PayPremium premium;
        int totalMin, totalMax;
        int? limit = null;
        var premiumCapped = false;
        if (rule is null)
        {
            premium = new PayPremium { Kind = PremiumKind.None, MinPercent = 0, MaxPercent = 0 };
            totalMin = totalMax = adjusted;
            notes.Add($"The data names no premium pay (LEAP or AUO) for '{role.Id}'.");
        }
        else
        {
            premium = new PayPremium { Kind = rule.Kind, MinPercent = rule.MinPercent, MaxPercent = rule.MaxPercent, Sources = rule.Sources, Note = rule.Note };
            sources.AddRange(rule.Sources);
            var gs15 = PremiumLimit(data, year, percent, cap);
            limit = Math.Max(gs15, cap.LevelV ?? 0);
            var max = adjusted + Percent(adjusted, premium.MaxPercent);
            (totalMin, _) = LimitTotal(adjusted + Percent(adjusted, premium.MinPercent), limit.Value);
            (totalMax, premiumCapped) = LimitTotal(max, limit.Value);
            if (premiumCapped)
            {
                sources.AddRange(cap.PremiumLimitSourceIds);
                var levelV = cap.LevelV is { } v
                    ? string.Create(CultureInfo.InvariantCulture, $"Executive Schedule level V, ${v:N0}")
                    : $"Executive Schedule level V (not in the data for {year})";
                if (cap.LevelV is not null && cap.LevelV >= gs15)
                {
                    sources.AddRange(cap.LevelVSourceIds);
                }

                notes.Add(string.Create(CultureInfo.InvariantCulture,
                    $"Basic pay plus {Words(rule.Kind)} is limited to ${limit.Value:N0} a year: 5 U.S.C. 5547(a) limits basic plus premium pay in each pay period to the greater of GS-15 step 10 here (${gs15:N0}, with its {(special is null ? "locality" : "special")} rate, itself limited to Executive Schedule level IV) and {levelV}. At {premium.MaxPercent}% the total would be ${max:N0}. (Under 5547(b) an agency may apply an annual limit instead, for emergency or mission-critical work.)"));
            }
        }

        if (grade.Plan == PayPlan.GL && schedule.Derived is not null)
        {
            notes.Add($"OPM's {year} GL base table was not found; its rates are derived from OPM's {year} law-enforcement locality and special rate tables, every cell of which they reproduce.");
        }

        return new PayEstimate
        {
            RoleId = role.Id,
            Grade = grade,
            Step = step,
            Locality = area.Name,
            LocalityId = area.Id,
            AsOf = asOf,
            BasePay = basePay,
            LocalityPercent = percent,
            SpecialRateTable = special?.Table,
            AdjustedPay = adjusted,
            Premium = premium,
            TotalMin = totalMin,
            TotalMax = totalMax,
            Capped = capped || premiumCapped,
            PayCap = cap.Amount,
            PremiumPayLimit = limit,
            PremiumCapped = premiumCapped,
            Sources = sources.Distinct(StringComparer.Ordinal).ToArray(),
            Incentives = data.Incentives.Where(i => i.RoleIds.Contains(role.Id) && i.IsInForce(asOf)).ToArray(),
            Notes = notes,
        };
    }

    /// <summary>
    /// The percentage over the base rate that sets <paramref name="role"/>'s pay in <paramref name="area"/> on
    /// <paramref name="date"/> (pay year <paramref name="year"/>): the special rate table's supplement where one covers
    /// the role there (and is higher), otherwise the locality payment. Refused, naming the missing fact, where a special
    /// rate authorization covers the role but the area's table is not in the data, or the area's locality payment is not.
    /// One rule for pay, the career projection and the list of places.
    /// </summary>
    internal static decimal? RateFor(PayData data, Role role, LocalityArea area, int year, DateOnly date, out SpecialRate? special, out ArgumentException? error)
    {
        error = null;
        special = null;
        var covered = role.IsLawEnforcement;
        var set = covered ? data.SpecialRateSets.FirstOrDefault(s => s.Year == year && s.Covers(role.Series.Code, date)) : null;
        var table = covered
            ? data.SpecialRates.FirstOrDefault(r => r.Year == year && r.Area == area.Name && r.InForce(date) && r.Series.Contains(role.Series.Code))
            : null;
        if (set is not null && table is null)
        {
            error = new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"OPM special rate table for the {area.Name} locality pay area (one of {set.Range}) is not in the data. From {set.From:yyyy-MM-dd} a law enforcement officer in series {role.Series.Code} there is paid that table's rate, not the locality rate, so '{role.Id}' pay there in {year} is not estimated."),
                "locality");
            return null;
        }

        var locality = area.HasPercent(year) ? area.Percent : null;
        if (table is not null && (locality is null || table.Supplement > locality))
        {
            special = table;
            return table.Supplement;
        }

        if (locality is null)
        {
            error = new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"OPM's locality payment for the {area.Name} locality pay area in {year} is not in the data: no official copy of OPM's table for the area was found, and the library does not guess one."),
                "locality");
            return null;
        }

        return locality;
    }

    /// <summary>
    /// GS-15 step 10 in the employee's area for the 5 U.S.C. 5547(a) limit: the base rate times the same locality
    /// payment or special rate supplement, limited to the pay cap.
    /// </summary>
    internal static int PremiumLimit(PayData data, int year, decimal percent, PayCap cap)
    {
        var gs = data.Schedule(PayPlan.GS, year);
        if (gs is null || !gs.HasGrade(15))
        {
            return cap.Amount;
        }

        return (int)Math.Min(Apply(gs.Rate(15, 10), percent), cap.Amount);
    }

    /// <summary>
    /// An amount within a limit (the pay cap for a rate, the premium-pay limit for basic plus premium pay), and whether
    /// the limit bound: only an amount above it is lowered.
    /// </summary>
    internal static (int Total, bool Capped) LimitTotal(long total, int limit) => total > limit ? (limit, true) : ((int)total, false);

    /// <summary>The premium's name in the notes.</summary>
    internal static string Words(PremiumKind kind) => kind switch
    {
        PremiumKind.Leap => "availability pay (LEAP)",
        PremiumKind.Auo => "uncontrollable overtime (AUO)",
        _ => "premium pay",
    };

    /// <summary>The lowest entry grade and the full-performance grade of a role.</summary>
    internal static (PayGrade Low, PayGrade High) Ladder(Role role) => (role.Grades.Entry.Count > 0 ? role.Grades.Entry[0] : role.Grades.FullPerformance, role.Grades.FullPerformance);

    /// <summary>The rate times 1 + percent / 100, rounded to the dollar (halves up), as OPM's tables do.</summary>
    internal static long Apply(int rate, decimal percent) => (long)Math.Round(rate * (1 + (percent / 100m)), MidpointRounding.AwayFromZero);

    private static int Percent(int amount, decimal percent) => (int)Math.Round(amount * percent / 100m, MidpointRounding.AwayFromZero);

    private (LocalityArea Area, DutyStation? Station)? Resolve(string? text, out ArgumentException? error)
    {
        error = null;
        var data = _catalog.PayData;
        var areas = data.Areas;
        if (areas.Count == 0)
        {
            error = new ArgumentException("The catalog has no pay data.", "locality");
            return null;
        }

        var wanted = (text ?? "").Trim();
        if (wanted.Length == 0)
        {
            error = new ArgumentException("The locality is empty; give a locality pay area's id or OPM name, or the city of an ICE field office.", "locality");
            return null;
        }

        if (data.Area(wanted) is { } exact)
        {
            return (exact, null);
        }

        var stations = data.Stations.Where(s => string.Equals(s.City, wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (stations.Length == 0)
        {
            stations = data.Stations.Where(s => s.City.Contains(wanted, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        // The candidates: areas whose id or name contains the text, and the areas of the field offices whose city does. A
        // field office whose area is not in the data is a candidate of its own, so that it is named, never skipped.
        var candidates = areas.Where(a => a.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase) || a.Id.Contains(wanted, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Name)
            .Concat(stations.Select(s => s.LocalityArea ?? "(" + s.Office + ")"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (candidates.Length == 1)
        {
            var station = stations.FirstOrDefault();
            if (station is not null && station.LocalityArea is null)
            {
                error = new ArgumentException($"The locality pay area of the {station.Office} ({station.City}) is not in the data, so pay there cannot be estimated.", "locality");
                return null;
            }

            return (areas.First(a => a.Name == candidates[0]), station);
        }

        error = candidates.Length > 1
            ? new ArgumentException($"The locality '{wanted}' matches several areas or field offices: {string.Join("; ", candidates)}. Name one of them.", "locality")
            : new ArgumentException($"Unknown locality '{wanted}': it is not the id or OPM name of a locality pay area, nor the city of an ICE field office (e.g. {Examples(data)}).", "locality");
        return null;
    }

    private static string Examples(PayData data) =>
        string.Join(", ", data.Areas.Take(3).Select(a => a.Id).Concat(data.Stations.Take(1).Select(s => s.City)));

    /// <summary>
    /// The places pay knows: every locality pay area in the data, in data order, with its id, names, locality payment and
    /// field offices. With <paramref name="roleId"/>, each also says whether the role's pay at <paramref name="grade"/>
    /// (default its first entry grade), step 1, on <paramref name="asOf"/> can be estimated there, which special rate
    /// table applies, and otherwise why not: the same rule <see cref="Estimate"/> applies.
    /// </summary>
    /// <param name="roleId">A role id, or <see langword="null"/> for the areas alone.</param>
    /// <param name="grade">The grade; <see langword="null"/> for the role's first entry grade.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The places, one per locality pay area.</returns>
    /// <exception cref="RoleNotFoundException">The role is not in the catalog.</exception>
    /// <exception cref="ArgumentException">The grade or date does not fit the role anywhere (the message names it), or the role is one ICE no longer hires under.</exception>
    public IReadOnlyList<PayLocality> Localities(string? roleId, PayGrade? grade, DateOnly asOf)
    {
        var data = _catalog.PayData;
        var role = roleId is null ? null : _catalog.GetRole(roleId);
        if (role is null && grade is not null)
        {
            throw new ArgumentException("A grade narrows the places for a role; give the role too.", nameof(grade));
        }

        var at = role is null ? default : grade ?? Ladder(role).Low;
        var list = new List<PayLocality>();
        ArgumentException? notPlace = null;
        foreach (var area in data.Areas)
        {
            string? table = null;
            bool? priced = null;
            string? reason = null;
            if (role is not null)
            {
                var estimate = Compute(role, at, 1, area.Id, asOf, out var error);
                priced = estimate is not null;
                table = estimate?.SpecialRateTable;
                reason = error is null ? null : WithoutParameter(error);
                if (error is not null && error.ParamName != "locality")
                {
                    notPlace ??= error;
                }
            }

            list.Add(new PayLocality
            {
                Id = area.Id,
                Name = area.Name,
                Aliases = area.OtherNames,
                Percent = area.Percent,
                Basis = area.Basis,
                FieldOffices = data.Stations.Where(s => s.LocalityArea == area.Name && (role is null || s.Directorate == role.Directorate)).Select(s => s.City).ToArray(),
                SpecialRateTable = table,
                Priced = priced,
                Reason = reason,
                Sources = area.Sources,
            });
        }

        // The grade or the date is wrong for the role wherever it is: say so rather than list every place as refused.
        if (notPlace is not null && list.All(p => p.Priced == false))
        {
            throw notPlace;
        }

        return list;
    }

    /// <summary>An exception's message without the " (Parameter 'x')" the runtime appends.</summary>
    internal static string WithoutParameter(ArgumentException error)
    {
        var message = error.Message;
        var at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? message : message[..at] + message[(message.IndexOf(')', at) + 1)..];
    }
}
