namespace IceCareers.Requirements;

/// <summary>
/// An equivalent combination of education and experience: experience months / <see cref="ExperienceMonths"/> plus
/// (hours − <see cref="HoursBeyond"/>) / <see cref="HoursForFull"/> must reach 100 %. Immutable.
/// </summary>
public sealed class CombinationStandard
{
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
}
