using System.Globalization;
using System.Text.Json;
using IceCareers.Careers;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Serialization;

namespace IceCareers.Cli.Tests;

/// <summary>roles, role, pipeline and training: tables for people, the library's JSON for programs.</summary>
public sealed class CatalogCommandTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    [Fact]
    public void Roles_Table_ListsEveryRoleWithSeriesGradesAndStatus()
    {
        var result = Icecareers.Wide("roles");

        Assert.Equal(["ROLE-ID", "SERIES", "GRADES", "DIRECTORATE", "STATUS", "TITLE"], result.OutLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var role in Catalog.Roles)
        {
            var line = Assert.Single(result.OutLines, l => l.StartsWith(role.Id + " ", StringComparison.Ordinal));
            Assert.Contains(role.Series.Code, line, StringComparison.Ordinal);
            Assert.Contains(role.Grades.ToString(), line, StringComparison.Ordinal);
            Assert.Contains(role.Title, line, StringComparison.Ordinal);
        }

        Assert.Contains($"{Catalog.Roles.Count} roles · data {Catalog.Version}", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_FormatJson_PrintsExactlyTheLibraryJson()
    {
        var result = Icecareers.Ok("roles", "--format", "json");

        Assert.Equal(JsonSerializer.Serialize(Catalog.Roles, IceCareersJsonContext.Default.IReadOnlyListRole), result.Out.TrimEnd('\n', '\r'));
        JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.IReadOnlyListRole);
    }

    [Fact]
    public void Role_KnownId_ShowsFactsDutiesRequirementsAndNumberedSources()
    {
        var role = Catalog.GetRole("hsi-special-agent");

        var result = Icecareers.Ok("role", role.Id);

        Assert.StartsWith($"{role.Title} [{role.Id}]", result.Out, StringComparison.Ordinal);
        Assert.Contains("1811 Criminal Investigation", result.Out, StringComparison.Ordinal);
        Assert.Contains("Homeland Security Investigations (HSI)", result.Out, StringComparison.Ordinal);
        foreach (var requirement in Catalog.GetRequirements(role))
        {
            Assert.Contains(requirement.Id, result.Out, StringComparison.Ordinal);
        }

        foreach (var sourceId in role.GetSourceIds())
        {
            Assert.Contains($"({sourceId})", result.Out, StringComparison.Ordinal);
        }

        Assert.Matches(@"\[\d+(,\d+)*\]", result.Out);
    }

    [Fact]
    public void Role_SourceReadInACopy_ShowsThePublisherAndTheCopyAsVia()
    {
        var role = Catalog.GetRole("hsi-special-agent");
        var copied = role.GetSourceIds().Select(Catalog.GetSource).First(s => s.Via is not null);

        var result = Icecareers.Wide("role", role.Id);

        // The table wraps long cells between words; read it with the wrapping undone.
        var text = string.Join(' ', result.Out.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"— {copied.Publisher}.", text, StringComparison.Ordinal);
        Assert.Contains($"via {copied.Via} ({copied.Id})", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_FormatJson_PrintsExactlyTheLibraryJson()
    {
        var result = Icecareers.Ok("role", "deportation-officer", "--format", "json");

        Assert.Equal(JsonSerializer.Serialize(Catalog.GetRole("deportation-officer"), IceCareersJsonContext.Default.Role), result.Out.TrimEnd('\n', '\r'));
        JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.Role);
    }

    [Fact]
    public void Role_UnknownId_ExitsTwoWithTheLibraryMessageNamingKnownIds()
    {
        var result = Icecareers.Bad("role", "border-patrol-agent");

        var line = Assert.Single(result.ErrLines);
        Assert.StartsWith("Unknown role id 'border-patrol-agent'. Known role ids: ", line, StringComparison.Ordinal);
        Assert.Contains("hsi-special-agent", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_NoId_ExitsTwo() => Icecareers.Bad("role");

    [Fact]
    public void Pipeline_KnownRole_ShowsEveryStageInOrderWithWaysToFail()
    {
        var role = Catalog.GetRole("hsi-special-agent");
        var pipeline = Catalog.GetPipeline(role);

        var result = Icecareers.Ok("pipeline", role.Id);

        Assert.Contains($"{pipeline.Name} [{pipeline.Id}]", result.Out, StringComparison.Ordinal);
        Assert.Contains("How each stage can end the application", result.Out, StringComparison.Ordinal);
        var positions = pipeline.Stages.Select((s, i) => result.Out.IndexOf($"  {i + 1}. {s.Name}", StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Pipeline_FormatJson_PrintsExactlyTheLibraryJson()
    {
        var result = Icecareers.Ok("pipeline", "intelligence-officer", "--format", "json");

        var expected = Catalog.GetPipeline(Catalog.GetRole("intelligence-officer"));
        Assert.Equal(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.HiringPipeline), result.Out.TrimEnd('\n', '\r'));
        JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.HiringPipeline);
    }

    [Fact]
    public void Pipeline_UnknownRole_ExitsTwo() =>
        Assert.StartsWith("Unknown role id 'nope'.", Assert.Single(Icecareers.Bad("pipeline", "nope").ErrLines), StringComparison.Ordinal);

    [Fact]
    public void Training_Start_ShowsTheLibraryScheduleAndExpectedEnd()
    {
        var role = Catalog.GetRole("hsi-special-agent");
        var start = new DateOnly(2026, 3, 2);
        var plan = TrainingPlan.Create(Catalog, role, start);

        var result = Icecareers.Wide("training", role.Id, "--start", "2026-03-02");

        Assert.Contains("starting 2026-03-02", result.Out, StringComparison.Ordinal);
        foreach (var (program, scheduled) in plan.Programs.Zip(plan.Schedule(start)))
        {
            var line = Assert.Single(result.OutLines, l => l.Contains(scheduled.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal) && l.Contains(scheduled.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.StartsWith(program.Name[..10], line, StringComparison.Ordinal);
        }

        Assert.Contains($"expected end {plan.ExpectedEnd(start):yyyy-MM-dd}.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_NoStart_StartsOnTheClocksDate()
    {
        var result = Icecareers.Ok("training", "deportation-officer");

        Assert.Contains($"starting {Icecareers.Today:yyyy-MM-dd}", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Training_FormatJson_PrintsTheLibraryPlanForTheStartDate()
    {
        var role = Catalog.GetRole("deportation-officer");

        var result = Icecareers.Ok("training", role.Id, "--start", "2025-06-02", "--format", "json");

        var expected = TrainingPlan.Create(Catalog, role, new DateOnly(2025, 6, 2));
        Assert.Equal(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.TrainingPlan), result.Out.TrimEnd('\n', '\r'));
        JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.TrainingPlan);
    }

    [Fact]
    public void Training_StartTooLateForTheCalendar_ExitsTwo()
    {
        var result = Icecareers.Bad("training", "hsi-special-agent", "--start", "9999-12-01");

        Assert.Equal("--start: 9999-12-01 is too late; the training would end after 9999-12-31.", Assert.Single(result.ErrLines));
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-02-30")]
    [InlineData("03/02/2026")]
    public void Training_BadStart_ExitsTwoNamingTheOption(string start)
    {
        var result = Icecareers.Bad("training", "hsi-special-agent", "--start", start);

        Assert.Equal($"--start: '{start}' is not a date; expected YYYY-MM-DD, for example 2026-01-15.", Assert.Single(result.ErrLines));
    }
}
