using IceCareers.Internal;

namespace IceCareers.Provenance;

/// <summary>
/// A fact that changed over time: non-overlapping <see cref="DatedValue{T}"/> periods, ordered by start date.
/// Answers "which value is in force on this date". Immutable.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class Dated<T>
{
    private readonly IReadOnlyList<DatedValue<T>> _periods = [];

    /// <summary>The periods, ordered by start date; they never overlap.</summary>
    public required IReadOnlyList<DatedValue<T>> Periods
    {
        get => _periods;
        init => _periods = Frozen.Sorted(value, p => p.Effective.From ?? DateOnly.MinValue);
    }

    /// <summary>Finds the value in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date of interest.</param>
    /// <param name="value">The period in force, or <see langword="null"/> when none is.</param>
    /// <returns><see langword="true"/> when a period is in force on <paramref name="date"/>.</returns>
    public bool TryGetAt(DateOnly date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DatedValue<T>? value)
    {
        foreach (var period in _periods)
        {
            if (period.Effective.Contains(date))
            {
                value = period;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>The period in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date of interest.</param>
    /// <returns>The period in force.</returns>
    /// <exception cref="InvalidOperationException">No period is in force on <paramref name="date"/>.</exception>
    public DatedValue<T> GetAt(DateOnly date) =>
        TryGetAt(date, out var value)
            ? value
            : throw new InvalidOperationException(FormattableString.Invariant($"No value is in force on {date:yyyy-MM-dd}; periods: {string.Join(", ", _periods.Select(p => p.Effective))}."));

    /// <summary>The first date after <paramref name="date"/> on which a different period starts, if any.</summary>
    /// <param name="date">The date of interest.</param>
    /// <returns>The start of the next period, or <see langword="null"/> when none follows.</returns>
    public DateOnly? NextChangeAfter(DateOnly date) =>
        _periods.Select(p => p.Effective.From).Where(f => f is { } d && d > date).Min();
}
