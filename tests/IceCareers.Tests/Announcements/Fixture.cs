using IceCareers.Postings;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Announcements;

/// <summary>The synthetic Search API documents under Fixtures/ (see Fixtures/README.md).</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Repository.PathOf("tests", "IceCareers.Tests", "Announcements", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static UsaJobsSearchResult Read(string name) => UsaJobsSearchResult.Parse(Text(name));

    public static Announcement Posting(string positionId) =>
        Read("ice-search-result.json").Announcements.Single(a => a.PositionId == positionId);
}
