using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IceCareers.Candidates;

/// <summary>A military pay grade such as <c>E-5</c>, <c>W-2</c> or <c>O-4</c>. Immutable value type.</summary>
/// <param name="Kind">Enlisted, warrant or officer.</param>
/// <param name="Level">The number: 1-9 enlisted, 1-5 warrant, 1-10 officer.</param>
public readonly record struct MilitaryPayGrade(MilitaryPayGradeKind Kind, int Level) : IComparable<MilitaryPayGrade>
{
    /// <summary>Reads a pay grade written as a letter (E, W or O, any case), a hyphen and a number in range: <c>E-7</c>, <c>o-4</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="grade">The pay grade when the text is one.</param>
    /// <returns>Whether the text is a pay grade.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MilitaryPayGrade grade)
    {
        grade = default;
        if (text is null || text.Length is < 3 or > 4 || text[1] != '-')
        {
            return false;
        }

        var kind = char.ToUpperInvariant(text[0]) switch
        {
            'E' => MilitaryPayGradeKind.Enlisted,
            'W' => MilitaryPayGradeKind.Warrant,
            'O' => MilitaryPayGradeKind.Officer,
            _ => (MilitaryPayGradeKind?)null,
        };
        if (kind is null
            || !int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var level)
            || text[2] == '0'
            || level < 1
            || level > MaxLevel(kind.Value))
        {
            return false;
        }

        grade = new MilitaryPayGrade(kind.Value, level);
        return true;
    }

    /// <summary>Reads a pay grade.</summary>
    /// <param name="text">The text, e.g. <c>O-4</c>.</param>
    /// <returns>The pay grade.</returns>
    /// <exception cref="FormatException">The text is not a pay grade E-1 to E-9, W-1 to W-5 or O-1 to O-10.</exception>
    public static MilitaryPayGrade Parse(string text) =>
        TryParse(text, out var grade) ? grade : throw new FormatException("A military pay grade is E-1 to E-9, W-1 to W-5 or O-1 to O-10.");

    /// <summary>The highest level of a ladder.</summary>
    /// <param name="kind">The ladder.</param>
    /// <returns>9, 5 or 10.</returns>
    public static int MaxLevel(MilitaryPayGradeKind kind) => kind switch
    {
        MilitaryPayGradeKind.Enlisted => 9,
        MilitaryPayGradeKind.Warrant => 5,
        _ => 10,
    };

    /// <summary>Orders enlisted below warrant below officer, then by level.</summary>
    /// <param name="other">The other grade.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(MilitaryPayGrade other) => Kind != other.Kind ? Kind.CompareTo(other.Kind) : Level.CompareTo(other.Level);

    /// <summary>The grade as written: <c>E-7</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind switch { MilitaryPayGradeKind.Enlisted => 'E', MilitaryPayGradeKind.Warrant => 'W', _ => 'O' }}-{Level}");
}
