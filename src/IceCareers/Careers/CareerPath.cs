using System.Globalization;
using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;

namespace IceCareers.Careers;

/// <summary>
/// Projects a career in a role from its first day: end of training and of probation, each career-ladder promotion at its
/// earliest date, within-grade increases, the step after each promotion (the two-step rule), the pay at each event when
/// a locality is given, and, under law-enforcement retirement, the earliest immediate retirement and mandatory
/// separation. Every rule and number comes from data/pay/careers.yaml and the pay tables, with sources.
/// </summary>
public static class CareerPath
{
    /// <summary>
    /// The oldest a person may be at the start, and the longest a projection runs: a century. Not a rule of the data but
    /// the calendar's limit: every date a projection computes (steps, promotions, retirement) falls within it.
    /// </summary>
    private const int MaxAgeAtStart = 100;

    /// <summary>The latest start date whose whole projection fits in the calendar (which ends 9999-12-31).</summary>
    private static readonly DateOnly LatestStart = DateOnly.MaxValue.AddYears(-MaxAgeAtStart);

    private const int MaxEvents = 200;

    /// <summary>Projects the career of someone appointed to <paramref name="roleId"/> at <paramref name="startGrade"/> on <paramref name="start"/>.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="roleId">The role id.</param>
    /// <param name="startGrade">The grade at appointment; a grade of the role's career ladder.</param>
    /// <param name="start">The first day in the role.</param>
    /// <param name="dateOfBirth">The date of birth, for LEO retirement dates; <see langword="null"/> when unknown.</param>
    /// <param name="locality">A locality pay area (or a unique part of its name) for the pay at each event; <see langword="null"/> for no pay.</param>
    /// <returns>The projection.</returns>
    /// <exception cref="RoleNotFoundException">The role is not in the catalog.</exception>
    /// <exception cref="ArgumentException">A parameter is out of range or unknown (the message names it), or the role is one ICE no longer hires under (status <c>legacy</c>).</exception>
    public static CareerProjection Project(CareerCatalog catalog, string roleId, PayGrade startGrade, DateOnly start, DateOnly? dateOfBirth, string? locality)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var role = catalog.GetRole(roleId);
        if (PayEstimator.LegacyRole(role) is { } legacy)
        {
            // A career is pay over time: a title no longer hired under has neither.
            throw legacy;
        }

        var data = catalog.PayData;
        var rules = data.Careers ?? throw new ArgumentException("The catalog has no career rules (data/pay/careers.yaml).", nameof(catalog));
        if (!rules.Ladders.TryGetValue(role.Id, out var ladder))
        {
            throw new ArgumentException($"The data has no career ladder for '{role.Id}'.", nameof(roleId));
        }

        var index = IndexOf(ladder.Grades, startGrade);
        if (index < 0)
        {
            throw new ArgumentException($"{startGrade} is not on the career ladder of '{role.Id}' ({string.Join(", ", ladder.Grades)}).", nameof(startGrade));
        }

        if (start > LatestStart)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The start date {start:yyyy-MM-dd} leaves no room for a career before the calendar ends (9999-12-31); it must be on or before {LatestStart:yyyy-MM-dd}."),
                nameof(start));
        }

        if (dateOfBirth is { } birth && (birth >= start || birth.AddYears(MaxAgeAtStart) <= start))
        {
            throw new ArgumentException("The date of birth must be before the start date and less than 100 years before it.", nameof(dateOfBirth));
        }

        var estimator = new PayEstimator(catalog);
        var area = locality is null ? null : estimator.ResolveLocality(locality);

        // The place is held to the rule pay uses: refused where pay on the first day is refused for the place (a missing
        // locality payment or special rate table), with the same message.
        if (area is not null && estimator.Compute(role, startGrade, 1, locality, start, out var placeError) is null && placeError?.ParamName == "locality")
        {
            throw placeError;
        }

        var stepArea = area is null ? data.Area(PayEstimator.DefaultLocality) : data.Area(area);
        var notes = new List<string>();
        var sources = new List<string>();
        var placeGaps = new List<string>();
        DateOnly? premiumLimited = null;
        sources.AddRange(ladder.Sources);
        sources.AddRange(rules.WithinGradeSources);

        // The grade and step timeline: within-grade increases and promotions, up to the horizon.
        var leo = rules.LeoRetirement.RoleIds.Contains(role.Id);
        DateOnly? earliest = null;
        DateOnly? mandatory = null;
        if (leo)
        {
            sources.AddRange(rules.LeoRetirement.Sources);
            if (dateOfBirth is { } dob)
            {
                (earliest, mandatory) = Retirement(rules.LeoRetirement, start, dob);
            }
            else
            {
                notes.Add("Give a date of birth for the LEO retirement dates.");
            }
        }

        var horizon = mandatory ?? DateOnly.MaxValue;
        var timeline = new List<(DateOnly Date, CareerEventKind Kind, int GradeIndex, int Step, string Note)>
        {
            (start, CareerEventKind.Start, index, 1, $"Appointed at {ladder.Grades[index]} step 1"),
        };
        int gi = index, step = 1;
        var gradeStart = start;
        var stepStart = start;
        while (timeline.Count < MaxEvents)
        {
            DateOnly? promotion = gi < ladder.Grades.Count - 1 ? gradeStart.AddDays(7 * rules.TimeInGradeWeeks) : null;
            DateOnly? increase = step < 10 ? stepStart.AddDays(7 * rules.WithinGradeWeeks[step - 1]) : null;
            var next = Min(promotion, increase);
            if (next is not { } date || date > horizon)
            {
                break;
            }

            if (increase == date)
            {
                // A within-grade increase due with a promotion is processed first (5 CFR 531.214(c)).
                step++;
                stepStart = date;
                timeline.Add((date, CareerEventKind.WithinGradeIncrease, gi, step, $"Step {step}"));
            }

            if (promotion == date)
            {
                step = StepAfterPromotion(data, role, ladder.Grades[gi], step, ladder.Grades[gi + 1], stepArea, data.YearInForce(date), date);
                gi++;
                gradeStart = date;
                stepStart = date; // a promotion is an equivalent increase: a new waiting period begins (5 CFR 531.405(b))
                timeline.Add((date, CareerEventKind.Promotion, gi, step, $"Promoted to {ladder.Grades[gi]} step {step}"));
                sources.AddRange(rules.TimeInGradeSources);
            }
        }

        // The events that do not change grade or step.
        var other = new List<(DateOnly Date, CareerEventKind Kind, string Note)>();
        if (role.Training.ProgramIds.Count > 0)
        {
            var end = TrainingPlan.Create(catalog, role, start).ExpectedEnd(start);
            other.Add((end, CareerEventKind.TrainingEnd, "Last day of initial training"));
        }

        other.Add((start.AddMonths(rules.ProbationMonths).AddDays(-1), CareerEventKind.ProbationEnd, string.Create(CultureInfo.InvariantCulture, $"Last day of the {rules.ProbationMonths}-month probationary period")));
        sources.AddRange(rules.ProbationSources);
        foreach (var incentive in data.Incentives.Where(i => i.RoleIds.Contains(role.Id) && i.IsInForce(start)))
        {
            if (incentive.ServiceAgreementMonths is { } months)
            {
                other.Add((start.AddMonths(months).AddDays(-1), CareerEventKind.ServiceAgreementEnd, $"End of the service agreement: {incentive.Text}"));
                sources.AddRange(incentive.Sources);
            }
            else if (incentive.Text.Contains("service agreement", StringComparison.OrdinalIgnoreCase))
            {
                notes.Add($"The length of the service agreement of '{incentive.Id}' is not in the data, so its end is not shown.");
            }
        }

        if (earliest is { } e)
        {
            other.Add((e, CareerEventKind.EarliestRetirement, "Earliest immediate LEO retirement"));
        }

        if (mandatory is { } m)
        {
            other.Add((m, CareerEventKind.MandatorySeparation, "LEO mandatory separation"));
        }

        // On one date the grade and step changes come first (in the order they happen), then the other events.
        var events = new List<(CareerEvent Event, int Order)>();
        foreach (var (date, kind, gradeIndex, s, note) in timeline)
        {
            events.Add((Event(date, kind, ladder.Grades[gradeIndex], s, note), events.Count));
        }

        foreach (var (date, kind, note) in other.Where(o => o.Date <= horizon))
        {
            var state = timeline.Last(t => t.Date <= date);
            events.Add((Event(date, kind, ladder.Grades[state.GradeIndex], state.Step, note), MaxEvents + (int)kind));
        }

        var ordered = events.OrderBy(x => x.Event.Date).ThenBy(x => x.Order).Select(x => x.Event).ToArray();
        if (area is not null)
        {
            notes.Add("Pay is the adjusted annual rate (locality or special rate) without premium pay, shown for the years that have pay tables (" + string.Join(", ", estimator.Years) + "); the total adds the highest premium, within the 5 U.S.C. 5547(a) limit.");
            foreach (var missing in placeGaps.Distinct(StringComparer.Ordinal))
            {
                notes.Add("No pay is shown from the date it would change: " + missing);
            }

            if (premiumLimited is { } first)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"From {first:yyyy-MM-dd} basic pay plus premium pay reaches the premium-pay limit of 5 U.S.C. 5547(a) (the greater of GS-15 step 10 there and Executive Schedule level V), so the total is limited to it."));
            }
        }

        notes.Add("Dates are the earliest possible: promotions need 52 weeks in grade and are not automatic, and actions take effect at the start of a pay period.");
        return new CareerProjection
        {
            RoleId = role.Id,
            StartGrade = ladder.Grades[index],
            Start = start,
            Locality = area,
            Events = ordered,
            LeoRetirement = leo,
            EarliestRetirement = earliest,
            MandatorySeparation = mandatory,
            Notes = notes,
            Sources = sources.Distinct(StringComparer.Ordinal).ToArray(),
        };

        CareerEvent Event(DateOnly date, CareerEventKind kind, PayGrade grade, int s, string note)
        {
            PayEstimate? pay = null;
            if (area is not null)
            {
                pay = estimator.Compute(role, grade, s, area, date, out var error);
                if (error?.ParamName == "locality")
                {
                    placeGaps.Add(PayEstimator.WithoutParameter(error));
                }

                if (pay is { PremiumCapped: true } && premiumLimited is null)
                {
                    premiumLimited = date;
                }
            }

            return new CareerEvent
            {
                Date = date,
                Kind = kind,
                Grade = grade,
                Step = s,
                Pay = pay?.AdjustedPay,
                TotalMax = pay is { Premium.Kind: not PremiumKind.None } ? pay.TotalMax : null,
                Note = note,
            };
        }
    }

    /// <summary>
    /// The earliest immediate retirement (the first date meeting any age-and-service pair) and the mandatory separation
    /// (the last day of the month in which the officer reaches the age, or completes the years if then over it).
    /// </summary>
    internal static (DateOnly? Earliest, DateOnly Mandatory) Retirement(LeoRetirementRules rules, DateOnly start, DateOnly dateOfBirth)
    {
        DateOnly Reaches(int age) => rules.AgeReachedDayBeforeBirthday ? dateOfBirth.AddYears(age).AddDays(-1) : dateOfBirth.AddYears(age);
        DateOnly Completes(int years) => start.AddYears(years).AddDays(-1);

        DateOnly? earliest = null;
        foreach (var (age, years) in rules.Immediate)
        {
            var date = Completes(years);
            if (age is { } a && Reaches(a) > date)
            {
                date = Reaches(a);
            }

            earliest = earliest is null || date < earliest ? date : earliest;
        }

        var reached = Reaches(rules.MandatoryAge);
        var completed = Completes(rules.MandatoryYears);
        var trigger = completed > reached ? completed : reached;
        return (earliest, new DateOnly(trigger.Year, trigger.Month, DateTime.DaysInMonth(trigger.Year, trigger.Month)));
    }

    /// <summary>
    /// The two-step promotion rule, standard method (OPM fact sheet; 5 CFR 531.214(d)): the rate two within-grade
    /// increases above the current one in the old grade, at the payable (locality or special) rate, then the lowest step
    /// of the new grade whose payable rate equals or exceeds it (step 10 when none does).
    /// </summary>
    internal static int StepAfterPromotion(PayData data, Role role, PayGrade from, int step, PayGrade to, LocalityArea? area, int year, DateOnly date)
    {
        var fromTable = Table(data, from.Plan, year);
        var toTable = Table(data, to.Plan, year);
        var increment = fromTable.Rate(from.Grade, 2) - fromTable.Rate(from.Grade, 1);
        var raised = step + 2 <= 10 ? fromTable.Rate(from.Grade, step + 2) : fromTable.Rate(from.Grade, 10) + ((step + 2 - 10) * increment);
        var target = Payable(data, role, raised, area, fromTable.Year, date);
        for (var s = 1; s <= 10; s++)
        {
            if (Payable(data, role, toTable.Rate(to.Grade, s), area, toTable.Year, date) >= target)
            {
                return s;
            }
        }

        return 10;
    }

    private static PaySchedule Table(PayData data, PayPlan plan, int year) =>
        data.Schedule(plan, year) ?? data.Schedules.Where(s => s.Plan == plan).MaxBy(s => s.Year)
            ?? throw new InvalidOperationException($"The data has no {plan} pay table.");

    /// <summary>
    /// The payable rate for the promotion rule: the base rate with the area's locality payment or special rate supplement
    /// (the rule pay uses), or the base rate itself where the data has neither for the area and year.
    /// </summary>
    private static long Payable(PayData data, Role role, int rate, LocalityArea? area, int year, DateOnly date)
    {
        var percent = area is null ? null : PayEstimator.RateFor(data, role, area, year, date, out _, out _);
        var best = percent is { } p ? PayEstimator.Apply(rate, p) : rate;
        return data.Cap(year) is { } cap ? Math.Min(best, cap.Amount) : best;
    }

    private static int IndexOf(IReadOnlyList<PayGrade> grades, PayGrade grade)
    {
        for (var i = 0; i < grades.Count; i++)
        {
            if (grades[i] == grade)
            {
                return i;
            }
        }

        return -1;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
