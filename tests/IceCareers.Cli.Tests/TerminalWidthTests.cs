using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Cli.Tests;

/// <summary>
/// The CLI in an 80-column terminal (issue 23 §7): every command and every command's help fits 80 columns (the width
/// when the output is not a terminal, as here), help ends with examples, --format takes the same words everywhere, a
/// bare 'icecareers' shows help, a mistyped command gets a suggestion, and "license" has one spelling.
/// </summary>
public sealed class TerminalWidthTests
{
    private static string Sample(string name) => Path.Combine(Repository.Root, "samples", "profiles", name);

    private static string SearchResult => Path.Combine(Repository.Root, "tests", "IceCareers.Tests", "Announcements", "Fixtures", "ice-search-result.json");

    /// <summary>Every command, in text, with the inputs a person gives (sample profiles, a recorded USAJOBS search).</summary>
    public static TheoryData<string[]> Commands()
    {
        var data = new TheoryData<string[]>
        {
            Array.Empty<string>(),
            new[] { "--help" },
            new[] { "roles" },
            new[] { "localities" },
            new[] { "localities", "--role", "deportation-officer", "--grade", "GL-7", "--as-of", "2026-01-15" },
            new[] { "localities", "--role", "program-analyst", "--as-of", "2026-01-15" },
            new[] { "validate", Repository.DataDirectory },
            new[] { "pay", "hsi-special-agent", "--grade", "GL-9", "--locality", "Boston", "--as-of", "2026-01-15" },
            new[] { "pay", "deportation-officer", "--grade", "GL-7", "--locality", "sacramento-roseville", "--as-of", "2026-01-15" },
            new[] { "pay", "program-analyst", "--grade", "GS-12", "--locality", "San Francisco", "--as-of", "2026-01-15" },
            new[] { "career", "hsi-special-agent", "--start", "2026-02-02", "--grade", "GL-9", "--date-of-birth", "1996-04-12", "--locality", "San Francisco" },
            new[] { "career", "program-analyst", "--start", "2026-02-02", "--grade", "GS-9" },
            new[] { "announcements", SearchResult, "--as-of", "2026-01-15" },
            new[] { "announcements", SearchResult, "--profile", Sample("new-graduate.yaml"), "--as-of", "2026-01-15" },
        };
        foreach (var role in CareerCatalog.Default.Roles)
        {
            data.Add(["role", role.Id]);
            data.Add(["pipeline", role.Id]);
            data.Add(["training", role.Id, "--start", "2026-03-02"]);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "samples", "profiles"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(["check", "--profile", file, "--all", "--as-of", "2026-01-15"]);
            data.Add(["check", "--profile", file, "--role", "deportation-officer", "--as-of", "2026-01-15", "--policy", "suitability"]);
            data.Add(["paths", "--profile", file, "--as-of", "2026-01-15"]);
            data.Add(["paths", "--profile", file, "--posting", SearchResult, "--position-id", "ERO-FIXTURE-10000001-DH", "--as-of", "2026-01-15"]);
        }

        return data;
    }

    /// <summary>Each command's help.</summary>
    public static TheoryData<string> CommandNames() =>
        new() { "roles", "role", "check", "pipeline", "training", "validate", "export", "pay", "career", "announcements", "paths", "localities" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Run_At80Columns_NoLineIsLongerThan80(string[] args)
    {
        var result = Icecareers.Run(args);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Err}");
        AssertFits(result, 80);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Help_EveryCommand_FitsAndEndsWithExamples(string command)
    {
        var result = Icecareers.Ok(command, "--help");

        AssertFits(result, 80);
        var lines = result.OutLines.Where(l => l.Trim().Length > 0).ToArray();
        var examples = Array.FindLastIndex(lines, l => l == "Examples:");
        Assert.True(examples > 0, $"no Examples: section at the end of '{command} --help'");
        Assert.All(lines[(examples + 1)..], l => Assert.True(l.StartsWith("  icecareers " + command, StringComparison.Ordinal) || l.StartsWith("      ", StringComparison.Ordinal), l));
        Assert.True(lines.Length - examples > 1, "at least one example");
    }

    [Fact]
    public void Run_NoCommand_ShowsHelpAndExitsZero()
    {
        var result = Icecareers.Ok();

        Assert.Contains("icecareers [command] [options]", result.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
        Assert.Equal(Icecareers.Ok("--help").Out, result.Out);
    }

    [Theory]
    [InlineData("chek", "check")]
    [InlineData("rols", "roles")]
    [InlineData("pipline", "pipeline")]
    [InlineData("announcement", "announcements")]
    [InlineData("trainig", "training")]
    [InlineData("exprot", "export")]
    [InlineData("localitys", "localities")]
    public void Run_MistypedCommand_SuggestsTheClosestAndExitsTwo(string typed, string meant)
    {
        var result = Icecareers.Bad(typed, "--help-me");

        Assert.Contains($"Did you mean '{meant}'?", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WordFarFromEveryCommand_SuggestsNoCommand()
    {
        var result = Icecareers.Bad("frobnicate");

        Assert.DoesNotContain("Did you mean", result.Err, StringComparison.Ordinal);
        Assert.Contains("icecareers --help", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("roles")]
    [InlineData("role", "deportation-officer")]
    [InlineData("pipeline", "deportation-officer")]
    [InlineData("training", "deportation-officer", "--start", "2026-03-02")]
    [InlineData("pay", "deportation-officer", "--grade", "GL-7", "--locality", "sacramento-roseville", "--as-of", "2026-01-15")]
    [InlineData("career", "deportation-officer", "--start", "2026-02-02", "--grade", "GL-7")]
    public void Format_TextAndTable_AreTheSameAndTheDefault(params string[] args)
    {
        var plain = Icecareers.Ok(args).Out;

        Assert.Equal(plain, Icecareers.Ok([.. args, "--format", "text"]).Out);
        Assert.Equal(plain, Icecareers.Ok([.. args, "--format", "table"]).Out);
        Assert.Contains(Icecareers.Ok([.. args, "--format", "json"]).Out[0], "[{");
    }

    [Fact]
    public void Format_EveryCommandWithFormat_TakesTextAndJson()
    {
        var check = Sample("new-graduate.yaml");
        Icecareers.Ok("check", "--profile", check, "--all", "--format", "text");
        Icecareers.Ok("check", "--profile", check, "--all", "--format", "table");
        Icecareers.Ok("paths", "--profile", check, "--format", "table");
        Icecareers.Ok("announcements", SearchResult, "--format", "table");
        Icecareers.Ok("export", "--format", "json");
        Icecareers.Ok("export", "--format", "jsonld");
        Assert.Contains("text|json", Icecareers.Ok("roles", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WiderTerminal_KeepsTheTable()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = new CliApp(stdout, stderr, width: 140).Run(["roles"]);

        Assert.Equal(0, exit);
        var lines = stdout.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith("ROLE-ID", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("deportation-officer ", StringComparison.Ordinal) && l.Contains("Deportation Officer", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= 140, l));
    }

    [Fact]
    public void Run_At80Columns_RolesAreKeyValueBlocks()
    {
        var lines = Icecareers.Ok("roles").OutLines;

        Assert.Equal("Role id: deportation-officer", lines[0]);
        Assert.Contains("  Title: Deportation Officer", lines);
    }

    [Theory]
    [InlineData("60", 60)]
    [InlineData("132", 132)]
    [InlineData("10", 40)]
    public void Use_ColumnsGiven_LaysOutForThemWithAFloorOf40(string columns, int expected)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        new CliApp(stdout, stderr, width: int.Parse(columns, System.Globalization.CultureInfo.InvariantCulture)).Run(["role", "hsi-special-agent"]);

        Assert.All(stdout.ToString().ReplaceLineEndings("\n").Split('\n'), l => Assert.True(l.Length <= expected, $"{l.Length} > {expected}: {l}"));
    }

    [Fact]
    public void Output_EveryCommand_SpellsLicenseOneWay()
    {
        foreach (string[] args in Commands())
        {
            var result = Icecareers.Run(args);
            Assert.DoesNotContain("licence", result.Out, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("licence", Icecareers.Ok("check", "--help").Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Pay_PlaceWithoutData_NamesTheLocalitiesCommand()
    {
        var result = Icecareers.Bad("pay", "hsi-special-agent", "--grade", "GL-9", "--locality", "Houston", "--as-of", "2026-01-15");

        Assert.Contains("icecareers localities", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    /// <summary>
    /// What a command prints on stdout fits; stderr keeps one line per problem (the exit-code contract: programs read
    /// it line by line), which the terminal wraps.
    /// </summary>
    private static void AssertFits(CliResult result, int width)
    {
        var wide = result.OutLines.Where(l => l.Length > width).ToList();
        Assert.True(wide.Count == 0, $"{wide.Count} lines longer than {width} columns, e.g. ({wide.FirstOrDefault()?.Length}) {wide.FirstOrDefault()}");
    }
}
