using CsCheck;
using IceCareers.Candidates;
using IceCareers.Profiles;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Profiles;

/// <summary>Issue 24 §2 and §7 for profiles: lone surrogate escapes anywhere are a problem at their path, in our words.</summary>
public sealed class HostileProfileTests
{
    private static readonly TimeProvider Today = new FixedTimeProvider(new DateOnly(2026, 1, 15));

    [Theory]
    [InlineData("""{"education":[{"level":"bachelors","field":"Law\udc00"}]}""", "education[0].field")]
    [InlineData("""{"languages":[{"language":"\ud83d","proficiency":"native"}]}""", "languages[0].language")]
    [InlineData("""{"sex":"\ud800male"}""", "sex")]
    [InlineData("""{"military":{"campaignMedals":["A","\udfff"]}}""", "military.campaignMedals[1]")]
    [InlineData("""{"experience":[{"title\ud800":"x"}]}""", "experience[0]")]
    public void FromJson_LoneSurrogateEscape_IsAProblemAtItsPath(string json, string path)
    {
        var e = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        var problem = Assert.Single(e.Problems, p => p.Message.Contains("half a character", StringComparison.Ordinal));
        Assert.Equal(path, problem.Path);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void ReadJson_LoneSurrogatesInGeneratedPlaces_ProfileOrValidationException()
    {
        var escapes = Gen.OneOf(Gen.Const("\\ud800"), Gen.Const("\\udbff"), Gen.Const("\\udc00"), Gen.Const("\\udfff"), Gen.Const("\\ud83d\\ud83d"), Gen.Const("\\ud83d\\ude00"));
        var template = """{"sex":"@","education":[{"level":"bachelors","field":"@","@":1}],"languages":[{"language":"@"}],"military":{"campaignMedals":["@"]}}""";
        Gen.Int[0, 4].Select(escapes).Sample((which, escape) =>
        {
            var at = -1;
            for (var i = 0; i <= which; i++)
            {
                at = template.IndexOf('@', at + 1);
            }

            var json = template[..at] + escape + template[(at + 1)..];
            try
            {
                ProfileDocument.ReadJson(System.Text.Encoding.UTF8.GetBytes(json.Replace("@", "x", StringComparison.Ordinal)), Today);
            }
            catch (ProfileValidationException e)
            {
                Assert.All(e.Problems, p => Assert.DoesNotContain("System.", p.Message, StringComparison.Ordinal));
            }
        }, iter: 200);
    }
}
