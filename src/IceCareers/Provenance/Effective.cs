using System.Globalization;

namespace IceCareers.Provenance;

/// <summary>
/// The dates a value holds for, inclusive at both ends. A <see langword="null"/> <see cref="From"/> means "since before any
/// record"; a <see langword="null"/> <see cref="To"/> means "still in force". The default value holds always.
/// </summary>
/// <param name="From">The first day the value holds, or <see langword="null"/> for no known start.</param>
/// <param name="To">The last day the value holds, or <see langword="null"/> while it is still in force.</param>
public readonly record struct Effective(DateOnly? From, DateOnly? To)
{
    /// <summary>An interval without bounds: the value holds on every date.</summary>
    public static Effective Always => default;

    /// <summary>Whether the value holds on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies within the interval.</returns>
    public bool Contains(DateOnly date) => (From is null || date >= From.Value) && (To is null || date <= To.Value);

    /// <summary>Whether this interval shares at least one day with <paramref name="other"/>.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when the intervals overlap.</returns>
    public bool Overlaps(Effective other) =>
        (From is null || other.To is null || From.Value <= other.To.Value) &&
        (other.From is null || To is null || other.From.Value <= To.Value);

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(From is { } f ? f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "…")} to {(To is { } t ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "…")}");
}
