using IceCareers.Internal;

namespace IceCareers.HiringPaths;

/// <summary>
/// Which doors are open to a person on a date: their veterans' preference, every hiring path with its verdict and closing
/// date, what a posting's authority means for them (when one was given), the documents to bring, and the facts that
/// would decide what is unknown. Immutable.
/// </summary>
public sealed class HiringPathReport
{
    private readonly IReadOnlyList<HiringPathResult> _paths = [];
    private readonly IReadOnlyList<EvidenceItem> _evidence = [];
    private readonly IReadOnlyList<string> _missing = [];

    /// <summary>The date the rules were applied on.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The person's veterans' preference.</summary>
    public required PreferenceResult Preference { get; init; }

    /// <summary>Every hiring path, in the data's order.</summary>
    public IReadOnlyList<HiringPathResult> Paths { get => _paths; init => _paths = Frozen.List(value); }

    /// <summary>The posting's authority and which of the person's paths it is open to; <see langword="null"/> without a posting.</summary>
    public PostingHiringResult? Posting { get; init; }

    /// <summary>The documents the person's paths and claims need, in the data's order.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get => _evidence; init => _evidence = Frozen.List(value); }

    /// <summary>The profile fields that would decide what is unknown, each once, in the order first asked.</summary>
    public IReadOnlyList<string> MissingInformation { get => _missing; init => _missing = Frozen.List(value); }

    /// <summary>The version of the data the report was made with.</summary>
    public required string DataVersion { get; init; }

    /// <summary>The path of the given id.</summary>
    /// <param name="id">A path id (<see cref="HiringPathIds"/>).</param>
    /// <returns>The path's result.</returns>
    /// <exception cref="KeyNotFoundException">The report has no path of that id.</exception>
    public HiringPathResult Path(string id) =>
        Paths.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The report has no hiring path '{id}'; it has: {string.Join(", ", Paths.Select(p => p.Id))}.");

    /// <inheritdoc />
    public override string ToString() => $"hiring paths as of {AsOf:yyyy-MM-dd}: {Preference}, {Paths.Count(p => p.Verdict == PathVerdict.Eligible)} open";
}
