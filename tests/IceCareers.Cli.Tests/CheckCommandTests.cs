using System.Text.Json;
using IceCareers.Candidates;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Eligibility;
using IceCareers.Serialization;

namespace IceCareers.Cli.Tests;

/// <summary>check: reading profiles, the report table, the report JSON, and every way input can be bad.</summary>
public sealed class CheckCommandTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    private static EligibilityReport Expected(string profile, string roleId, DateOnly asOf, ScreeningPolicy policy = ScreeningPolicy.Strict) =>
        new EligibilityEvaluator(Catalog, new EligibilityOptions { Policy = policy })
            .Evaluate(CandidateProfile.FromYaml(File.ReadAllText(Paths.Profile(profile))), roleId, asOf);

    [Fact]
    public void Check_OneRole_ShowsOutcomeEveryVerdictAndReasonAndTheSources()
    {
        var report = Expected("graduate.yaml", "hsi-special-agent", Icecareers.Today);

        var result = Icecareers.Wide("check", "--profile", Paths.Profile("graduate.yaml"), "--role", "hsi-special-agent");

        Assert.Equal("As of 2026-01-15 · strict policy · data " + Catalog.Version, result.OutLines[0]);
        Assert.Contains($"[hsi-special-agent]: {Words(report.Outcome).ToUpperInvariant()}", result.Out, StringComparison.Ordinal);
        var reasons = Flatten(Column(result.OutLines, "REASON"));
        foreach (var requirement in report.Results)
        {
            Assert.Contains(Flatten(requirement.Reason), reasons, StringComparison.Ordinal);
        }

        var flat = Flatten(result.Out);

        Assert.Contains("VERDICT", result.Out, StringComparison.Ordinal);
        Assert.Contains("\nSources\n", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        foreach (var source in report.Results.SelectMany(r => r.Sources).Distinct())
        {
            Assert.Contains($"({source})", flat, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_YoungCandidate_ShowsGapsWithTheirEarliestDate()
    {
        var report = Expected("young.yaml", "deportation-officer", Icecareers.Today);
        var dated = report.Gaps.Where(g => g.EarliestDate is not null).ToArray();
        Assert.NotEmpty(dated);

        var result = Icecareers.Ok("check", "--profile", Paths.Profile("young.yaml"), "--role", "deportation-officer");

        Assert.Contains("Gaps: what would change the answer", result.Out, StringComparison.Ordinal);
        var flat = Flatten(result.Out);
        foreach (var gap in dated)
        {
            Assert.Contains($"{Flatten(gap.Description)} (earliest {gap.EarliestDate:yyyy-MM-dd};", flat, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_IncompleteProfile_ListsMissingInformationAndStillExitsZero()
    {
        var report = Expected("incomplete.yaml", "deportation-officer", Icecareers.Today);
        Assert.Equal(Outcome.Incomplete, report.Outcome);

        var result = Icecareers.Ok("check", "--profile", Paths.Profile("incomplete.yaml"), "--role", "deportation-officer");

        Assert.Contains(": INCOMPLETE", result.Out, StringComparison.Ordinal);
        Assert.Contains("Missing information", result.Out, StringComparison.Ordinal);
        var flat = Flatten(result.Out);
        Assert.All(report.MissingInformation, m => Assert.Contains(Flatten(m), flat, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_All_ShowsASummaryBestFirstThenEveryReport()
    {
        var expected = new EligibilityEvaluator(Catalog).EvaluateAll(CandidateProfile.FromYaml(File.ReadAllText(Paths.Profile("graduate.yaml"))), Icecareers.Today);

        var result = Icecareers.Wide("check", "--profile", Paths.Profile("graduate.yaml"), "--all");

        var summary = result.OutLines.Skip(4).Take(expected.Count).Select(l => l.Split(' ')[0]).ToArray();
        Assert.Equal(expected.Select(r => r.RoleId), summary);
        foreach (var report in expected)
        {
            Assert.Contains($"{report.RoleTitle} [{report.RoleId}]: ", result.Out, StringComparison.Ordinal);
        }

        Assert.Single(result.OutLines, l => l == "Sources");
    }

    [Fact]
    public void Check_FormatJsonOneRole_PrintsExactlyTheLibraryReportJson()
    {
        var asOf = new DateOnly(2025, 6, 1);

        var result = Icecareers.Ok("check", "--profile", Paths.Profile("graduate.yaml"), "--role", "deportation-officer", "--as-of", "2025-06-01", "--format", "json");

        var report = JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.EligibilityReport);
        Assert.Equal(asOf, report.AsOf);
        Assert.Equal(JsonSerializer.Serialize(Expected("graduate.yaml", "deportation-officer", asOf), IceCareersJsonContext.Default.EligibilityReport), result.Out.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Check_FormatJsonAll_PrintsAnArrayOfReportsBestFirst()
    {
        var result = Icecareers.Ok("check", "--profile", Paths.Profile("graduate.yaml"), "--all", "--format", "json");

        var reports = JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.IReadOnlyListEligibilityReport);
        Assert.StartsWith("[", result.Out, StringComparison.Ordinal);
        Assert.Equal(Catalog.Roles.Count, reports.Count);
        var expected = new EligibilityEvaluator(Catalog).EvaluateAll(CandidateProfile.FromYaml(File.ReadAllText(Paths.Profile("graduate.yaml"))), Icecareers.Today);
        Assert.Equal(expected.Select(r => r.RoleId), reports.Select(r => r.RoleId));
    }

    [Fact]
    public void Check_NoAsOf_UsesTheClocksDate()
    {
        var result = Icecareers.Ok("check", "--profile", Paths.Profile("graduate.yaml"), "--role", "program-analyst", "--format", "json");

        Assert.Equal(Icecareers.Today, JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.EligibilityReport).AsOf);
    }

    [Theory]
    [InlineData("strict", ScreeningPolicy.Strict)]
    [InlineData("suitability", ScreeningPolicy.Suitability)]
    public void Check_Policy_IsPassedToTheEvaluator(string word, ScreeningPolicy policy)
    {
        var result = Icecareers.Ok("check", "--profile", Paths.Profile("graduate.yaml"), "--role", "program-analyst", "--policy", word, "--format", "json");

        Assert.Equal(policy, JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.EligibilityReport).Policy);
    }

    [Fact]
    public void Check_JsonProfile_IsReadAsJson()
    {
        var profile = CandidateProfile.FromJson(File.ReadAllText(Paths.Profile("career-changer.json")));
        var expected = new EligibilityEvaluator(Catalog).Evaluate(profile, "program-manager", Icecareers.Today);

        var result = Icecareers.Ok("check", "--profile", Paths.Profile("career-changer.json"), "--role", "program-manager", "--format", "json");

        Assert.Equal(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.EligibilityReport), result.Out.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Check_OtherExtension_IsReadAsYaml()
    {
        var yaml = Icecareers.Ok("check", "--profile", Paths.Profile("incomplete.yaml"), "--all", "--format", "json");

        var other = Icecareers.Ok("check", "--profile", Paths.Profile("incomplete.profile"), "--all", "--format", "json");

        Assert.Equal(yaml.Out, other.Out);
    }

    [Fact]
    public void Check_MissingFile_ExitsTwoNamingTheFile()
    {
        var path = Paths.Profile("no-such-profile.yaml");

        Assert.Equal($"{path}: no such profile file.", Assert.Single(Icecareers.Bad("check", "--profile", path, "--all").ErrLines));
    }

    [Fact]
    public void Check_EmptyProfileName_ExitsTwo() =>
        Assert.Equal("--profile: the file name is empty.", Assert.Single(Icecareers.Bad("check", "--profile", "", "--all").ErrLines));

    [Fact]
    public void Check_EmptyProfile_ExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), "icecareers-empty-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "");
        try
        {
            Assert.StartsWith($"{path}: ", Assert.Single(Icecareers.Bad("check", "--profile", path, "--all").ErrLines), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_FolderAsProfile_ExitsTwo()
    {
        var folder = Path.GetDirectoryName(Paths.Profile("graduate.yaml"))!;

        Assert.Equal($"{folder}: is a folder, not a profile file.", Assert.Single(Icecareers.Bad("check", "--profile", folder, "--all").ErrLines));
    }

    [Theory]
    [InlineData("malformed.yaml")]
    [InlineData("malformed.json")]
    public void Check_MalformedProfile_ExitsTwoWithThePositionAndNoStackTrace(string file)
    {
        var result = Icecareers.Bad("check", "--profile", Paths.Profile(file), "--all");

        Assert.All(result.ErrLines, line => Assert.Matches(@"^.+: .*malformed (YAML|JSON).*\(line \d+, column \d+\)$", line));
    }

    [Fact]
    public void Check_InvalidProfile_ExitsTwoWithOneLinePerProblem()
    {
        var path = Paths.Profile("invalid.yaml");
        var problems = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(File.ReadAllText(path), new FakeToday())).Problems;
        Assert.True(problems.Count >= 4);

        var result = Icecareers.Bad("check", "--profile", path, "--role", "deportation-officer");

        Assert.Equal(problems.Select(p => $"{path}: {p}"), result.ErrLines);
        Assert.Contains(result.ErrLines, l => l.Contains("dateOfBirth", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, l => l.Contains("education[0].gpa", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_PartTimeQuarterHoursAndPassFail_AreReadAndEvaluated()
    {
        var expected = Expected("part-time.yaml", "deportation-officer", Icecareers.Today);

        var result = Icecareers.Ok("check", "--profile", Paths.Profile("part-time.yaml"), "--role", "deportation-officer", "--format", "json");

        Assert.Equal(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.EligibilityReport), result.Out.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Check_OutOfRangeQualificationFields_ExitsTwoNamingEachField()
    {
        var path = Paths.Profile("part-time-invalid.yaml");

        var result = Icecareers.Bad("check", "--profile", path, "--role", "deportation-officer");

        Assert.Equal(3, result.ErrLines.Length);
        Assert.Contains(result.ErrLines, l => l.Contains("education[0].quarterHours", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, l => l.Contains("education[0].passFailPercent", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, l => l.Contains("experience[0].hoursPerWeek", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownRole_ExitsTwoWithTheRoleNotFoundMessage()
    {
        var expected = Assert.Throws<RoleNotFoundException>(() => Catalog.GetRole("border-patrol-agent")).Message;

        var result = Icecareers.Bad("check", "--profile", Paths.Profile("graduate.yaml"), "--role", "border-patrol-agent");

        Assert.Equal(expected, Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Check_UnknownRoleAndInvalidProfile_ReportsEveryProblem()
    {
        var result = Icecareers.Bad("check", "--profile", Paths.Profile("invalid.yaml"), "--role", "border-patrol-agent");

        Assert.StartsWith("Unknown role id 'border-patrol-agent'.", result.ErrLines[0], StringComparison.Ordinal);
        Assert.True(result.ErrLines.Length >= 5);
    }

    [Theory]
    [InlineData("2026-1-15")]
    [InlineData("15/01/2026")]
    [InlineData("yesterday")]
    public void Check_BadAsOf_ExitsTwoNamingTheOption(string date)
    {
        var result = Icecareers.Bad("check", "--profile", Paths.Profile("graduate.yaml"), "--all", "--as-of", date);

        Assert.Equal($"--as-of: '{date}' is not a date; expected YYYY-MM-DD, for example 2026-01-15.", Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Check_RoleAndAll_ExitsTwo() =>
        Assert.Equal("Use either --role ROLE-ID or --all, not both.", Assert.Single(Icecareers.Bad("check", "--profile", Paths.Profile("graduate.yaml"), "--all", "--role", "hsi-special-agent").ErrLines));

    [Fact]
    public void Check_NeitherRoleNorAll_ExitsTwo() =>
        Assert.Equal("Say which role to check: --role ROLE-ID, or --all for every role.", Assert.Single(Icecareers.Bad("check", "--profile", Paths.Profile("graduate.yaml")).ErrLines));

    [Fact]
    public void Check_NoProfile_ExitsTwo() =>
        Assert.Contains("--profile", Assert.Single(Icecareers.Bad("check", "--all").ErrLines), StringComparison.Ordinal);

    [Fact]
    public void Check_BadPolicyAndFormat_ExitsTwoWithOneLineForEach()
    {
        var result = Icecareers.Bad("check", "--profile", Paths.Profile("graduate.yaml"), "--all", "--policy", "lenient", "--format", "xml");

        Assert.Equal(2, result.ErrLines.Length);
        Assert.Contains(result.ErrLines, l => l.StartsWith("--policy: ", StringComparison.Ordinal) && l.Contains("'lenient'", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, l => l.StartsWith("--format: ", StringComparison.Ordinal) && l.Contains("'xml'", StringComparison.Ordinal));
    }

    /// <summary>The text of one table column: from its header's offset to the end of each line, until the table ends.</summary>
    private static string Column(string[] lines, string header)
    {
        var start = Array.FindIndex(lines, l => l.Contains(header, StringComparison.Ordinal));
        var offset = lines[start].IndexOf(header, StringComparison.Ordinal);
        return string.Join('\n', lines.Skip(start + 2).TakeWhile(l => l.Length > 0).Select(l => l.Length > offset ? l[offset..] : ""));
    }

    private static string Words(Outcome outcome) => outcome switch
    {
        Outcome.NeedsReview => "needs review",
        _ => outcome.ToString(),
    };

    /// <summary>The text with all runs of whitespace made one space and table indentation gone, to find wrapped sentences.</summary>
    private static string Flatten(string text) => string.Join(' ', text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private sealed class FakeToday : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

        public override DateTimeOffset GetUtcNow() => new(Icecareers.Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
