using System.Globalization;
using IceCareers.Diagnostics;

namespace IceCareers;

/// <summary>
/// Catalog data could not be loaded. <see cref="Problems"/> lists every problem found, each with file, line and column;
/// no other exception escapes a load.
/// </summary>
public sealed class CatalogLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public CatalogLoadException(IEnumerable<Problem> problems)
        : this(problems.ToArray(), null)
    {
    }

    /// <summary>Creates the exception from the problems found and the exception that revealed them.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogLoadException(IEnumerable<Problem> problems, Exception innerException)
        : this(problems.ToArray(), innerException)
    {
    }

    private CatalogLoadException(Problem[] problems, Exception? innerException)
        : base(FormatMessage(Capped(problems), problems.Length), innerException)
    {
        Problems = Array.AsReadOnly(Capped(problems));
    }

    /// <summary>
    /// How many problems <see cref="Problems"/> lists at most; past it, the list ends with one more entry saying how many
    /// were left out, so that a hostile data folder cannot make the error huge.
    /// </summary>
    public const int MaxListed = 100;

    /// <summary>Creates an exception with one generic error (for serializers and tests).</summary>
    public CatalogLoadException()
        : this([Problem.InFile("(unknown)", 1, 1, "The catalog could not be loaded.")], null)
    {
    }

    /// <summary>Creates an exception with one error that has no file position.</summary>
    /// <param name="message">What is wrong.</param>
    public CatalogLoadException(string message)
        : this([Problem.InFile("(unknown)", 1, 1, message)], null)
    {
    }

    /// <summary>Creates an exception with one error that has no file position, wrapping its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = Array.AsReadOnly(new[] { Problem.InFile("(unknown)", 1, 1, message) });
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    private static Problem[] Capped(Problem[] problems)
    {
        if (problems.Length <= MaxListed)
        {
            return problems;
        }

        var capped = new Problem[MaxListed + 1];
        Array.Copy(problems, capped, MaxListed);
        var next = problems[MaxListed];
        capped[MaxListed] = next with { Message = string.Create(CultureInfo.InvariantCulture,
            $"and {problems.Length - MaxListed:N0} more problems, not listed; fix these and load the data again") };
        return capped;
    }

    private static string FormatMessage(Problem[] problems, int total)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"The catalog data has {total:N0} problem{(total == 1 ? "" : "s")}:");
        return text + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(e => "  " + e));
    }
}
