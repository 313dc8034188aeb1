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
        // The default area is the Rest of U.S., whose locality payment is not in the data (no OPM table for it was read).
        var result = Icecareers.Bad("pay", "program-analyst", "--grade", "GS-9");

        Assert.StartsWith("--locality: OPM's locality payment for the Rest of U.S. locality pay area in 2026 is not in the data", result.ErrLines[0], StringComparison.Ordinal);
        Assert.Contains("icecareers localities", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pay", "--grade", "GS-7", "--locality", "boston")]
    [InlineData("career", "--grade", "GS-7", "--start", "2026-02-02")]
    public void PayAndCareer_LegacyRole_Exit2NamingTheSuccessor(string command, string option, string grade, string other, string value)
    {
        // The eligibility report gives an immigration enforcement agent GS-7 (the 2005 notice's grade) with a legacy
        // warning; pay and career, which are about today's tables, refuse the title and point to its successor.
        var result = Icecareers.Bad(command, "immigration-enforcement-agent", option, grade, other, value);

        Assert.Single(result.ErrLines);
        Assert.Contains("'deportation-officer'", result.Err, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void Pay_LocalityById_Step1Today()
    {
        var result = Icecareers.Ok("pay", "program-analyst", "--grade", "GS-9", "--locality", "new-york-newark");

        Assert.StartsWith("program-analyst at GS-9 step 1, New York-Newark, NY-NJ-CT-PA, 2026-01-15", result.Out, StringComparison.Ordinal);
        Assert.Contains("$52,727", result.Out, StringComparison.Ordinal); // Salary Table 2026-GS, GS-9 step 1
        Assert.Contains("$72,737", result.Out, StringComparison.Ordinal); // x 1.3795
        Assert.Contains("Sources: opm-2026-gs, opm-2025-ny", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("new-york-newark")]
    [InlineData("New York-Newark, NY-NJ-CT-PA")]
    [InlineData("Newark")]
    public void Pay_IdNameOrCity_GiveTheSameFigures(string locality)
    {
        var result = Icecareers.Ok("pay", "program-analyst", "--grade", "GS-11", "--locality", locality, "--as-of", "2026-03-01", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);

        Assert.Equal("new-york-newark", json.RootElement.GetProperty("localityId").GetString());
        Assert.Equal(88005, json.RootElement.GetProperty("adjustedPay").GetInt32()); // 63,795 x 1.3795
    }

    [Fact]
    public void Pay_DeportationOfficer_ShowsAuoRangeAndOneLinePerIncentive()
    {
        var result = Icecareers.Ok("pay", "deportation-officer", "--grade", "GL-7", "--locality", "Boston", "--as-of", "2026-03-01");

        Assert.Contains("AUO 10–25 %", result.Out, StringComparison.Ordinal);
        Assert.Contains("Special rate (table L007, +36.25 %)", result.Out, StringComparison.Ordinal);
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
        var result = Icecareers.Bad("pay", "program-analyst", "--grade", "GS-9", "--locality", "Chicago", "--as-of", "2026-03-01");

        Assert.StartsWith("--locality: OPM's locality payment for the Chicago-Naperville, IL-IN-WI locality pay area in 2026 is not in the data", result.ErrLines[0], StringComparison.Ordinal);
        Assert.Contains("does not guess", result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Pay_CoveredOfficerWhereTheLeoTableIsMissing_ExitsTwoNamingTheTable()
    {
        var result = Icecareers.Bad("pay", "deportation-officer", "--grade", "GL-7", "--locality", "Houston", "--as-of", "2026-03-01");

        Assert.StartsWith("--locality: OPM special rate table for the Houston-The Woodlands, TX locality pay area (one of L001–L059) is not in the data", result.ErrLines[0], StringComparison.Ordinal);
        Assert.Contains("icecareers localities", result.Err, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Pay_FieldOfficeCityNewark_EstimatesForItsAreaAndNamesTheOffice()
    {
        var result = Icecareers.Ok("pay", "deportation-officer", "--grade", "GL-7", "--locality", "newark", "--as-of", "2025-03-01");
        var expected = new PayEstimator(CareerCatalog.Default).Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "New York-Newark, NY-NJ-CT-PA", new DateOnly(2025, 3, 1));

        Assert.StartsWith("deportation-officer at GL-7 step 1, New York-Newark, NY-NJ-CT-PA, 2025-03-01", result.Out, StringComparison.Ordinal);
        Assert.Contains(expected.AdjustedPay.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), result.Out, StringComparison.Ordinal);
        Assert.Contains("ERO Newark Field Office", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_FieldOfficeInTheRestOfUs_ExitsTwoNamingTheAreaAndWhatIsMissing()
    {
        var result = Icecareers.Bad("pay", "deportation-officer", "--grade", "GL-7", "--locality", "El Paso", "--as-of", "2025-06-01");

        Assert.StartsWith("--locality: OPM's locality payment for the Rest of U.S. locality pay area in 2025 is not in the data", result.ErrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_PremiumLimitBinds_SaysSoUnderTheTable()
    {
        var result = Icecareers.Ok("pay", "hsi-special-agent", "--grade", "GS-13", "--step", "10", "--locality", "San Francisco", "--as-of", "2026-03-01");

        Assert.Contains("$197,200", result.Out, StringComparison.Ordinal);
        Assert.Contains("Total limited to $197,200 a year: the premium-pay limit (5 U.S.C. 5547(a)).", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Special rate (table L051, +50.39 %), capped", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(".yaml", result.Out, StringComparison.Ordinal);
    }
}
