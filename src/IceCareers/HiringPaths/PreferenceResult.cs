using System.Text.Json.Serialization;
using IceCareers.Internal;

namespace IceCareers.HiringPaths;

/// <summary>A person's veterans' preference: the category, its points, why, and what it rests on. Immutable.</summary>
public sealed class PreferenceResult
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The category; <see cref="PreferenceCategory.Unknown"/> when the facts given do not decide it.</summary>
    public required PreferenceCategory Category { get; init; }

    /// <summary>The points added to a passing score (0, 5 or 10); <see langword="null"/> when the category is unknown.</summary>
    // Written as null rather than left out: the JSON contract always has this field.
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Points { get; init; }

    /// <summary>Why, in plain words: the fact that decided it, or what is missing.</summary>
    public required string Reason { get; init; }

    /// <summary>The ids of the sources the category rests on.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <summary>
    /// Whether the category is tentative: the person is still serving and claims it on a certification of discharge
    /// under honorable conditions within 120 days (5 U.S.C. 2108a); the agency confirms it before appointment.
    /// </summary>
    public bool Tentative { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"preference {HiringPathWords.Categories[Category]}";
}
