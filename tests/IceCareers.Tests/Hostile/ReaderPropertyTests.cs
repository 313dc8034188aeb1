using System.Globalization;
using System.Text;
using CsCheck;
using IceCareers.Candidates;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Hostile;

/// <summary>
/// Issue 12: generated documents (random JSON and YAML over the profile's own keys and others, random bytes, deep
/// nesting, long lists, huge numbers) always end in a parsed, valid profile or a <see cref="ProfileValidationException"/>,
/// within a hang guard, never another exception.
/// </summary>
public sealed class ReaderPropertyTests
{
    private static readonly TimeProvider Today = new FixedTimeProvider(new DateOnly(2026, 1, 15));
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private static readonly string[] Keys =
    [
        "dateOfBirth", "sex", "citizenship", "selectiveService", "driversLicense", "education", "experience", "military",
        "priorFederalLawEnforcement", "history", "languages", "fitness", "level", "field", "completed", "gpa", "majorGpa",
        "classStandingPercentile", "honorSociety", "semesterHours", "graduateSemesterHours", "quarterHours", "title",
        "months", "hoursPerWeek", "specialized", "grade", "veteran", "serviceMonths", "convictions", "drugUse", "category",
        "date", "language", "proficiency", "sitUps", "run1_5MileSeconds", "Sex", "unknown", "", "\u001b[2J", "a\u202Eb",
    ];

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1"),
        Gen.Const("1e400"), Gen.Const("-1e400"), Gen.Const("79228162514264337593543950336"), Gen.Const("-0"), Gen.Const("0.0000000000000000000000000000001"),
        Gen.Const(new string('9', 5_000)));

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[0, 12],
        Gen.OneOf("male", "us-citizen", "bachelors", "registered", "native", "2020-02-29", "2021-02-29", "0001-01-01", "9999-12-31", "yes", "~"));

    private static readonly Gen<string> JsonScalar = Gen.OneOf(
        Number,
        Text.Select(t => System.Text.Json.JsonSerializer.Serialize(t)),
        Gen.OneOf("true", "false", "null"));

    [Fact]
    public void FromJson_GeneratedDocuments_ProfileOrValidationException() =>
        JsonDocument(4).Sample(json => Check(() => CandidateProfile.FromJson(json, Today)), iter: 400);

    [Fact]
    public void FromYaml_GeneratedFlowAndBlockDocuments_ProfileOrValidationException() =>
        JsonDocument(4).Select(Gen.Bool).Sample(sample =>
        {
            var (json, block) = sample;
            Check(() => CandidateProfile.FromYaml(block ? Block(json) : json, Today));
        }, iter: 400);

    [Fact]
    public void Readers_RandomBytes_ProfileOrValidationException() =>
        Gen.Byte.Array[0, 200].Select(Gen.Bool).Sample(sample =>
        {
            var (bytes, json) = sample;
            var text = Encoding.UTF8.GetString(bytes);
            Check(() => json ? CandidateProfile.FromJson(text, Today) : CandidateProfile.FromYaml(text, Today));
        }, iter: 500);

    [Fact]
    public void Readers_YamlLookingNoise_ProfileOrValidationException() =>
        Gen.OneOf(Gen.Char["-:{}[],&*!|>'\"#%@` \n\tab1"], Gen.Char).Array[0, 120].Select(chars => new string(chars)).Select(Gen.Bool).Sample(sample =>
        {
            var (text, json) = sample;
            Check(() => json ? CandidateProfile.FromJson(text, Today) : CandidateProfile.FromYaml(text, Today));
        }, iter: 500);

    [Theory]
    [InlineData(70)]
    [InlineData(5_000)]
    public void Readers_DeepNesting_Refused(int depth)
    {
        var json = new string('[', depth) + new string(']', depth);
        var nested = string.Concat(Enumerable.Repeat("{\"history\":", depth)) + "1" + new string('}', depth);
        var yamlBlock = string.Concat(Enumerable.Range(0, Math.Min(depth, 2_000)).Select(i => new string(' ', i) + "a:\n"));

        Check(() => CandidateProfile.FromJson(json, Today));
        Check(() => CandidateProfile.FromJson(nested, Today));
        Check(() => CandidateProfile.FromYaml(json, Today));
        Check(() => CandidateProfile.FromYaml(yamlBlock, Today));
    }

    [Theory]
    [InlineData("{\"education\":[", "{\"semesterHours\":1e9999},", "{}]}")]
    [InlineData("{\"experience\":[", "{\"months\":12,\"hoursPerWeek\":40},", "{}]}")]
    [InlineData("languages:\n", "  - {language: x, proficiency: native}\n", "")]
    [InlineData("history: {convictions: [", "null,", "null]}")]
    public void Readers_LongListsNearTheSizeLimit_EndWithinTheGuard(string head, string item, string tail)
    {
        var builder = new StringBuilder(head);
        while (builder.Length + item.Length + tail.Length < CandidateProfile.MaxDocumentBytes)
        {
            builder.Append(item);
        }

        var text = builder.Append(tail).ToString();
        Check(() => head.StartsWith('{') ? CandidateProfile.FromJson(text, Today) : CandidateProfile.FromYaml(text, Today));
    }

    private static Gen<string> JsonDocument(int depth) =>
        Gen.Frequency((1, JsonScalar), (4, JsonObject(depth)));

    private static Gen<string> JsonValue(int depth) =>
        depth <= 0 ? JsonScalar : Gen.Frequency((3, JsonScalar), (2, JsonObject(depth - 1)), (2, JsonArray(depth - 1)));

    private static Gen<string> JsonObject(int depth) =>
        Gen.Select(Gen.OneOf(Keys), JsonValue(depth), (key, value) => System.Text.Json.JsonSerializer.Serialize(key) + ":" + value)
            .Array[0, 5]
            .Select(members => "{" + string.Join(",", members) + "}");

    private static Gen<string> JsonArray(int depth) =>
        JsonValue(depth).Array[0, 4].Select(items => "[" + string.Join(",", items) + "]");

    /// <summary>The same JSON laid out as YAML block lines (a rough rendering; what it breaks is input too).</summary>
    private static string Block(string json) =>
        json.Replace("{", "\n  ", StringComparison.Ordinal).Replace(",", "\n", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);

    private static void Check(Func<CandidateProfile> read)
    {
        var task = Task.Run(() =>
        {
            try
            {
                var profile = read();
                Assert.Empty(profile.Validate(new DateOnly(2026, 1, 15)));
            }
            catch (ProfileValidationException e)
            {
                Assert.NotEmpty(e.Problems);
                Assert.True(e.Problems.Count <= ProfileValidationException.MaxListed + 1);
            }
        });

        Assert.True(task.Wait(HangGuard), "hang guard: a reader call did not end");
        task.GetAwaiter().GetResult();
    }
}
