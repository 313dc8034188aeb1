using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Training;

/// <summary>A way to skip a language program by showing proficiency. Immutable.</summary>
public sealed class LanguageTestOut
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The language, e.g. <c>Spanish</c>.</summary>
    public required string Language { get; init; }

    /// <summary>The proficiency that lets a trainee test out.</summary>
    public required LanguageProficiency Proficiency { get; init; }

    /// <summary>Ids of the sources for the test-out rule.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
