using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>The ways education alone qualifies for a grade; any one suffices. Immutable.</summary>
public sealed class EducationStandard
{
    private readonly IReadOnlyList<DegreeRequirement> _degrees = [];

    /// <summary>Degrees that qualify alone.</summary>
    public IReadOnlyList<DegreeRequirement> Degrees { get => _degrees; init => _degrees = Frozen.List(value); }

    /// <summary>Graduate semester hours that qualify alone, if any.</summary>
    public decimal? GraduateHours { get; init; }

    /// <summary>Whether Superior Academic Achievement with a bachelor's degree qualifies.</summary>
    public bool SuperiorAcademicAchievement { get; init; }
}
