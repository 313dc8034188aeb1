using System.Diagnostics;
using System.Text;
using IceCareers.Cli.Tests.TestSupport;

namespace IceCareers.Cli.Tests;

/// <summary>The exit-code contract: 0 done, 2 bad input (one line per problem), 1 unexpected (message only).</summary>
public sealed class ExitCodeTests
{
    [Fact]
    public void Run_Help_ExitsZeroAndNamesEveryCommand()
    {
        var result = Icecareers.Ok("--help");

        Assert.Contains("icecareers [command] [options]", result.Out, StringComparison.Ordinal);
        foreach (var command in new[] { "roles", "role", "check", "pipeline", "training", "validate", "export", "--data" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_CheckHelp_ListsItsOptions()
    {
        var result = Icecareers.Ok("check", "--help");

        foreach (var option in new[] { "--profile", "--role", "--all", "--as-of", "--policy", "--format", "--data" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwoNamingIt() =>
        Assert.Contains(Icecareers.Bad("frobnicate").ErrLines, l => l.Contains("'frobnicate'", StringComparison.Ordinal));

    [Fact]
    public void Run_UnknownOption_ExitsTwo() =>
        Assert.Contains("--colour", Assert.Single(Icecareers.Bad("roles", "--colour").ErrLines), StringComparison.Ordinal);

    [Fact]
    public void Run_FailingOutput_ExitsOneWithTheMessageOnlyAndNoStackTrace()
    {
        using var stderr = new StringWriter();

        var exit = new CliApp(new FailingWriter(), stderr).Run(["roles"]);

        Assert.Equal(1, exit);
        Assert.Equal("unexpected error: the disk is full" + Environment.NewLine, stderr.ToString());
    }

    [Fact]
    public void Run_FailingOutputInJson_ExitsOne() =>
        Assert.Equal(1, new CliApp(new FailingWriter(), TextWriter.Null).Run(["export"]));

    [Fact]
    public void Program_RealProcess_ReturnsTheExitCodes()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "IceCareers.Cli.dll");
        Assert.True(File.Exists(dll), dll);

        var (ok, okOut, _) = RunProcess(dll, "roles");
        var (bad, _, badErr) = RunProcess(dll, "role", "nope");

        Assert.Equal(0, ok);
        Assert.Contains("hsi-special-agent", okOut, StringComparison.Ordinal);
        Assert.Equal(2, bad);
        Assert.StartsWith("Unknown role id 'nope'.", badErr, StringComparison.Ordinal);
    }

    private static (int Exit, string Out, string Err) RunProcess(string dll, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the CLI did not finish within a minute");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private sealed class FailingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("the disk is full");

        public override void Write(string? value) => throw new IOException("the disk is full");

        public override void WriteLine(string? value) => throw new IOException("the disk is full");
    }
}
