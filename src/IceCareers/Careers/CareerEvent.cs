using System.Globalization;
using IceCareers.Roles;

namespace IceCareers.Careers;

/// <summary>One dated event of a projected career, with the grade, step and (where known) pay on that date. Immutable.</summary>
public sealed class CareerEvent
{
    /// <summary>The date (approximate: personnel actions take effect at the start of a pay period, which is not modelled).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>What happens.</summary>
    public required CareerEventKind Kind { get; init; }

    /// <summary>The grade on that date (after the event).</summary>
    public required PayGrade Grade { get; init; }

    /// <summary>The step on that date (after the event).</summary>
    public required int Step { get; init; }

    /// <summary>The annual adjusted rate on that date (locality or special rate, without premium pay); <see langword="null"/> without a locality or a pay table for the year.</summary>
    public int? Pay { get; init; }

    /// <summary>
    /// The annual total on that date with the role's highest premium pay (LEAP or AUO), within the 5 U.S.C. 5547(a)
    /// premium-pay limit; <see langword="null"/> without pay or without premium pay.
    /// </summary>
    public int? TotalMax { get; init; }

    /// <summary>What the event is, in words.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {Kind} {Grade} step {Step}");
}
