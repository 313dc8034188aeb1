using System.Globalization;

namespace IceCareers.Candidates;

/// <summary>One reason a candidate profile was refused: the field and what is wrong with it. Immutable.</summary>
/// <param name="Path">The field path, e.g. <c>education[0].gpa</c>; empty when the problem concerns the whole document.</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record ProfileProblem(string Path, string Message)
{
    /// <summary>The 1-based line of the problem in the document, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column of the problem in the document, when known.</summary>
    public int? Column { get; init; }

    /// <summary>Formats the problem as <c>path: message</c>, followed by the position when known.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString()
    {
        var text = Path.Length == 0 ? Message : Path + ": " + Message;
        return Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{text} (line {line}, column {Column ?? 1})")
            : text;
    }
}
