using IceCareers.Internal;

namespace IceCareers.Hiring;

/// <summary>One stage of a hiring pipeline: what is checked there and what can fail. Immutable.</summary>
public sealed class PipelineStage
{
    private readonly IReadOnlyList<string> _failures = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The stage's id, unique within its pipeline (e.g. <c>background-investigation</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The stage's name.</summary>
    public required string Name { get; init; }

    /// <summary>What is checked at this stage.</summary>
    public required string Checks { get; init; }

    /// <summary>What can end an application at this stage.</summary>
    public required IReadOnlyList<string> Failures { get => _failures; init => _failures = Frozen.List(value); }

    /// <summary>A typical duration, where a source gives one.</summary>
    public StageDuration? Duration { get; init; }

    /// <summary>Ids of the sources for the stage.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Name}";
}
