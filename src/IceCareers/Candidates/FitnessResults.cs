using System.Globalization;

namespace IceCareers.Candidates;

/// <summary>Results of a physical fitness test the candidate took. Every property is optional; <see langword="null"/> means not tested. Immutable.</summary>
public sealed class FitnessResults
{
    /// <summary>Sit-ups in one minute, 0 to 10,000.</summary>
    public int? SitUps { get; init; }

    /// <summary>Push-ups in one minute, 0 to 10,000.</summary>
    public int? PushUps { get; init; }

    /// <summary>Time for the 220-yard sprint, in seconds, 0 to 86,400.</summary>
    public decimal? Sprint220YardsSeconds { get; init; }

    /// <summary>Time for the 1.5-mile run, in seconds, 0 to 86,400.</summary>
    public decimal? Run1_5MileSeconds { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"sit-ups {SitUps?.ToString(CultureInfo.InvariantCulture) ?? "?"}, push-ups {PushUps?.ToString(CultureInfo.InvariantCulture) ?? "?"}, 220-yard sprint {Sprint220YardsSeconds?.ToString(CultureInfo.InvariantCulture) ?? "?"} s, 1.5-mile run {Run1_5MileSeconds?.ToString(CultureInfo.InvariantCulture) ?? "?"} s");
}
