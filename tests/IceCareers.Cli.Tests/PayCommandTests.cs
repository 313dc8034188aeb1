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

    [Fact]
    public void Pay_FieldOfficeCityChicago_ExitsTwoSayingItsPercentageIsNotInTheData()
    {
        // Chicago is an ERO field office in the Chicago-Naperville area, whose 2025/2026 locality payment no official
        // copy found gave: the command names the area and refuses to guess, exit 2, nothing on stdout.
        var result = Icecareers.Bad("pay", "deportation-officer", "--grade", "GL-7", "--locality", "Chicago");

        Assert.StartsWith("--locality: The data has no locality payment (percentage) for Chicago-Naperville, IL-IN-WI in 2026", result.ErrLines[0], StringComparison.Ordinal);
        Assert.Contains("does not guess", result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Pay_FieldOfficeCityNewark_EstimatesForItsAreaAndNamesTheOffice()
    {
        var result = Icecareers.Ok("pay", "deportation-officer", "--grade", "GL-7", "--locality", "newark", "--as-of", "2026-03-01");
        var expected = new PayEstimator(CareerCatalog.Default).Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "New York-Newark, NY-NJ-CT-PA", new DateOnly(2026, 3, 1));

        Assert.StartsWith("deportation-officer at GL-7 step 1, New York-Newark, NY-NJ-CT-PA, 2026-03-01", result.Out, StringComparison.Ordinal);
        Assert.Contains(expected.AdjustedPay.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), result.Out, StringComparison.Ordinal);
        Assert.Contains("ERO Newark Field Office", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_FieldOfficeWithoutArea_ExitsTwoNamingTheOffice()
    {
        var result = Icecareers.Bad("pay", "deportation-officer", "--grade", "GL-7", "--locality", "El Paso");

        Assert.StartsWith("--locality: The ERO El Paso Field Office (El Paso) is in a locality pay area the data does not define", result.ErrLines[0], StringComparison.Ordinal);
    }
}
