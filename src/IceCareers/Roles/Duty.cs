using IceCareers.Internal;

namespace IceCareers.Roles;

/// <summary>One duty statement of a role, with its sources. Immutable.</summary>
public sealed class Duty
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The duty in plain English.</summary>
    public required string Text { get; init; }

    /// <summary>The career stage the statement describes.</summary>
    public required DutyLevel Level { get; init; }

    /// <summary>Ids of the sources for the statement.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => Text;
}
