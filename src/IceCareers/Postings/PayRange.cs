using System.Globalization;

namespace IceCareers.Postings;

/// <summary>
/// One entry of a USAJOBS posting's <c>PositionRemuneration</c> array: the pay range as the posting states it. USAJOBS
/// writes the amounts as strings ("97738.0"); they are parsed here. Immutable.
/// </summary>
public sealed class PayRange
{
    /// <summary><c>MinimumRange</c>, parsed; <see langword="null"/> when absent.</summary>
    public decimal? Minimum { get; init; }

    /// <summary><c>MaximumRange</c>, parsed; <see langword="null"/> when absent.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>
    /// <c>RateIntervalCode</c> as written: older responses write words ("Per Year"), newer ones codes such as "PA"
    /// (per annum) or "PH" (per hour). Kept as written; <see langword="null"/> when absent.
    /// </summary>
    public string? IntervalCode { get; init; }

    /// <summary><c>Description</c> as written, when the posting has one.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Minimum is { } min ? "$" + min.ToString("#,0.##", CultureInfo.InvariantCulture) : "?")}–{(Maximum is { } max ? "$" + max.ToString("#,0.##", CultureInfo.InvariantCulture) : "?")}{(IntervalCode is { } code ? " " + code : "")}");
}
