using System.Globalization;

namespace IceCareers.Diagnostics;

/// <summary>
/// One problem at one place: what the catalog loader, the profile reader and the USAJOBS reader all report, so that a
/// caller shows, sorts and serialises every problem of the library the same way. The place is a data file with a line
/// and column (<see cref="File"/>), a field path in a document (<see cref="Path"/>, with the line and column when the
/// reader knows them), or both; what is wrong is <see cref="Message"/>, in plain English. Immutable.
/// </summary>
public sealed record Problem
{
    /// <summary>Creates a problem with no place yet; set the place with an initializer or use <see cref="InFile"/> / <see cref="At"/>.</summary>
    /// <param name="message">What is wrong, in plain English.</param>
    public Problem(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
    }

    /// <summary>
    /// The data file, relative to the data folder, with forward slashes (e.g. <c>roles/deportation-officer.yaml</c>);
    /// <see langword="null"/> for a problem in a document that is not a file of the catalog (a profile, a posting).
    /// </summary>
    public string? File { get; init; }

    /// <summary>
    /// The field path in the document, e.g. <c>education[0].gpa</c> in a profile or
    /// <c>$.SearchResult.SearchResultItems[2]</c> in a USAJOBS document; empty or <see langword="null"/> when the problem
    /// concerns the whole document.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>The 1-based line, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; init; }

    /// <summary>What is wrong, in plain English, without the place.</summary>
    public string Message { get; init; }

    /// <summary>A problem at a line and column of a data file, the way compilers report one.</summary>
    /// <param name="file">The data file, relative to the data folder, with forward slashes.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="column">The 1-based column.</param>
    /// <param name="message">What is wrong, naming the key path (e.g. <c>$.duties[1].sources[0]</c>) where it helps.</param>
    /// <returns>The problem.</returns>
    public static Problem InFile(string file, int line, int column, string message) =>
        new(message) { File = file, Line = line, Column = column };

    /// <summary>A problem at a field path of a document (empty for the whole document); add the line and column with <c>with</c> when known.</summary>
    /// <param name="path">The field path, e.g. <c>education[0].gpa</c>; empty for the whole document.</param>
    /// <param name="message">What is wrong, in plain English.</param>
    /// <returns>The problem.</returns>
    public static Problem At(string path, string message) => new(message) { Path = path };

    /// <summary>
    /// <c>file:line:column: message</c> for a problem in a data file (the form compilers and editors read), otherwise
    /// <c>path: message</c> followed by the line and column when known.
    /// </summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString()
    {
        if (File is not null)
        {
            return Line is { } fileLine
                ? string.Create(CultureInfo.InvariantCulture, $"{File}:{fileLine}:{Column ?? 1}: {Message}")
                : $"{File}: {Message}";
        }

        var text = string.IsNullOrEmpty(Path) ? Message : Path + ": " + Message;
        return Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{text} (line {line}, column {Column ?? 1})")
            : text;
    }
}
