using System.Text;
using IceCareers.Cli.Tests.TestSupport;

namespace IceCareers.Cli.Tests.Hostile;

/// <summary>Issue 12 on the command line: bounded reads, capped problem lists, exit 2 for refusals, escaped input.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "icecareers-cli-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileInputTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("/dev/urandom")]
    [InlineData("/dev/zero")]
    public async Task Check_EndlessDevice_RefusedQuicklyWithExit2(string device)
    {
        if (!File.Exists(device))
        {
            return; // not a Unix system
        }

        // Hang guard only: WaitAsync throws TimeoutException if the read does not end.
        var result = await Task.Run(() => Icecareers.Bad("check", "--all", "--profile", device)).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Contains("larger than", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ProfileWithThousandsOfProblems_PrintsTheCapAndHowManyMore()
    {
        var path = Write("many.json", "{\"languages\":[" + string.Join(",", Enumerable.Repeat("{\"proficiency\":true}", 3_000)) + "]}");

        var result = Icecareers.Bad("check", "--all", "--profile", path);

        Assert.InRange(result.ErrLines.Length, 100, 102);
        Assert.Contains("2,901 more", result.ErrLines[^1], StringComparison.Ordinal);
        Assert.Contains(result.ErrLines, l => l.Contains("at most 1,000", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_EvaluationDateBeforeBirth_Exit2NamingBothDates()
    {
        var path = Write("born.yaml", "dateOfBirth: 2001-07-09\n");

        var result = Icecareers.Bad("check", "--role", "intelligence-officer", "--profile", path, "--as-of", "1999-01-01");

        Assert.Contains("1999-01-01", result.Err, StringComparison.Ordinal);
        Assert.Contains("2001-07-09", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Age -", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_HugeHoursInTwoEntries_Exit2NamingTheField()
    {
        var path = Write("hours.json", "{\"education\":[{\"graduateSemesterHours\":7.9e28},{\"graduateSemesterHours\":7.9e28}]}");

        var result = Icecareers.Bad("check", "--all", "--profile", path);

        Assert.Contains("education[0].graduateSemesterHours", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u001b]0;pwned\u0007")]
    [InlineData("\u202Egnp.exe")]
    [InlineData("\u009b31m")]
    [InlineData("x\u0008\u0008y")]
    public void Check_ControlCharactersInKeysAndValues_EscapedOnStderr(string hostile)
    {
        var path = Write("controls.json", "{\"" + Json(hostile) + "\":1,\"sex\":\"" + Json(hostile) + "\"}");

        var result = Icecareers.Bad("check", "--all", "--profile", path);

        AssertNoRawControls(result.Err);
        Assert.Contains("\\u", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_BidiOverrideInTheRoleId_EscapedInTheMessage()
    {
        var result = Icecareers.Bad("role", "dep\u2066ortation\u202Bofficer");

        AssertNoRawControls(result.Err);
        Assert.Contains("\\u2066", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ControlCharacterInTheFileName_Escaped()
    {
        var result = Icecareers.Bad("check", "--all", "--profile", Path.Combine(_folder, "no\u001b[2Jsuch.yaml"));

        AssertNoRawControls(result.Err);
    }

    [Fact]
    public void SafeWriter_Escape_KeepsLineFeedsAndTabsEscapesTheRest()
    {
        Assert.Equal("a\n\tb\\u001B\\u0085\\u200F", SafeWriter.Escape("a\n\tb\u001b\u0085\u200F"));
        Assert.Same("plain text", SafeWriter.Escape("plain text"));
    }

    private static void AssertNoRawControls(string text)
    {
        foreach (var c in text)
        {
            Assert.False(SafeWriter.IsUnsafe(c), $"raw U+{(int)c:X4} reached the terminal");
        }
    }

    private static string Json(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c < 0x20 || c is >= '\u007F' and <= '\u009F' or >= '\u2000' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
