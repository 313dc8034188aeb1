namespace IceCareers.Cli.Tests.TestSupport;

/// <summary>What one run of the command line gave.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Err)
{
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string[] OutLines => Out.ReplaceLineEndings("\n").Split('\n');
}

/// <summary>Runs <see cref="CliApp"/> in-process on string writers, on a fixed date.</summary>
internal static class Icecareers
{
    /// <summary>The date the tests' clock shows.</summary>
    public static readonly DateOnly Today = new(2026, 1, 15);

    /// <summary>A terminal wide enough for every table of the CLI to stay a table.</summary>
    public const int WideTerminal = 400;

    public static CliResult Run(params string[] args) => RunAt(null, args);

    /// <summary>Runs in a terminal of <paramref name="width"/> columns (null: not a terminal, so 80).</summary>
    public static CliResult RunAt(int? width, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = new CliApp(stdout, stderr, new FixedClock(Today), width).Run(args);
        var result = new CliResult(exit, stdout.ToString(), stderr.ToString());
        AssertNoStackTrace(result);
        return result;
    }

    /// <summary>Runs and asserts exit code 0 with nothing on stderr.</summary>
    public static CliResult Ok(params string[] args) => OkAt(null, args);

    /// <summary>Runs in a terminal wide enough that every table stays a table (the layout of a wide terminal).</summary>
    public static CliResult Wide(params string[] args) => OkAt(WideTerminal, args);

    private static CliResult OkAt(int? width, string[] args)
    {
        var result = RunAt(width, args);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}; stderr: {result.Err}");
        Assert.Equal("", result.Err);
        return result;
    }

    /// <summary>Runs and asserts exit code 2, nothing on stdout and at least one problem line on stderr.</summary>
    public static CliResult Bad(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}; stdout: {result.Out}; stderr: {result.Err}");
        Assert.Equal("", result.Out);
        Assert.NotEmpty(result.ErrLines);
        return result;
    }

    public static void AssertNoStackTrace(CliResult result)
    {
        foreach (var line in result.ErrLines)
        {
            Assert.DoesNotMatch(@"^\s+at \S+\(", line);
            Assert.DoesNotContain("Exception:", line, StringComparison.Ordinal);
        }
    }

    private sealed class FixedClock(DateOnly date) : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
