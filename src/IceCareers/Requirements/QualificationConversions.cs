using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>
/// The conversions a grade table applies before it counts: part-time work prorated to full-time months (a week of at
/// least <see cref="FullTimeFromHoursPerWeek"/> hours counting as full time), and quarter hours converted to semester
/// hours. Immutable.
/// </summary>
public sealed class QualificationConversions
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>
    /// The hours of a full-time week: a month of work at <c>h</c> hours a week counts as <c>h</c> / this of a month
    /// (never more than one month).
    /// </summary>
    public required decimal FullTimeHoursPerWeek { get; init; }

    /// <summary>
    /// The weekly hours from which a week of work counts as a full week (restatements of OPM's policy: full time is
    /// 35–40 hours a week), so that only shorter weeks are prorated against <see cref="FullTimeHoursPerWeek"/>;
    /// <see langword="null"/> when only a week of <see cref="FullTimeHoursPerWeek"/> counts in full.
    /// </summary>
    public decimal? FullTimeFromHoursPerWeek { get; init; }

    /// <summary>How many quarter hours make one semester hour (undergraduate and graduate alike).</summary>
    public required decimal QuarterHoursPerSemesterHour { get; init; }

    /// <summary>Ids of the sources for the conversions.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
