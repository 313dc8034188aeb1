using IceCareers.Internal;

namespace IceCareers.Training;

/// <summary>Which training programs follow hiring into a role, in order. Immutable.</summary>
public sealed class RoleTraining
{
    private readonly IReadOnlyList<string> _programIds = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>Ids of the training programs, in the order they are taken (may be empty).</summary>
    public required IReadOnlyList<string> ProgramIds { get => _programIds; init => _programIds = Frozen.List(value); }

    /// <summary>A total length the agency states for the whole path, where it states one (it may differ from the sum of the programs).</summary>
    public StatedDuration? StatedTotal { get; init; }

    /// <summary>Why these programs, where the choice needs explaining.</summary>
    public string? Note { get; init; }

    /// <summary>Ids of the sources for the choice of programs, if any.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
