using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>
/// An equivalent combination of education and experience: experience months / <see cref="ExperienceMonths"/> plus
/// (hours − <see cref="HoursBeyond"/>) / <see cref="HoursForFull"/> must reach 100 %. Immutable.
/// </summary>
public sealed class CombinationStandard
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The months of experience that alone would count as 100 %.</summary>
    public required int ExperienceMonths { get; init; }

    /// <summary>Whether only specialized experience counts.</summary>
    public required bool Specialized { get; init; }

    /// <summary>The lowest GS-equivalent grade the experience must be at, if any.</summary>
    public int? MinimumGrade { get; init; }

    /// <summary>Which semester hours count.</summary>
    public required HoursKind Hours { get; init; }

    /// <summary>Hours up to this number do not count.</summary>
    public required decimal HoursBeyond { get; init; }

    /// <summary>Hours beyond <see cref="HoursBeyond"/> that count as 100 %.</summary>
    public required decimal HoursForFull { get; init; }

    /// <summary>
    /// Ids of the sources for this reading of the combination rule; empty when the row's own sources cover it. Where
    /// a row lists several readings, each names the texts that support it.
    /// </summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
