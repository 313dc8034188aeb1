namespace IceCareers.Requirements;

/// <summary>The experience that qualifies alone for a grade. Immutable.</summary>
public sealed class ExperienceStandard
{
    /// <summary>Months of experience needed.</summary>
    public required int Months { get; init; }

    /// <summary>Whether only specialized experience counts (otherwise any experience does).</summary>
    public required bool Specialized { get; init; }

    /// <summary>The lowest GS-equivalent grade the experience must be at, if any.</summary>
    public int? MinimumGrade { get; init; }

    /// <summary>
    /// How many of the <see cref="Months"/> must be at <see cref="MinimumGrade"/> or higher (OPM's GS-5: three years of
    /// general experience, one of them equivalent to at least GS-4); <see langword="null"/> when all of them must be.
    /// </summary>
    public int? MonthsAtMinimumGrade { get; init; }
}
