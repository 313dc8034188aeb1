using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>How a candidate qualifies for one grade: by education, by experience, or by a combination. Immutable.</summary>
public sealed class GradeQualification
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The grade number (5, 7, 9, 11, 12 …).</summary>
    public required int Grade { get; init; }

    /// <summary>Education that qualifies alone, or <see langword="null"/> when education cannot.</summary>
    public EducationStandard? Education { get; init; }

    /// <summary>Experience that qualifies alone, or <see langword="null"/> when experience cannot.</summary>
    public ExperienceStandard? Experience { get; init; }

    /// <summary>A qualifying combination, or <see langword="null"/> when none is allowed.</summary>
    public CombinationStandard? Combination { get; init; }

    /// <summary>Ids of the sources for this row.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
