using System.Text.Json;
using IceCareers.Announcements;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Eligibility;
using IceCareers.Postings;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Cli.Tests;

/// <summary>announcements FILE: a USAJOBS search result listed with matched roles, grades and status; with --profile, reports.</summary>
public sealed class AnnouncementsCommandTests
{
    private static readonly string SearchResult = Repository.PathOf("tests", "IceCareers.Tests", "Announcements", "Fixtures", "ice-search-result.json");

    [Fact]
    public void Announcements_Text_ListsEveryPostingWithRoleGradesAndStatus()
    {
        var result = Icecareers.Wide("announcements", SearchResult, "--as-of", "2026-03-01");

        Assert.StartsWith("6 postings, 4 matched to a role · as of 2026-03-01", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"ERO-FIXTURE-10000001-DH\s+deportation-officer\s+GL-5,GL-7,GL-9\s+open\s+Deportation Officer", result.Out);
        Assert.Matches(@"HSI-FIXTURE-10000002-DH\s+hsi-special-agent\s+GL-9\s+open", result.Out);
        Assert.Matches(@"CBP-FIXTURE-10000004\s+-\s+GL-5,GL-9\s+open\s+Border Patrol Agent", result.Out);
        Assert.Matches(@"ERO-FIXTURE-10000005-DH\s+deportation-officer\s+GL-5,GL-7,GL-9\s+closed", result.Out);
        Assert.Matches(@"not\s+U\.S\.\s+Immigration\s+and\s+Customs\s+Enforcement", result.Out);
        Assert.Matches(@"The\s+posting\s+closed\s+on\s+2025-08-29", result.Out);
    }

    [Fact]
    public void Announcements_DefaultDate_IsTheClocksToday()
    {
        var result = Icecareers.Wide("announcements", SearchResult);

        Assert.Contains("as of 2026-01-15", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"ERO-FIXTURE-10000001-DH\s+deportation-officer\s+GL-5,GL-7,GL-9\s+not yet open", result.Out);
    }

    [Fact]
    public void Announcements_Json_FollowsTheContract()
    {
        var result = Icecareers.Ok("announcements", SearchResult, "--as-of", "2026-03-01", "--format", "json");

        using var document = JsonDocument.Parse(result.Out);
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        var first = items[0];
        Assert.Equal("ERO-FIXTURE-10000001-DH", first.GetProperty("positionId").GetString());
        Assert.Equal("Deportation Officer", first.GetProperty("title").GetString());
        Assert.Equal("deportation-officer", first.GetProperty("roleId").GetString());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("matchReason").GetString()));
        Assert.Equal(["GL-5", "GL-7", "GL-9"], first.GetProperty("grades").EnumerateArray().Select(g => g.GetString()));
        Assert.Equal("2026-02-02", first.GetProperty("opens").GetString());
        Assert.Equal("2026-03-31", first.GetProperty("closes").GetString());
        Assert.True(first.GetProperty("open").GetBoolean());
        Assert.False(first.TryGetProperty("report", out _));
        Assert.Equal(JsonValueKind.Null, items[3].GetProperty("roleId").ValueKind);
        var listings = JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing);
        Assert.Equal(6, listings.Count);
    }

    [Fact]
    public void Announcements_WithProfile_ReportsEachMatchedPosting()
    {
        var result = Icecareers.Ok("announcements", SearchResult, "--profile", Paths.Profile("graduate.yaml"), "--as-of", "2026-03-01", "--format", "json");

        var listings = JsonSerializer.Deserialize(result.Out, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing)!;
        Assert.Equal([true, true, true, false, true, false], listings.Select(l => l.Report is not null));
        Assert.Equal("deportation-officer", listings[0].Report!.RoleId);
        Assert.Contains(listings[0].Report!.Warnings, w => w.Contains("direct-hire authority", StringComparison.Ordinal));
    }

    [Fact]
    public void Announcements_WithProfileText_PrintsTheReports()
    {
        var result = Icecareers.Ok("announcements", SearchResult, "--profile", Paths.Profile("graduate.yaml"), "--as-of", "2026-03-01");

        Assert.Contains("deportation-officer", result.Out, StringComparison.Ordinal);
        Assert.Contains("education-experience", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcements_MalformedFile_IsBadInputWithLineAndColumn()
    {
        var path = Path.Combine(Path.GetTempPath(), "icecareers-announcements-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{\"SearchResult\": {\"SearchResultItems\": [\n  {\"PositionID\": 5, \"PositionTitle\": [1]}]}}");
        try
        {
            var result = Icecareers.Bad("announcements", path);

            Assert.Equal($"{path}:2:38: expected the job title as text, found an array. (at $.SearchResult.SearchResultItems[0].PositionTitle)", Assert.Single(result.ErrLines));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Announcements_NotASearchResult_IsBadInput()
    {
        var result = Icecareers.Bad("announcements", Paths.Profile("career-changer.json"));

        Assert.Contains("not a USAJOBS Search API response", Assert.Single(result.ErrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Announcements_OverOneMebibyte_IsBadInput()
    {
        var path = Path.Combine(Path.GetTempPath(), "icecareers-announcements-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "[" + new string(' ', AnnouncementReadOptions.DefaultMaxBytes) + "]");
        try
        {
            var result = Icecareers.Bad("announcements", path);

            Assert.Equal($"{path}: the document is larger than the limit of 1,048,576 bytes.", Assert.Single(result.ErrLines));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("no-such-file.json", "no-such-file.json: no such file.")]
    [InlineData("", "FILE: the file name is empty.")]
    public void Announcements_MissingFile_IsBadInput(string file, string message)
    {
        var result = Icecareers.Bad("announcements", file);

        Assert.Equal(message, Assert.Single(result.ErrLines));
    }

    [Fact]
    public void Announcements_BadDateAndBadProfile_ListEveryProblem()
    {
        var result = Icecareers.Bad("announcements", SearchResult, "--as-of", "March", "--profile", Paths.Profile("invalid.yaml"));

        Assert.Contains(result.ErrLines, l => l.StartsWith("--as-of: 'March' is not a date", StringComparison.Ordinal));
        Assert.True(result.ErrLines.Length >= 2);
    }

    [Fact]
    public void Announcements_Json_ReportOutcomeMatchesTheLibrary()
    {
        var result = Icecareers.Ok("announcements", SearchResult, "--profile", Paths.Profile("graduate.yaml"), "--as-of", "2026-03-01", "--format", "json");

        var listings = JsonSerializer.Deserialize(result.Out, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing)!;
        var profile = IceCareers.Candidates.CandidateProfile.FromYaml(File.ReadAllText(Paths.Profile("graduate.yaml")));
        var expected = new EligibilityEvaluator(CareerCatalog.Default).List(UsaJobsSearchResult.Parse(File.ReadAllText(SearchResult)).Announcements, profile, new DateOnly(2026, 3, 1));
        Assert.Equal(expected.Select(l => l.Report?.Outcome), listings.Select(l => l.Report?.Outcome));
    }
}
