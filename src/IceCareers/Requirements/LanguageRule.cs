using IceCareers.Candidates;

namespace IceCareers.Requirements;

/// <summary>A language-training rule in force for a period. Immutable.</summary>
public sealed class LanguageRule
{
    /// <summary>Whether a language course is part of training in this period.</summary>
    public required bool CourseRequired { get; init; }

    /// <summary>The language, when a course is required.</summary>
    public string? Language { get; init; }

    /// <summary>The proficiency that lets a trainee test out of the course.</summary>
    public LanguageProficiency? TestOutProficiency { get; init; }

    /// <summary>The course length in training days.</summary>
    public int? CourseDays { get; init; }
}
