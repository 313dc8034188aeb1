using IceCareers.Internal;

namespace IceCareers.HiringPaths;

/// <summary>One document to upload, and which of the person's paths and claims it is for. Immutable.</summary>
public sealed class EvidenceItem
{
    private readonly IReadOnlyList<string> _for = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The item's id (<c>dd214-member4</c>, <c>sf15</c>, <c>transcript</c> …).</summary>
    public required string Id { get; init; }

    /// <summary>What the document is, in plain words.</summary>
    public required string Title { get; init; }

    /// <summary>The ids of the person's paths and claims (a preference category such as <c>cps</c>, or <c>education</c>) it proves.</summary>
    public IReadOnlyList<string> For { get => _for; init => _for = Frozen.List(value); }

    /// <summary>The ids of the sources that ask for it.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => Id;
}
