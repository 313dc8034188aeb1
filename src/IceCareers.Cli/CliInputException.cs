namespace IceCareers.Cli;

/// <summary>Bad input from the user: every problem, one line each. The app prints them on stderr and exits with 2.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(IEnumerable<string> problems)
        : this(problems.ToArray())
    {
    }

    public CliInputException(string problem)
        : this([problem])
    {
    }

    public CliInputException()
        : this("bad input")
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    private CliInputException(string[] problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
