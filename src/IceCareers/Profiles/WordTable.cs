using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Profiles;

/// <summary>The words of one enum field: whether a word is known (and its boxed value), and the list for messages.</summary>
internal sealed class WordTable
{
    private readonly Func<string, object?> _parse;

    private WordTable(Func<string, object?> parse, string allowed)
    {
        _parse = parse;
        Allowed = allowed;
    }

    /// <summary>The accepted words, in declaration order.</summary>
    public string Allowed { get; }

    public static WordTable Of<T>(Words<T> words)
        where T : struct, Enum => new(word => words.TryParse(word, out var value) ? value : null, words.Allowed);

    /// <summary>Military pay grades, <c>E-7</c> and the like (the letter in either case).</summary>
    public static readonly WordTable PayGrades = new(
        word => MilitaryPayGrade.TryParse(word, out var grade) ? grade : null, "a military pay grade, E-1 to E-9, W-1 to W-5 or O-1 to O-10");

    /// <summary>The word's value, boxed, or <see langword="null"/> when the word is not one of <see cref="Allowed"/>.</summary>
    public object? Parse(string word) => _parse(word);
}
