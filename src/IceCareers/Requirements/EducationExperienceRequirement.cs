using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>
/// An OPM grade table: which education, experience or combination qualifies for each grade, for positions of one grade
/// interval (see <see cref="GradeInterval"/>). Immutable.
/// </summary>
public sealed class EducationExperienceRequirement : Requirement
{
    private readonly IReadOnlyList<GradeQualification> _grades = [];
    private readonly IReadOnlyList<string> _intervalSources = [];

    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public EducationExperienceRequirement()
        : base(RequirementKind.EducationExperience)
    {
    }

    private IReadOnlyList<MilitaryGradeEquivalent> _militaryGrades = [];

    /// <summary>One row per grade, lowest first.</summary>
    public required IReadOnlyList<GradeQualification> Grades { get => _grades; init => _grades = Frozen.Sorted(value, g => g.Grade); }

    /// <summary>
    /// The definition of Superior Academic Achievement used by the rows that accept it; <see langword="null"/> when no
    /// row does (OPM allows it only for two-grade-interval positions).
    /// </summary>
    public SuperiorAcademicAchievementStandard? SuperiorAcademicAchievement { get; init; }

    /// <summary>
    /// The grade interval of the positions the table is for: 2 (professional and administrative work: GS-5, 7, 9, 11,
    /// then one grade at a time) or 1 (clerical, technical and assistant work: one grade at a time throughout).
    /// </summary>
    public required int GradeInterval { get; init; }

    /// <summary>Ids of the sources for <see cref="GradeInterval"/>.</summary>
    public required IReadOnlyList<string> GradeIntervalSources { get => _intervalSources; init => _intervalSources = Frozen.List(value); }

    /// <summary>How part-time work and quarter hours convert to the full-time months and semester hours the rows count.</summary>
    public required QualificationConversions Conversions { get; init; }

    /// <summary>
    /// The GS grades military pay grades compare with, for work stated by its military pay grade
    /// (<c>experience[].militaryPayGrade</c>) rather than a GS-equivalent grade; empty when the data gives none, and
    /// then such work has no known grade.
    /// </summary>
    public IReadOnlyList<MilitaryGradeEquivalent> MilitaryGrades { get => _militaryGrades; init => _militaryGrades = Frozen.List(value); }

    /// <summary>The row for <paramref name="payGrade"/>, or <see langword="null"/> when the data has none.</summary>
    /// <param name="payGrade">The military pay grade.</param>
    /// <returns>The row.</returns>
    public MilitaryGradeEquivalent? MilitaryGradeFor(MilitaryPayGrade payGrade) => _militaryGrades.FirstOrDefault(m => m.PayGrade == payGrade);
}
