using IceCareers.Internal;

namespace IceCareers.Hiring;

/// <summary>The ordered stages from application to the end of probation for a group of roles. Immutable.</summary>
public sealed class HiringPipeline
{
    private readonly IReadOnlyList<PipelineStage> _stages = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The pipeline's id, e.g. <c>hsi-law-enforcement</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The pipeline's name.</summary>
    public required string Name { get; init; }

    /// <summary>The stages, in order.</summary>
    public required IReadOnlyList<PipelineStage> Stages { get => _stages; init => _stages = Frozen.List(value); }

    /// <summary>Ids of the sources for the pipeline as a whole.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Name} ({Stages.Count} stages)";
}
