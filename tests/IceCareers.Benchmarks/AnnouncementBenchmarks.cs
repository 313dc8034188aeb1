using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using IceCareers.Announcements;
using IceCareers.Eligibility;
using IceCareers.Postings;

namespace IceCareers.Benchmarks;

/// <summary>
/// USAJOBS Search API reading (issue 14): parsing a document of N minimal postings (N = 1,000 and 10,000, to show the
/// time is linear in N), and matching plus listing them against the catalog.
/// </summary>
public class AnnouncementBenchmarks
{
    private static readonly AnnouncementReadOptions Large = new() { MaxBytes = 16 << 20 };
    private string _json = "";
    private IReadOnlyList<Announcement> _postings = [];
    private EligibilityEvaluator _evaluator = null!;

    [Params(1_000, 10_000)]
    public int Postings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder("{\"SearchResult\":{\"SearchResultItems\":[");
        for (var i = 0; i < Postings; i++)
        {
            builder.Append(i == 0 ? "" : ",").Append("""
                {"MatchedObjectId":"#","MatchedObjectDescriptor":{"PositionID":"P-#","PositionTitle":"Deportation Officer",
                "OrganizationName":"U.S. Immigration and Customs Enforcement","JobCategory":[{"Code":"1801"}],"JobGrade":[{"Code":"GL"}],
                "PositionRemuneration":[{"MinimumRange":"49025.0","MaximumRange":"100000.0","RateIntervalCode":"PA"}],
                "PublicationStartDate":"2026-02-02T00:00:00Z","ApplicationCloseDate":"2026-03-31T23:59:59.9970",
                "UserArea":{"Details":{"LowGrade":"5","HighGrade":"9","HiringPath":["public"]}}},"$$hashKey":"object:#"}
                """.Replace("#", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        _json = builder.Append("]}}").ToString();
        _postings = UsaJobsSearchResult.Parse(_json, Large).Announcements;
        _evaluator = new EligibilityEvaluator(CareerCatalog.Default);
    }

    [Benchmark(Description = "UsaJobsSearchResult.Parse")]
    public UsaJobsSearchResult Parse() => UsaJobsSearchResult.Parse(_json, Large);

    [Benchmark(Description = "List (match, grades, notes, pay estimate), no profile")]
    public IReadOnlyList<AnnouncementListing> List() => _evaluator.List(_postings, null, Profiles.AsOf);
}
