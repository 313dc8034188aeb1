using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>How a candidate qualifies for one grade: by education, by experience, or by a combination. Immutable.</summary>
public sealed class GradeQualification
{
    private readonly IReadOnlyList<string> _sources = [];
    private readonly IReadOnlyList<CombinationStandard> _combinations = [];

    /// <summary>The grade number (5, 7, 9, 11, 12 …).</summary>
    public required int Grade { get; init; }

    /// <summary>Education that qualifies alone, or <see langword="null"/> when education cannot.</summary>
    public EducationStandard? Education { get; init; }

    /// <summary>Experience that qualifies alone, or <see langword="null"/> when experience cannot.</summary>
    public ExperienceStandard? Experience { get; init; }

    /// <summary>
    /// How education and experience combine for this grade: empty when no combination is allowed, one entry when the
    /// texts agree, several when they conflict. With several, each is one reading of the texts: a combination all of
    /// them meet qualifies, one none of them meets does not, and one only some of them meet needs review.
    /// </summary>
    public IReadOnlyList<CombinationStandard> Combinations { get => _combinations; init => _combinations = Frozen.List(value); }

    /// <summary>Ids of the sources for this row.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
