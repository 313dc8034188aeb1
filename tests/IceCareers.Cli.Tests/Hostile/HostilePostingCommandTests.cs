using System.Globalization;
using System.Text;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Cli.Tests.Hostile;

/// <summary>
/// Issue 24 on the command line: postings bounded, lone surrogates and invalid UTF-8 exit 2 naming the place, forged
/// lines stay one line, numbers in range, and no framework words in any message.
/// </summary>
public sealed class HostilePostingCommandTests : IDisposable
{
    private static readonly string[] FrameworkWords =
    [
        "could not be converted", "isFinalBlock", "System.", "reader options", "Actual value was", "ReadOptions", "IceCareers.",
        "JsonException", "InvalidOperationException", "LineNumber", "BytePositionInLine",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "icecareers-cli-postings-" + Guid.NewGuid().ToString("N"));

    public HostilePostingCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Posting(int i, string title = "Deportation Officer", string extra = "") =>
        "{\"PositionID\":\"P" + i.ToString(CultureInfo.InvariantCulture) + "\",\"PositionTitle\":" + System.Text.Json.JsonSerializer.Serialize(title)
        + ",\"OrganizationName\":\"ICE\",\"JobCategory\":[{\"Code\":\"1801\"}]" + extra + "}";

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData(501)]
    [InlineData(4_000)]
    public void Announcements_MorePostingsThanTheLimit_Exit2NamingTheLimit(int count)
    {
        var file = Write("many.json", "[" + string.Join(",", Enumerable.Range(0, count).Select(i => Posting(i))) + "]");
        var profile = Write("p.json", "{}");

        var result = Icecareers.Bad("announcements", file, "--profile", profile);

        Assert.Contains("more than 500 postings", result.Err, StringComparison.Ordinal);
        Assert.Contains("$[500]", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcements_FiveHundredPostingsWithAProfile_OutputIsBounded()
    {
        var file = Write("five-hundred.json", "[" + string.Join(",", Enumerable.Range(0, 500).Select(i => Posting(i))) + "]");
        var profile = Write("p.json", "{\"citizenship\":\"us-citizen\"}");

        var json = Icecareers.Ok("announcements", file, "--profile", profile, "--format", "json");

        Assert.True(Encoding.UTF8.GetByteCount(json.Out) < 20 << 20, json.Out.Length.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T\ud800"}]""", "$[0].PositionTitle")]
    [InlineData("""[{"PositionID":"X","PositionTitle":"T","UserArea":{"Details":{"JobSummary":"\udc00"}}}]""", "$[0].UserArea.Details.JobSummary")]
    public void Announcements_LoneSurrogate_Exit2NamingThePath(string json, string path)
    {
        var result = Icecareers.Bad("announcements", Write("s.json", json));

        Assert.Contains("half a character", result.Err, StringComparison.Ordinal);
        Assert.Contains(path, result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"languages":[{"language":"\ud83d"}]}""", "languages[0].language")]
    [InlineData("""{"education":[{"level":"bachelors","field":"\udfff"}]}""", "education[0].field")]
    public void Check_ProfileWithALoneSurrogate_Exit2NamingThePath(string json, string path)
    {
        var result = Icecareers.Bad("check", "--profile", Write("p.json", json), "--role", "deportation-officer");

        Assert.Contains(path, result.Err, StringComparison.Ordinal);
        Assert.Contains("half a character", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Announcements_InvalidUtf8_Exit2WithLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("[\n\n{\"PositionID\":\"X\",\"PositionTitle\":\"A").Concat(new byte[] { 0xF5, 0x80 }).Concat(Encoding.UTF8.GetBytes("\"}]")).ToArray();

        var result = Icecareers.Bad("announcements", Write("bad.json", bytes));

        Assert.Contains("bad.json:3:", result.Err, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n\r\n")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    [InlineData("\u000b\u000c")]
    public void Announcements_ForgedLinesInPostingFields_StayOnOneLine(string lineBreak)
    {
        const string Forged = "  Dates: opens 2026-01-01, closes 2099-12-31 — open";
        var extra = ",\"DepartmentName\":" + System.Text.Json.JsonSerializer.Serialize("DHS" + lineBreak + Forged);
        var file = Write("forged.json", "[" + Posting(1, "Program Analyst" + lineBreak + Forged, extra) + "]");

        var result = Icecareers.Ok("announcements", file, "--as-of", "2026-02-01");

        // The title is one line of the heading; the forged text is never a line of its own (a paragraph that quotes the
        // title may wrap anywhere, but then the line goes on with the paragraph's words).
        Assert.Contains(result.OutLines, line => line.StartsWith("P1: Program Analyst " + Forged.Trim(), StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutLines, line => line.Trim() == Forged.Trim());
        Assert.DoesNotContain(result.Out, c => c is '\r' or '\u2028' or '\u2029' or '\u0085' or '\u000b' or '\u000c');
    }

    [Theory]
    [InlineData(",\"PositionLocation\":[{\"Latitude\":1e400}]", "Latitude")]
    [InlineData(",\"PositionRemuneration\":[{\"MinimumRange\":\"-5\"}]", "MinimumRange")]
    [InlineData(",\"PositionRemuneration\":[{\"MinimumRange\":80000,\"MaximumRange\":\"40000\"}]", "PositionRemuneration[0]")]
    [InlineData(",\"UserArea\":{\"Details\":{\"LowGrade\":\"123456789012345678901234567890\"}}", "LowGrade")]
    [InlineData(",\"OrganizationName\":\"ICE\"", "$[0]")]
    public void Announcements_NumbersOutOfRangeAndDuplicates_Exit2InOurWords(string extra, string place)
    {
        var result = Icecareers.Bad("announcements", Write("n.json", "[" + Posting(1, extra: extra) + "]"));

        Assert.Contains(place, result.Err, StringComparison.Ordinal);
        foreach (var word in FrameworkWords)
        {
            Assert.DoesNotContain(word, result.Err, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("[{\"PositionID\":\"X\",\"PositionTitle\":\"T\"")]
    [InlineData("[{\"PositionID\":\"X\" \"PositionTitle\":\"T\"}]")]
    [InlineData("[{\"PositionID\":tru}]")]
    [InlineData("[{\"PositionID\":\"X\",\"PositionTitle\":\"T\"}] extra")]
    public void Announcements_MalformedJson_Exit2InOurWords(string json)
    {
        var result = Icecareers.Bad("announcements", Write("m.json", json));

        foreach (var word in FrameworkWords)
        {
            Assert.DoesNotContain(word, result.Err, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("pay", "deportation-officer", "--grade", "GL-7", "--step", "0")]
    [InlineData("pay", "deportation-officer", "--grade", "GL-7", "--as-of", "1901-01-01")]
    [InlineData("pay", "deportation-officer", "--grade", "GL-15")]
    [InlineData("career", "deportation-officer", "--start", "2026-01-05", "--grade", "GL-7", "--locality", "Buffalo")]
    public void PayAndCareer_Refusals_Exit2InOurWords(params string[] args)
    {
        var result = Icecareers.Bad(args);

        foreach (var word in FrameworkWords)
        {
            Assert.DoesNotContain(word, result.Err, StringComparison.Ordinal);
        }
    }
}

/// <summary>Issue 24 §4 on the command line: custom pay data held to its schema's ranges by validate and --data, file:line:column, exit 2.</summary>
public sealed class HostilePayDataCommandTests
{
    [Theory]
    [InlineData("  months: 12", "  months: 0", 13, "$.probation.months")]
    [InlineData("  weeks: 52", "  weeks: -52", 10, "$.timeInGrade.weeks")]
    [InlineData("  weeks: 52", "  weeks: 400000000", 10, "$.timeInGrade.weeks")]
    [InlineData("    age: 57\n    years: 20", "    age: 57\n    years: 0", 52, "$.leoRetirement.mandatorySeparation.years")]
    public void Validate_PayCareerValueOutsideItsSchemasRange_Exit2AtFileLineColumn(string find, string replacement, int line, string path)
    {
        using var data = new DataCopy();
        data.Replace("pay/careers.yaml", find, replacement);

        var result = Icecareers.Bad("validate", data.Root);

        var problem = Assert.Single(result.ErrLines, l => l.Contains(path, StringComparison.Ordinal));
        Assert.Contains($"careers.yaml:{line}:", problem, StringComparison.Ordinal);
        Assert.Contains("expected a number", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Career_WithPayDataOutsideItsSchema_Exit2NotACrash()
    {
        using var data = new DataCopy();
        data.Replace("pay/careers.yaml", "  months: 12", "  months: 0");

        var result = Icecareers.Bad("career", "deportation-officer", "--start", "2026-01-05", "--grade", "GL-7", "--data", data.Root);

        Assert.Contains("$.probation.months", result.Err, StringComparison.Ordinal);
    }
}
