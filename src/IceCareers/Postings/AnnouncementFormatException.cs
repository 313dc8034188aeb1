using System.Globalization;
using IceCareers.Diagnostics;

namespace IceCareers.Postings;

/// <summary>
/// A document is not a USAJOBS Search API response that can be read: malformed JSON, a field of the wrong type, a
/// document past the size limit, or JSON of another shape. <see cref="Problem"/> says what and where (the JSON path,
/// and the line and column of the value when known).
/// </summary>
#pragma warning disable CA1032 // a problem always has a place: only the constructors that carry one are offered
public sealed class AnnouncementFormatException : FormatException
#pragma warning restore CA1032
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">
    /// What is wrong and where: its <see cref="Problem.Path"/> is the JSON path of the value, e.g.
    /// <c>$.SearchResult.SearchResultItems[2].MatchedObjectDescriptor.PositionTitle</c> (<c>$</c> for the document), and
    /// its column counts UTF-8 bytes.
    /// </param>
    /// <param name="innerException">The JSON reader's exception, if any.</param>
    public AnnouncementFormatException(Problem problem, Exception? innerException = null)
        : base(Format(problem), innerException)
    {
        Problem = problem;
    }

    /// <summary>What is wrong and where: the JSON path, and the line and column (in UTF-8 bytes) when known.</summary>
    public Problem Problem { get; }

    /// <summary>The exception for <paramref name="message"/> at <paramref name="path"/> (and the line and column when known).</summary>
    internal static AnnouncementFormatException At(string message, string path, int? line, int? column, Exception? innerException = null) =>
        new(new Problem(message) { Path = path, Line = line, Column = column }, innerException);

    private static string Format(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var path = string.IsNullOrEmpty(problem.Path) ? "$" : problem.Path;
        return problem.Line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"USAJOBS search result, {path} (line {l}, column {problem.Column ?? 1}): {problem.Message}")
            : $"USAJOBS search result, {path}: {problem.Message}";
    }
}
