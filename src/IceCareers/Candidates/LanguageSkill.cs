namespace IceCareers.Candidates;

/// <summary>A language a person speaks and how well. Immutable.</summary>
public sealed class LanguageSkill
{
    /// <summary>The language, e.g. <c>Spanish</c> (compared ignoring case).</summary>
    public required string Language { get; init; }

    /// <summary>How well the person speaks it.</summary>
    public required LanguageProficiency Proficiency { get; init; }
}
