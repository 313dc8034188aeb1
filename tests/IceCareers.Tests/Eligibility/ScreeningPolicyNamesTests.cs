using IceCareers.Eligibility;

namespace IceCareers.Tests.Eligibility;

public sealed class ScreeningPolicyNamesTests
{
    [Theory]
    [InlineData("strict", ScreeningPolicy.Strict)]
    [InlineData("STRICT", ScreeningPolicy.Strict)]
    [InlineData(" Suitability ", ScreeningPolicy.Suitability)]
    [InlineData("suitability", ScreeningPolicy.Suitability)]
    public void TryParse_PolicyWordAnyCase_ReadsIt(string text, ScreeningPolicy expected)
    {
        Assert.True(ScreeningPolicyNames.TryParse(text, out var policy));
        Assert.Equal(expected, policy);
        Assert.Equal(expected, ScreeningPolicyNames.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("lenient")]
    [InlineData("0")]
    [InlineData("Strict\u0000")]
    public void TryParse_NotAPolicyWord_ReturnsFalse(string? text)
    {
        Assert.False(ScreeningPolicyNames.TryParse(text, out _));
    }

    [Fact]
    public void Parse_NotAPolicyWord_ThrowsNamingTheWords()
    {
        var error = Assert.Throws<ArgumentException>(() => ScreeningPolicyNames.Parse("lenient"));

        Assert.Equal("text", error.ParamName);
        Assert.Contains("'lenient'", error.Message, StringComparison.Ordinal);
        Assert.Contains("strict, suitability", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToName_EveryPolicy_RoundTripsThroughParse()
    {
        foreach (var policy in Enum.GetValues<ScreeningPolicy>())
        {
            Assert.Equal(policy, ScreeningPolicyNames.Parse(ScreeningPolicyNames.ToName(policy)));
        }

        Assert.Equal(Enum.GetValues<ScreeningPolicy>().Length, ScreeningPolicyNames.All.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => ScreeningPolicyNames.ToName((ScreeningPolicy)7));
    }
}
