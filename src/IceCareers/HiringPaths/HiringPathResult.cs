using System.Text.Json.Serialization;
using IceCareers.Internal;

namespace IceCareers.HiringPaths;

/// <summary>One hiring path decided for a person: the verdict, why, until when, and what to bring. Immutable.</summary>
public sealed class HiringPathResult
{
    private readonly IReadOnlyList<string> _sources = [];
    private readonly IReadOnlyList<string> _evidence = [];
    private readonly IReadOnlyList<string> _missing = [];

    /// <summary>The path's id (<see cref="HiringPathIds"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The path's name in plain words.</summary>
    public required string Title { get; init; }

    /// <summary>Whether the path is open to the person.</summary>
    public required PathVerdict Verdict { get; init; }

    /// <summary>Why, in plain words.</summary>
    public required string Reason { get; init; }

    /// <summary>The last day the path is open to the person, where time limits it; otherwise <see langword="null"/>.</summary>
    // Written as null rather than left out: the JSON contract always has this field.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateOnly? Until { get; init; }

    /// <summary>The highest grade the path can appoint at (e.g. <c>GS-11</c>); <see langword="null"/> where the path sets none.</summary>
    // Written as null rather than left out: the JSON contract always has this field.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? MaxGrade { get; init; }

    /// <summary>The ids of the sources the path's rule rests on.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <summary>The ids of the evidence items the path needs (see <see cref="HiringPathReport.Evidence"/>).</summary>
    public IReadOnlyList<string> Evidence { get => _evidence; init => _evidence = Frozen.List(value); }

    /// <summary>The profile fields that would decide an <see cref="PathVerdict.Unknown"/> verdict; empty otherwise.</summary>
    public IReadOnlyList<string> MissingInformation { get => _missing; init => _missing = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {HiringPathWords.Verdicts[Verdict]}";
}
