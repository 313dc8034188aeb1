using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>What counts as Superior Academic Achievement (OPM); any one criterion suffices. Immutable.</summary>
public sealed class SuperiorAcademicAchievementStandard
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The overall GPA (after rounding) that qualifies.</summary>
    public required decimal OverallGpa { get; init; }

    /// <summary>The GPA in the major (after rounding) that qualifies.</summary>
    public required decimal MajorGpa { get; init; }

    /// <summary>GPAs are rounded half away from zero to this many decimals before comparing.</summary>
    public required int GpaDecimals { get; init; }

    /// <summary>Class standing at or above this percentile (1 = top of class) qualifies.</summary>
    public required int ClassStandingMaxPercentile { get; init; }

    /// <summary>Whether membership in a national scholastic honor society qualifies.</summary>
    public required bool HonorSociety { get; init; }

    /// <summary>
    /// The largest share (percent) of undergraduate hours taken pass/fail with which a GPA still counts; above it only
    /// class standing or an honor society shows Superior Academic Achievement. <see langword="null"/> when the data sets no limit.
    /// </summary>
    public decimal? PassFailMaxPercent { get; init; }

    /// <summary>Ids of the sources for the definition.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
