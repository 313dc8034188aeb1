using IceCareers.Internal;

namespace IceCareers.Training;

/// <summary>A length of time as a source states it, in weeks. Immutable.</summary>
public sealed class StatedDuration
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The stated length in weeks.</summary>
    public required decimal Weeks { get; init; }

    /// <summary>Ids of the sources that state it.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
