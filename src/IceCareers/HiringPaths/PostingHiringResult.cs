using System.Text.Json.Serialization;
using IceCareers.Internal;

namespace IceCareers.HiringPaths;

/// <summary>What a USAJOBS posting's hiring authority means for the person. Immutable.</summary>
public sealed class PostingHiringResult
{
    private readonly IReadOnlyList<string> _openTo = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The posting's announcement number (USAJOBS <c>PositionID</c>).</summary>
    public required string PositionId { get; init; }

    /// <summary>The authority read from the posting: <c>direct-hire</c>, <c>delegated-examining</c>, <c>merit-promotion</c>, or <c>unknown</c>.</summary>
    public required string HiringAuthority { get; init; }

    /// <summary>Whether veterans' preference applies to the posting; <see langword="null"/> when its authority is unknown.</summary>
    // Written as null rather than left out: the JSON contract always has this field.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool? PreferenceApplies { get; init; }

    /// <summary>What the authority means for the person, in plain words, and how it was read.</summary>
    public required string Note { get; init; }

    /// <summary>The ids of the paths open to the person (verdict eligible) that the posting is open to.</summary>
    public IReadOnlyList<string> OpenTo { get => _openTo; init => _openTo = Frozen.List(value); }

    /// <summary>The ids of the sources the reading rests on.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{PositionId}: {HiringAuthority}";
}
