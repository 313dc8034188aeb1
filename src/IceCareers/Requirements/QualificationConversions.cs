using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>
/// The conversions a grade table applies before it counts: part-time work prorated to full-time months, and quarter
/// hours converted to semester hours. Immutable.
/// </summary>
public sealed class QualificationConversions
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>
    /// The hours of a full-time week: a month of work at <c>h</c> hours a week counts as <c>h</c> / this of a month
    /// (never more than one month).
    /// </summary>
    public required decimal FullTimeHoursPerWeek { get; init; }

    /// <summary>How many quarter hours make one semester hour (undergraduate and graduate alike).</summary>
    public required decimal QuarterHoursPerSemesterHour { get; init; }

    /// <summary>Ids of the sources for the conversions.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
