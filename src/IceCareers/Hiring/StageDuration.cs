using IceCareers.Internal;

namespace IceCareers.Hiring;

/// <summary>A typical duration range for a pipeline stage, as a source gives it. Immutable.</summary>
public sealed class StageDuration
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The shortest typical duration in days.</summary>
    public required int MinDays { get; init; }

    /// <summary>The longest typical duration in days.</summary>
    public required int MaxDays { get; init; }

    /// <summary>Ids of the sources for the range.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
