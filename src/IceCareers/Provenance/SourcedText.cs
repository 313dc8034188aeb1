using IceCareers.Internal;

namespace IceCareers.Provenance;

/// <summary>A statement in plain English with the sources it rests on. Immutable.</summary>
public sealed class SourcedText
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The statement.</summary>
    public required string Text { get; init; }

    /// <summary>Ids of the sources the statement rests on.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => Text;
}
