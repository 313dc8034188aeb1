using System.Diagnostics;
using System.Text;
using IceCareers.Postings;
using IceCareers.Tests.Announcements;

namespace IceCareers.Tests.UsaJobs;

public class UsaJobsSearchResultBadInputTests
{
    [Fact]
    public void Parse_TruncatedJson_NamesLineAndColumn()
    {
        var text = Fixture.Text("ice-search-result.json");
        var truncated = text[..(text.Length / 2)];

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(truncated));

        Assert.StartsWith("malformed JSON", e.Problem.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Problem.Line);
        Assert.NotNull(e.Problem.Column);
        Assert.StartsWith("$.SearchResult.SearchResultItems[", e.Problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TitleOfWrongType_NamesThePathLineAndColumn()
    {
        const string json = "{\"SearchResult\": {\"SearchResultItems\": [\n  {\"MatchedObjectDescriptor\": {\"PositionID\": \"X\",\n    \"PositionTitle\": {\"x\": 1}}}]}}";

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Equal("$.SearchResult.SearchResultItems[0].MatchedObjectDescriptor.PositionTitle", e.Problem.Path);
        Assert.Equal(3, e.Problem.Line);
        Assert.Equal(22, e.Problem.Column);
        Assert.Contains("the job title as text, found an object", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","JobCategory":"1811"}]""", "$[0].JobCategory", "as a JSON array")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","PositionRemuneration":[{"MinimumRange":"lots"}]}]""", "$[0].PositionRemuneration[0].MinimumRange", "as an amount")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","ApplicationCloseDate":"soon"}]""", "$[0].ApplicationCloseDate", "as a date-time")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","UserArea":{"Details":{"DrugTestRequired":[true]}}}]""", "$[0].UserArea.Details.DrugTestRequired", "\"True\" or \"False\"")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","PositionLocation":[{"Latitude":"north"}]}]""", "$[0].PositionLocation[0].Latitude", "as a number")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T"}, 7]""", "$[1]", "as a JSON object")]
    public void Parse_WrongTypes_AreRefusedWithThePath(string json, string path, string words)
    {
        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Equal(path, e.Problem.Path);
        Assert.Contains(words, e.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Problem.Line);
    }

    [Theory]
    [InlineData("""{"name": "not a search result"}""", "no 'SearchResult' member")]
    [InlineData("""{"SearchResult": {"SearchResultCount": 0}}""", "no 'SearchResultItems' array")]
    [InlineData("\"text\"", "not a USAJOBS Search API response")]
    [InlineData("", "the document is empty")]
    [InlineData("""[{"Name": "a profile, not a posting"}]""", "neither 'PositionID' nor 'PositionTitle'")]
    [InlineData("""[{"PositionTitle": "T"}]""", "no 'PositionID'")]
    public void Parse_NotASearchResponse_IsRefusedClearly(string json, string words)
    {
        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Contains(words, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TrailingContent_IsRefused()
    {
        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse("[] []"));

        Assert.Equal(1, e.Problem.Line);
    }

    [Fact]
    public void Parse_OverTheDefaultLimit_IsRefusedBeforeParsing()
    {
        var json = "[" + new string(' ', AnnouncementReadOptions.DefaultMaxBytes) + "]";

        var text = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));
        var stream = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("larger than the limit of 1,048,576 bytes", text.Message, StringComparison.Ordinal);
        Assert.Contains("larger than the limit", stream.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_JustUnderTheLimit_IsRead()
    {
        var json = "[" + new string(' ', AnnouncementReadOptions.DefaultMaxBytes - 2) + "]";

        Assert.Empty(UsaJobsSearchResult.Parse(json).Announcements);
        Assert.Empty(UsaJobsSearchResult.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))).Announcements);
    }

    [Fact]
    public void Parse_DeepNesting_IsRefusedAtTheDepthLimit()
    {
        var json = """[{"PositionID":"X","PositionTitle":"T","Extra":""" + new string('[', 100) + new string(']', 100) + "}]";

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Contains("depth", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Options_NonPositiveLimits_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnnouncementReadOptions { MaxBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnnouncementReadOptions { MaxDepth = 0 });
    }

    [Fact]
    public void Parse_TenThousandPostings_ReadsThemAll()
    {
        var builder = new StringBuilder("{\"SearchResult\":{\"SearchResultItems\":[");
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append(i == 0 ? "" : ",")
                .Append("{\"MatchedObjectId\":\"").Append(i).Append("\",\"MatchedObjectDescriptor\":{\"PositionID\":\"P-").Append(i)
                .Append("\",\"PositionTitle\":\"Deportation Officer\",\"OrganizationName\":\"U.S. Immigration and Customs Enforcement\",")
                .Append("\"JobCategory\":[{\"Code\":\"1801\"}],\"JobGrade\":[{\"Code\":\"GL\"}],\"ApplicationCloseDate\":\"2026-03-31T23:59:59.9970\",")
                .Append("\"UserArea\":{\"Details\":{\"LowGrade\":\"5\",\"HighGrade\":\"9\",\"HiringPath\":[\"public\"]}}},\"$$hashKey\":\"object:").Append(i).Append("\"}");
        }

        var json = builder.Append("]}}").ToString();
        var options = new AnnouncementReadOptions { MaxBytes = 8 << 20, MaxPostings = 10_000 };
        var clock = Stopwatch.StartNew();

        var result = UsaJobsSearchResult.Parse(json, options);

        Assert.Equal(10_000, result.Announcements.Count);
        Assert.Equal("P-9999", result.Announcements[^1].PositionId);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "hang guard");
    }
}
