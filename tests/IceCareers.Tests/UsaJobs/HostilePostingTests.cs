using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using IceCareers.Announcements;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Postings;
using IceCareers.Serialization;

namespace IceCareers.Tests.UsaJobs;

/// <summary>
/// Issue 24, the hostile classes of a postings document, each with generated or other instances than the issue's:
/// too many postings, lone surrogates and invalid UTF-8, forged lines, non-finite and out-of-range numbers, grades,
/// duplicate keys, framework words, and an endless stream.
/// </summary>
public sealed class HostilePostingTests
{
    /// <summary>Words of the framework that must never reach a person.</summary>
    public static readonly string[] FrameworkWords =
    [
        "could not be converted", "isFinalBlock", "System.", "reader options", "Actual value was", "ReadOptions", "JsonException",
        "InvalidOperationException", "LineNumber", "BytePositionInLine", "Utf8JsonReader", "JsonTokenType", "IceCareers.",
    ];

    private static string Posting(string positionId, string title, string extra = "") =>
        $$"""{"PositionID":{{JsonSerializer.Serialize(positionId)}},"PositionTitle":{{JsonSerializer.Serialize(title)}},"OrganizationName":"ICE","JobCategory":[{"Code":"1801"}]{{extra}}}""";

    private static string Postings(int count) =>
        "[" + string.Join(",", Enumerable.Range(0, count).Select(i => Posting("P" + i.ToString(CultureInfo.InvariantCulture), "Deportation Officer"))) + "]";

    [Theory]
    [InlineData(501, null)]
    [InlineData(2_000, null)]
    [InlineData(8, 7)]
    public void Parse_MorePostingsThanTheLimit_IsRefusedNamingTheLimit(int count, int? limit)
    {
        var options = new AnnouncementReadOptions { MaxPostings = limit ?? AnnouncementReadOptions.DefaultMaxPostings, MaxBytes = 4 << 20 };
        var max = options.MaxPostings;

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(Postings(count), options));

        Assert.Equal($"$[{max}]", e.Problem.Path);
        Assert.Contains($"more than {max:N0} postings", e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PostingsAtTheLimit_AreRead() =>
        Assert.Equal(500, UsaJobsSearchResult.Parse(Postings(500)).Announcements.Count);

    [Fact]
    public void Parse_OneMebibyteOfSmallPostings_IsRefusedWithinASecond()
    {
        var one = Posting("A", "Deportation Officer");
        var json = "[" + string.Join(",", Enumerable.Repeat(one, (AnnouncementReadOptions.DefaultMaxBytes - 2) / (one.Length + 1))) + "]";
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Contains("500 postings", e.Problem.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), clock.Elapsed.ToString());
    }

    [Fact]
    public void List_FiveHundredMatchedPostingsWithAProfile_OutputIsBounded()
    {
        var postings = UsaJobsSearchResult.Parse(Postings(500)).Announcements;
        var profile = CandidateProfile.FromJson("""{"dateOfBirth":"1995-01-01","citizenship":"us-citizen"}""");
        var clock = Stopwatch.StartNew();

        var listings = new EligibilityEvaluator(CareerCatalog.Default).List(postings, profile, new DateOnly(2026, 1, 15));
        var bytes = JsonSerializer.SerializeToUtf8Bytes(listings, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing);

        Assert.True(bytes.Length < 20 << 20, bytes.Length.ToString(CultureInfo.InvariantCulture));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "hang guard");
    }

    [Fact]
    public void Parse_EndlessStream_ReadsAtMostTheLimitPlusOne()
    {
        var stream = new EndlessStream();
        var options = new AnnouncementReadOptions { MaxBytes = 1000 };

        Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(stream, options));

        Assert.Equal(1001, stream.Served);
    }

    public static TheoryData<string, string> SurrogatePlaces => new()
    {
        { """{"PositionID":"X","PositionTitle":"T\ud800"}""", "$[0].PositionTitle" },
        { """{"PositionID":"\udfff","PositionTitle":"T"}""", "$[0].PositionID" },
        { Posting("X", "T", ""","UserArea":{"Details":{"MajorDuties":["ok","\ud83d"]}}"""), "$[0].UserArea.Details.MajorDuties[1]" },
        { Posting("X", "T", ""","PositionLocation":[{"CityName":"A\udc00B"}]"""), "$[0].PositionLocation[0].CityName" },
        { Posting("X", "T", ""","PositionRemuneration":[{"Description":"\ud800\ud800"}]"""), "$[0].PositionRemuneration[0].Description" },
        { Posting("X", "T", ""","Unknown\udc01":1"""), "$[0]" },
        { """{"SearchResult":{"SearchResultItems":[{"MatchedObjectId":"\ud801","MatchedObjectDescriptor":{}}]}}""", "$.SearchResult.SearchResultItems[0].MatchedObjectId" },
    };

    [Theory]
    [MemberData(nameof(SurrogatePlaces))]
    public void Parse_LoneSurrogateEscape_IsAProblemAtItsPath(string json, string path)
    {
        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json.StartsWith('{') && json.Contains("SearchResult", StringComparison.Ordinal) ? json : "[" + json + "]"));

        Assert.Equal(path, e.Problem.Path);
        Assert.Contains("half a character", e.Problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void Parse_InvalidUtf8InAPosting_IsRefusedWithItsLineAndColumn(byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes("[\n{\"PositionID\":\"X\",\"PositionTitle\":\"A").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}]")).ToArray();

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(new MemoryStream(bytes)));

        Assert.Contains("not valid UTF-8", e.Problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, e.Problem.Line);
    }

    private static readonly Gen<string> Breaks = Gen.OneOf(
        Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r"), Gen.Const("\u2028"), Gen.Const("\u2029"), Gen.Const("\u0085"),
        Gen.Const("\u000b"), Gen.Const("\u000c"), Gen.Const("\u001b[2J"), Gen.Const("\t"), Gen.Const("\u0000"), Gen.Const("\u202e"));

    private static readonly Gen<string> ForgedText = Gen.Select(Gen.String[0, 8], Breaks, Gen.String[0, 8], Breaks, Gen.String[0, 8])
        .Select((a, b, c, d, e) => "X" + a + b + "  Dates: opens 2026-01-01" + c + d + e);

    [Fact]
    public void Parse_LineBreaksInSingleLineFields_AreReadOnOneLine() =>
        Gen.Select(ForgedText, ForgedText, ForgedText, ForgedText).Sample((title, org, city, grade) =>
        {
            var json = "[" + Posting("ID" + title, title, $$$""","DepartmentName":{{{JsonSerializer.Serialize(org)}}},"PositionLocation":[{"CityName":{{{JsonSerializer.Serialize(city)}}}}],"UserArea":{"Details":{"WhoMayApply":{"Name":{{{JsonSerializer.Serialize(org)}}}},"HiringPath":[{{{JsonSerializer.Serialize(grade)}}}],"SecurityClearance":{{{JsonSerializer.Serialize(grade)}}}}}""") + "]";

            var a = UsaJobsSearchResult.Parse(json).Announcements[0];

            string?[] single = [a.PositionId, a.Title, a.DepartmentName, a.Locations[0].City, a.WhoMayApply, a.HiringPaths[0], a.SecurityClearance];
            foreach (var text in single)
            {
                Assert.NotNull(text);
                Assert.DoesNotContain(text, c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202e');
            }
        }, iter: 300);

    [Fact]
    public void Parse_ParagraphFields_KeepLineBreaksAsNewlinesOnly()
    {
        var json = "[" + Posting("X", "T", ""","QualificationSummary":"one\r\ntwo\u2028three\u001bfour","UserArea":{"Details":{"JobSummary":"a\rb"}}""") + "]";

        var a = UsaJobsSearchResult.Parse(json).Announcements[0];

        Assert.Equal("one\ntwo\nthree four", a.QualificationSummary);
        Assert.Equal("a\nb", a.JobSummary);
    }

    [Theory]
    [InlineData("\"Latitude\":1e400", "Latitude")]
    [InlineData("\"Latitude\":-1e309", "Latitude")]
    [InlineData("\"Latitude\":90.5", "Latitude")]
    [InlineData("\"Longitude\":-180.01", "Longitude")]
    [InlineData("\"Longitude\":\"Infinity\"", "Longitude")]
    [InlineData("\"Latitude\":\"NaN\"", "Latitude")]
    public void Parse_NonFiniteOrOutOfRangeCoordinates_AreRefused(string member, string name)
    {
        var json = "[" + Posting("X", "T", ",\"PositionLocation\":[{" + member + "}]") + "]";

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Equal("$[0].PositionLocation[0]." + name, e.Problem.Path);
        Assert.Contains("as a number", e.Problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"MinimumRange\":-1", "MinimumRange", "from 0 to")]
    [InlineData("\"MaximumRange\":\"-250.00\"", "MaximumRange", "from 0 to")]
    [InlineData("\"MaximumRange\":1e20", "MaximumRange", "from 0 to")]
    [InlineData("\"MaximumRange\":1e30", "MaximumRange", "as an amount")]
    [InlineData("\"MinimumRange\":\"1e400\"", "MinimumRange", "as an amount")]
    [InlineData("\"MinimumRange\":90000,\"MaximumRange\":50000", "", "above the maximum pay")]
    public void Parse_NegativeHugeOrInvertedPay_IsRefused(string members, string name, string words)
    {
        var json = "[" + Posting("X", "T", ",\"PositionRemuneration\":[{" + members + "}]") + "]";

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Equal("$[0].PositionRemuneration[0]" + (name.Length > 0 ? "." + name : ""), e.Problem.Path);
        Assert.Contains(words, e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NonFiniteNumbersAnywhere_NeverReachTheSerializer() =>
        Gen.OneOf(Gen.Const("1e400"), Gen.Const("-1e400"), Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1e999"))
            .Select(Gen.OneOf(Gen.Const("Latitude"), Gen.Const("Longitude")))
            .Sample((number, member) =>
            {
                var json = "[" + Posting("X", "T", ",\"PositionLocation\":[{\"" + member + "\":" + number + "}]") + "]";
                try
                {
                    var result = UsaJobsSearchResult.Parse(json);
                    _ = JsonSerializer.Serialize(result, IceCareersJsonContext.Default.UsaJobsSearchResult);
                }
                catch (AnnouncementFormatException)
                {
                }
            }, iter: 300);

    [Theory]
    [InlineData("LowGrade", "0")]
    [InlineData("LowGrade", "16")]
    [InlineData("HighGrade", "4294967297")]
    [InlineData("HighGrade", "000000000000000000000000000000099")]
    [InlineData("LowGrade", "-7")]
    [InlineData("PromotionPotential", "12.5")]
    [InlineData("PromotionPotential", "1e1")]
    public void Parse_GradesOutsideOneToFifteen_AreRefused(string member, string grade)
    {
        var json = "[" + Posting("X", "T", $$$""","UserArea":{"Details":{"{{{member}}}":"{{{grade}}}"}}""") + "]";

        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Equal("$[0].UserArea.Details." + member, e.Problem.Path);
        Assert.Contains("from 1 to 15", e.Problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("09")]
    [InlineData("15")]
    [InlineData("None")]
    [InlineData("A")]
    public void Parse_GradesAndWords_AreKeptAsWritten(string grade)
    {
        var json = "[" + Posting("X", "T", $$$""","UserArea":{"Details":{"PromotionPotential":"{{{grade}}}"}}""") + "]";

        Assert.Equal(grade, UsaJobsSearchResult.Parse(json).Announcements[0].PromotionPotential);
    }

    [Theory]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","PositionTitle":"Forged"}]""", "$[0]")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","UserArea":{"Details":{"LowGrade":"5","LowGrade":"9"}}}]""", "$[0].UserArea.Details")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","PositionLocation":[{"CityName":"A","CityName":"B"}]}]""", "$[0].PositionLocation[0]")]
    [InlineData("""{"SearchResult":{"SearchResultItems":[],"SearchResultItems":[]}}""", "$.SearchResult")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","Unknown":1,"Unknown":2}]""", "$[0]")]
    public void Parse_DuplicateMembers_AreRefused(string json, string path)
    {
        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(json));

        Assert.Equal(path, e.Problem.Path);
        Assert.Contains("written twice", e.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DamagedDocuments_SayWhatIsWrongInOurWords()
    {
        var valid = "{\"SearchResult\":{\"SearchResultItems\":[" + Posting("X", "T", ""","PositionLocation":[{"Latitude":1.5}],"UserArea":{"Details":{"LowGrade":"5"}}""") + "]}}";
        var damage = Gen.OneOf(Gen.Const(""), Gen.Const("}"), Gen.Const("]"), Gen.Const(","), Gen.Const(":"), Gen.Const("\""), Gen.Const("x"), Gen.Const("//c"), Gen.Const("\\q"), Gen.Const("1."), Gen.Const("tru"), Gen.Const("\u0001"));
        Gen.Int[0, valid.Length].Select(Gen.Int[0, 3], damage).Sample((at, cut, insert) =>
        {
            var json = valid[..at] + insert + valid[Math.Min(valid.Length, at + cut)..];
            try
            {
                UsaJobsSearchResult.Parse(json);
            }
            catch (AnnouncementFormatException e)
            {
                foreach (var word in FrameworkWords)
                {
                    Assert.DoesNotContain(word, e.Message, StringComparison.Ordinal);
                }
            }
        }, iter: 1_000);
    }

    [Fact]
    public void Parse_TooLarge_SaysTheLimitInWords()
    {
        var e = Assert.Throws<AnnouncementFormatException>(() => UsaJobsSearchResult.Parse(new string(' ', 2000), new AnnouncementReadOptions { MaxBytes = 1000 }));

        Assert.Contains("1,000 bytes", e.Problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Options", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcement_NullMembers_ThrowArgumentExceptionNamingThem()
    {
        Assert.Equal("PositionId", Assert.ThrowsAny<ArgumentException>(() => new Announcement { PositionId = null!, Title = "T" }).ParamName);
        Assert.Equal("Title", Assert.ThrowsAny<ArgumentException>(() => new Announcement { PositionId = "X", Title = null! }).ParamName);
        Assert.Equal("Locations", Assert.ThrowsAny<ArgumentException>(() => new Announcement { PositionId = "X", Title = "T", Locations = [null!] }).ParamName);
        Assert.Equal("Series", Assert.ThrowsAny<ArgumentException>(() => new Announcement { PositionId = "X", Title = "T", Series = ["1801", null!] }).ParamName);
        Assert.Equal("Pay", Assert.ThrowsAny<ArgumentException>(() => new Announcement { PositionId = "X", Title = "T", Pay = [null!] }).ParamName);
    }

    /// <summary>A stream that never ends, counting the bytes it serves.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
