using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// What one check produced: the result, its gap (for NotMet and Unknown), a confidence warning, the fields the result
/// names as missing (as <see cref="RequirementResult.MissingInformation"/>, for the report's list), and — from the grade
/// check only — the entry grades the candidate qualifies for and the highest of them.
/// </summary>
internal readonly record struct CheckOutcome(
    RequirementResult Result,
    Gap? Gap = null,
    string? Warning = null,
    FieldList Missing = default,
    IReadOnlyList<PayGrade>? QualifyingGrades = null,
    PayGrade? HighestQualifyingGrade = null);
