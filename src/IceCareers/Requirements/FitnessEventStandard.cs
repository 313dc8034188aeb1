using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>The pass mark of one fitness event: a minimum count or a maximum time. Immutable.</summary>
public sealed class FitnessEventStandard
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The event.</summary>
    public required FitnessEvent Event { get; init; }

    /// <summary>The minimum count (repetitions), for counted events.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The maximum time in seconds, for timed events.</summary>
    public decimal? MaximumSeconds { get; init; }

    /// <summary>Ids of the sources for the pass mark.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
