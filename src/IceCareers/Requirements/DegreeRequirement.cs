using IceCareers.Candidates;

namespace IceCareers.Requirements;

/// <summary>A degree that qualifies on its own, optionally only in a given field (e.g. a J.D.: professional, Law). Immutable.</summary>
public sealed class DegreeRequirement
{
    /// <summary>The degree level.</summary>
    public required EducationLevel Level { get; init; }

    /// <summary>The field the degree must be in (compared ignoring case), or <see langword="null"/> for any field.</summary>
    public string? Field { get; init; }

    /// <inheritdoc />
    public override string ToString() => Field is null ? Level.ToString() : $"{Level} ({Field})";
}
