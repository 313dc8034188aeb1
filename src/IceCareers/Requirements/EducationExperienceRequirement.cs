using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>The OPM grade table: which education, experience or combination qualifies for each grade. Immutable.</summary>
public sealed class EducationExperienceRequirement : Requirement
{
    private readonly IReadOnlyList<GradeQualification> _grades = [];

    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public EducationExperienceRequirement()
        : base(RequirementKind.EducationExperience)
    {
    }

    /// <summary>One row per grade, lowest first.</summary>
    public required IReadOnlyList<GradeQualification> Grades { get => _grades; init => _grades = Frozen.Sorted(value, g => g.Grade); }

    /// <summary>The definition of Superior Academic Achievement used by the rows that accept it.</summary>
    public required SuperiorAcademicAchievementStandard SuperiorAcademicAchievement { get; init; }
}
