using System.Text.Json;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Cli.Tests;

/// <summary>icecareers paths: the preference and paths for people, the library's JSON for programs, exit 2 naming the bad option.</summary>
public sealed class PathsCommandTests
{
    private static string Sample(string name) => Repository.PathOf("samples", "profiles", name + ".yaml");

    private static string Postings => Repository.PathOf("tests", "IceCareers.Tests", "Announcements", "Fixtures", "ice-search-result.json");

    [Fact]
    public void Paths_DisabledVeteran_LeadsWithTheCategoryAndListsEveryPath()
    {
        var result = Icecareers.Ok("paths", "--profile", Sample("disabled-veteran"), "--as-of", "2026-03-01");

        Assert.Contains("Veterans' preference: 10-point (CPS)", result.Out, StringComparison.Ordinal);
        foreach (var id in HiringPathIds.All)
        {
            Assert.Contains(" " + id, result.Out, StringComparison.Ordinal);
        }

        Assert.Contains("What to bring", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("disabled-veteran")]
    [InlineData("military-spouse")]
    [InlineData("new-graduate")]
    [InlineData("federal-employee")]
    public void Paths_FormatJson_PrintsExactlyTheLibraryJson(string sample)
    {
        var result = Icecareers.Ok("paths", "--profile", Sample(sample), "--as-of", "2026-03-01", "--format", "json");
        var profile = CandidateProfile.FromYaml(File.ReadAllText(Sample(sample)));
        var expected = new HiringPathEvaluator(CareerCatalog.Default).Evaluate(profile, new DateOnly(2026, 3, 1));

        Assert.Equal(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.HiringPathReport), result.Out.TrimEnd('\n', '\r'));
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2026-03-01", root.GetProperty("asOf").GetString());
        Assert.True(root.GetProperty("preference").TryGetProperty("category", out _));
        var first = root.GetProperty("paths")[0];
        foreach (var key in new[] { "id", "title", "verdict", "reason", "until", "maxGrade", "sources", "evidence" })
        {
            Assert.True(first.TryGetProperty(key, out _), "paths[0] lacks " + key);
        }
    }

    [Fact]
    public void Paths_WithPosting_SaysWhetherPreferenceApplies()
    {
        var result = Icecareers.Ok("paths", "--profile", Sample("disabled-veteran"), "--posting", Postings, "--position-id", "ERO-FIXTURE-10000001-DH", "--as-of", "2026-03-01", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var posting = json.RootElement.GetProperty("posting");
        Assert.Equal("ERO-FIXTURE-10000001-DH", posting.GetProperty("positionId").GetString());
        Assert.Equal("direct-hire", posting.GetProperty("hiringAuthority").GetString());
        Assert.False(posting.GetProperty("preferenceApplies").GetBoolean());
    }

    [Theory]
    [InlineData("--position-id", "ERO-FIXTURE-10000001-DH")] // without --posting
    [InlineData("--as-of", "someday")]
    [InlineData("--format", "xml")]
    public void Paths_BadOption_ExitsTwoNamingIt(string option, string value)
    {
        var result = Icecareers.Bad("paths", "--profile", Sample("new-graduate"), option, value);

        Assert.Contains(option, result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_UnknownPositionId_ExitsTwoListingTheKnownOnes()
    {
        var result = Icecareers.Bad("paths", "--profile", Sample("new-graduate"), "--posting", Postings, "--position-id", "NOPE-1");

        Assert.Contains("--position-id: no posting 'NOPE-1'", result.Err, StringComparison.Ordinal);
    }
}
