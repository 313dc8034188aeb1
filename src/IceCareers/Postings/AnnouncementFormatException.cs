using System.Globalization;

namespace IceCareers.Postings;

/// <summary>
/// A document is not a USAJOBS Search API response that can be read: malformed JSON, a field of the wrong type, a
/// document past the size limit, or JSON of another shape. <see cref="Path"/>, <see cref="Line"/> and
/// <see cref="Column"/> say where.
/// </summary>
#pragma warning disable CA1032 // a problem always has a place: only the constructors that carry one are offered
public sealed class AnnouncementFormatException : FormatException
#pragma warning restore CA1032
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong, in words.</param>
    /// <param name="path">The JSON path of the value, e.g. <c>$.SearchResult.SearchResultItems[2].MatchedObjectDescriptor.PositionTitle</c>.</param>
    /// <param name="line">The 1-based line, or <see langword="null"/> when not known.</param>
    /// <param name="column">The 1-based column (in UTF-8 bytes), or <see langword="null"/> when not known.</param>
    /// <param name="innerException">The JSON reader's exception, if any.</param>
    public AnnouncementFormatException(string problem, string path, int? line, int? column, Exception? innerException = null)
        : base(Format(problem, path, line, column), innerException)
    {
        Problem = problem;
        Path = path;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, in words, without the place.</summary>
    public string Problem { get; }

    /// <summary>The JSON path of the offending value (<c>$</c> for the document).</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the offending value, or <see langword="null"/> when not known.</summary>
    public int? Line { get; }

    /// <summary>The 1-based column (in UTF-8 bytes) of the offending value, or <see langword="null"/> when not known.</summary>
    public int? Column { get; }

    private static string Format(string problem, string path, int? line, int? column) =>
        line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"USAJOBS search result, {path} (line {l}, column {column ?? 1}): {problem}")
            : $"USAJOBS search result, {path}: {problem}";
}
