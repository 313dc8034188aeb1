using System.Text.Json;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Cli.Tests;

/// <summary>icecareers pay: a small table for people, the library's JSON for programs, exit 2 naming the bad option.</summary>
public sealed class PayCommandTests
{
    [Fact]
    public void Pay_Defaults_Step1RestOfUsToday()
    {
        var result = Icecareers.Ok("pay", "program-analyst", "--grade", "GS-9");

        Assert.StartsWith("program-analyst at GS-9 step 1, Rest of U.S., 2026-01-15", result.Out, StringComparison.Ordinal);
        Assert.Contains("$52,727", result.Out, StringComparison.Ordinal); // Salary Table 2026-GS, GS-9 step 1
        Assert.Contains("Sources: opm-2026-gs", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_DeportationOfficer_ShowsAuoRangeAndOneLinePerIncentive()
    {
        var result = Icecareers.Ok("pay", "deportation-officer", "--grade", "GL-7", "--as-of", "2026-03-01");

        Assert.Contains("AUO 10–25 %", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, result.OutLines.Count(l => l.TrimStart().StartsWith("Incentive:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Pay_FormatJson_PrintsExactlyTheLibraryJson()
    {
        var result = Icecareers.Ok("pay", "hsi-special-agent", "--grade", "GS-13", "--step", "10", "--locality", "san jose", "--as-of", "2026-03-01", "--format", "json");
        var expected = new PayEstimator(CareerCatalog.Default).Estimate("hsi-special-agent", PayGrade.Parse("GS-13"), 10, "san jose", new DateOnly(2026, 3, 1));

        Assert.Equal(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.PayEstimate), result.Out.TrimEnd('\n', '\r'));
        JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.PayEstimate);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("leap", json.RootElement.GetProperty("premium").GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("--grade", "XX", "--grade:")]
    [InlineData("--step", "11", "--step:")]
    [InlineData("--locality", "Atlantis", "--locality:")]
    [InlineData("--as-of", "2027-02-01", "--as-of:")]
    [InlineData("--as-of", "yesterday", "--as-of:")]
    public void Pay_BadOption_ExitsTwoNamingIt(string option, string value, string prefix)
    {
        var args = new List<string> { "pay", "program-analyst", "--grade", "GS-9", option, value };
        if (option == "--grade")
        {
            args.RemoveRange(2, 2);
        }

        var result = Icecareers.Bad([.. args]);

        Assert.StartsWith(prefix, result.ErrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_GradeOutsideTheLadder_ExitsTwoNamingGrade() =>
        Assert.StartsWith("--grade:", Icecareers.Bad("pay", "deportation-officer", "--grade", "GS-13").ErrLines[0], StringComparison.Ordinal);

    [Fact]
    public void Pay_UnknownRole_ExitsTwoNamingKnownIds() =>
        Assert.Contains("deportation-officer", Icecareers.Bad("pay", "astronaut", "--grade", "GS-9").Err, StringComparison.Ordinal);

    [Fact]
    public void Pay_MissingGrade_ExitsTwo() => Icecareers.Bad("pay", "program-analyst");
}
