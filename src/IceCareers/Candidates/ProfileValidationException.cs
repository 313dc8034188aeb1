using System.Globalization;
using IceCareers.Diagnostics;

namespace IceCareers.Candidates;

/// <summary>
/// A candidate profile was refused. <see cref="Problems"/> lists every problem found, each with its field path; the
/// message has one line per problem.
/// </summary>
public sealed class ProfileValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public ProfileValidationException(IEnumerable<Problem> problems)
        : this(problems.ToArray())
    {
    }

    /// <summary>Creates an exception with one generic problem.</summary>
    public ProfileValidationException()
        : this([Problem.At("", "The profile is invalid.")])
    {
    }

    /// <summary>Creates an exception with one problem that concerns the whole document.</summary>
    /// <param name="message">What is wrong.</param>
    public ProfileValidationException(string message)
        : this([Problem.At("", message)])
    {
    }

    /// <summary>Creates an exception with one problem that concerns the whole document, wrapping its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ProfileValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = Array.AsReadOnly(new[] { Problem.At("", message) });
    }

    private ProfileValidationException(Problem[] problems)
        : base(FormatMessage(Capped(problems), problems.Length))
    {
        Problems = Array.AsReadOnly(Capped(problems));
    }

    /// <summary>
    /// How many problems <see cref="Problems"/> lists at most; past it, the list ends with one more entry saying how
    /// many were left out, so that a hostile document cannot make the error (or a response built from it) huge.
    /// </summary>
    public const int MaxListed = 100;

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    private static Problem[] Capped(Problem[] problems)
    {
        if (problems.Length <= MaxListed)
        {
            return problems;
        }

        var capped = new Problem[MaxListed + 1];
        Array.Copy(problems, capped, MaxListed);
        capped[MaxListed] = Problem.At("", string.Create(CultureInfo.InvariantCulture,
            $"and {problems.Length - MaxListed:N0} more problems, not listed; fix these and read the document again"));
        return capped;
    }

    private static string FormatMessage(Problem[] problems, int total)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"The candidate profile has {total:N0} problem{(total == 1 ? "" : "s")}:");
        return text + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
