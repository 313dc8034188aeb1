
namespace IceCareers.Candidates;

/// <summary>A language the candidate speaks and how well. Every property is optional; <see langword="null"/> means unknown. Immutable.</summary>
public sealed class LanguageSkill
{
    /// <summary>The language, e.g. <c>Spanish</c> (compared ignoring case).</summary>
    public string? Language { get; init; }

    /// <summary>How well the candidate speaks it.</summary>
    public LanguageProficiency? Proficiency { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Language ?? "language"}: {(Proficiency is { } p ? CandidateWords.LanguageProficiencies[p] : "unknown")}";
}
