using IceCareers.Candidates;

namespace IceCareers.HiringPaths.Rules;

/// <summary>A continuous stretch of service, first and last day inclusive.</summary>
internal readonly record struct ServiceSpan(DateOnly Start, DateOnly End, bool? ServedFullPeriod, int FirstIndex)
{
    /// <summary>Calendar days from start to end, both counted.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && End >= from;

    /// <summary>Whether the span lasts at least <paramref name="months"/> calendar months (its end on or after start + months − 1 day).</summary>
    public bool LastsMonths(int months) => SafeDates.AddMonths(Start, months).AddDays(-1) <= End;

    /// <summary>Whether the span lasts at least <paramref name="years"/> years.</summary>
    public bool LastsYears(int years) => LastsMonths(years * 12);
}

/// <summary>
/// The facts of a person's military service that the preference and path rules read, worked out once: the periods of
/// active duty and of active duty for training merged into continuous spans, whether the person is still serving, and the
/// periods too incomplete to use (named so that a rule which needs them can ask). A period still open runs to the expected
/// release (or, without one, to the as-of date): the service a certification covers.
/// </summary>
internal sealed class ServiceRecord
{
    private ServiceRecord(
        IReadOnlyList<ServiceSpan> active,
        IReadOnlyList<ServiceSpan> training,
        IReadOnlyList<ServiceSpan> kindUnknown,
        IReadOnlyList<string> incomplete,
        bool serving,
        DateOnly? firstActiveStart)
    {
        Active = active;
        Training = training;
        KindUnknown = kindUnknown;
        Incomplete = incomplete;
        Serving = serving;
        FirstActiveStart = firstActiveStart;
    }

    /// <summary>Active duty, merged into continuous spans, earliest first.</summary>
    public IReadOnlyList<ServiceSpan> Active { get; }

    /// <summary>Active duty for training, merged, earliest first.</summary>
    public IReadOnlyList<ServiceSpan> Training { get; }

    /// <summary>Periods whose kind was not stated, merged.</summary>
    public IReadOnlyList<ServiceSpan> KindUnknown { get; }

    /// <summary>The field paths of periods that cannot be used (no start, or no kind).</summary>
    public IReadOnlyList<string> Incomplete { get; }

    /// <summary>Whether a stated period has no end: the person is still serving.</summary>
    public bool Serving { get; }

    /// <summary>The first day of the earliest period of active duty.</summary>
    public DateOnly? FirstActiveStart { get; }

    /// <summary>Whether any period was stated.</summary>
    public bool HasPeriods => Active.Count + Training.Count + KindUnknown.Count > 0;

    /// <summary>Active duty and, for a disabled veteran, active duty for training (Hesse v. Army).</summary>
    public IEnumerable<ServiceSpan> Counting(bool disabled) => disabled ? Merge(Active.Concat(Training)) : Active;

    public static ServiceRecord Of(Military? military, DateOnly asOf)
    {
        var periods = military?.Periods ?? [];
        var active = new List<ServiceSpan>();
        var training = new List<ServiceSpan>();
        var unknown = new List<ServiceSpan>();
        var incomplete = new List<string>();
        var serving = false;
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var path = $"military.periods[{i}]";
            if (period?.Start is not { } start)
            {
                incomplete.Add(path + ".start");
                continue;
            }

            if (period.End is null)
            {
                serving = true;
            }

            var end = period.End ?? military!.ExpectedRelease ?? asOf;
            if (end < start)
            {
                end = start;
            }

            var span = new ServiceSpan(start, end, period.ServedFullPeriod, i);
            switch (period.Kind)
            {
                case ServiceKind.Active:
                    active.Add(span);
                    break;
                case ServiceKind.ActiveForTraining:
                    training.Add(span);
                    break;
                default:
                    unknown.Add(span);
                    incomplete.Add(path + ".kind");
                    break;
            }
        }

        var merged = Merge(active);
        return new ServiceRecord(merged, Merge(training), Merge(unknown), incomplete, serving, merged.Count == 0 ? null : merged[0].Start);
    }

    /// <summary>Joins spans that overlap or touch (one ends the day before the next starts) into one continuous span.</summary>
    public static IReadOnlyList<ServiceSpan> Merge(IEnumerable<ServiceSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToList();
        var merged = new List<ServiceSpan>(sorted.Count);
        foreach (var span in sorted)
        {
            if (merged.Count > 0 && span.Start.DayNumber <= merged[^1].End.DayNumber + 1)
            {
                var last = merged[^1];
                merged[^1] = new ServiceSpan(
                    last.Start,
                    span.End > last.End ? span.End : last.End,
                    last.ServedFullPeriod == true || span.ServedFullPeriod == true ? true
                        : last.ServedFullPeriod is null || span.ServedFullPeriod is null ? null : false,
                    Math.Min(last.FirstIndex, span.FirstIndex));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}

/// <summary>Date arithmetic that stops at the calendar's ends instead of throwing (a profile may hold any valid date).</summary>
internal static class SafeDates
{
    public static DateOnly AddMonths(DateOnly date, int months)
    {
        var total = (date.Year * 12L) + date.Month - 1 + months;
        if (total < 12)
        {
            return DateOnly.MinValue;
        }

        if (total > (9999 * 12L) + 11)
        {
            return DateOnly.MaxValue;
        }

        return date.AddMonths(months);
    }

    public static DateOnly AddYears(DateOnly date, int years) => AddMonths(date, years * 12);

    public static DateOnly AddDays(DateOnly date, int days)
    {
        var number = (long)date.DayNumber + days;
        return number < DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : number > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : DateOnly.FromDayNumber((int)number);
    }
}
