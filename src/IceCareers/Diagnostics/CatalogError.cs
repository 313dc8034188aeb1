using System.Globalization;

namespace IceCareers.Diagnostics;

/// <summary>One problem found while loading catalog data: where it is and what is wrong. Immutable.</summary>
/// <param name="File">The data file, relative to the data folder, with forward slashes (e.g. <c>roles/deportation-officer.yaml</c>).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">What is wrong, naming the key path (e.g. <c>$.duties[1].sources[0]</c>) where it helps.</param>
public sealed record CatalogError(string File, int Line, int Column, string Message)
{
    /// <summary>Formats the error as <c>file:line:column: message</c>, the form compilers use.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}: {Message}");
}
