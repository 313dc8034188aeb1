using IceCareers.Internal;

namespace IceCareers.Candidates;

/// <summary>
/// A candidate's criminal record and drug use. A <see langword="null"/> list is unknown; an empty list says "none".
/// Immutable. <see cref="ToString"/> never reveals the details.
/// </summary>
public sealed class History
{
    private readonly IReadOnlyList<Conviction>? _convictions;
    private readonly IReadOnlyList<DrugUse>? _drugUse;

    /// <summary>Every criminal conviction; empty for none, <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<Conviction>? Convictions { get => _convictions; init => _convictions = Frozen.ListOrNull(value); }

    /// <summary>Every period of prior illegal drug use; empty for none, <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<DrugUse>? DrugUse { get => _drugUse; init => _drugUse = Frozen.ListOrNull(value); }

    /// <summary>Returns a fixed text that reveals nothing about the record.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "history (details withheld)";
}
