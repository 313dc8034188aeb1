using System.Globalization;

namespace IceCareers.Candidates;

/// <summary>
/// A candidate profile was refused. <see cref="Problems"/> lists every problem found, each with its field path; the
/// message has one line per problem.
/// </summary>
public sealed class ProfileValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    public ProfileValidationException(IEnumerable<ProfileProblem> problems)
        : this(problems.ToArray())
    {
    }

    /// <summary>Creates an exception with one generic problem.</summary>
    public ProfileValidationException()
        : this([new ProfileProblem("", "The profile is invalid.")])
    {
    }

    /// <summary>Creates an exception with one problem that concerns the whole document.</summary>
    /// <param name="message">What is wrong.</param>
    public ProfileValidationException(string message)
        : this([new ProfileProblem("", message)])
    {
    }

    /// <summary>Creates an exception with one problem that concerns the whole document, wrapping its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ProfileValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = Array.AsReadOnly(new[] { new ProfileProblem("", message) });
    }

    private ProfileValidationException(ProfileProblem[] problems)
        : base(FormatMessage(problems))
    {
        Problems = Array.AsReadOnly(problems);
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ProfileProblem> Problems { get; }

    private static string FormatMessage(ProfileProblem[] problems)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"The candidate profile has {problems.Length} problem{(problems.Length == 1 ? "" : "s")}:");
        return text + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p));
    }
}
