using System.Text.Json;
using IceCareers.Careers;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Cli.Tests;

/// <summary>icecareers career: a dated table for people, the library's JSON for programs, exit 2 naming the bad option.</summary>
public sealed class CareerCommandTests
{
    [Fact]
    public void Career_Leo_ShowsPromotionsAndRetirementDatesButNotTheDateOfBirth()
    {
        var result = Icecareers.Ok("career", "deportation-officer", "--start", "2026-01-12", "--grade", "GL-7", "--date-of-birth", "1981-03-10", "--locality", "sacramento-roseville");

        Assert.Contains("Promoted to GS-12 step 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("Mandatory separation: 2046-01-31", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("1981", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Career_FormatJson_PrintsExactlyTheLibraryJson()
    {
        var result = Icecareers.Ok("career", "hsi-special-agent", "--start", "2026-02-02", "--grade", "GL-9", "--date-of-birth", "1996-04-12", "--format", "json");
        var expected = CareerPath.Project(CareerCatalog.Default, "hsi-special-agent", PayGrade.Parse("GL-9"), new DateOnly(2026, 2, 2), new DateOnly(1996, 4, 12), null);

        Assert.Equal(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.CareerProjection), result.Out.TrimEnd('\n', '\r'));
        JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.CareerProjection);
    }

    [Fact]
    public void Career_NonLeoRole_JsonHasNullRetirementDates()
    {
        var result = Icecareers.Ok("career", "program-analyst", "--start", "2026-02-02", "--grade", "GS-7", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);

        Assert.False(json.RootElement.TryGetProperty("mandatorySeparation", out var value) && value.ValueKind != JsonValueKind.Null);
    }

    [Theory]
    [InlineData("--grade", "GL-6", "--grade:")]
    [InlineData("--grade", "XX", "--grade:")]
    [InlineData("--start", "soon", "--start:")]
    [InlineData("--start", "9999-12-31", "--start:")]
    [InlineData("--date-of-birth", "2030-01-01", "--date-of-birth:")]
    [InlineData("--locality", "Atlantis", "--locality:")]
    public void Career_BadOption_ExitsTwoNamingIt(string option, string value, string prefix)
    {
        var args = new Dictionary<string, string> { ["--start"] = "2026-01-12", ["--grade"] = "GL-7" };
        args[option] = value;

        var result = Icecareers.Bad(["career", "deportation-officer", .. args.SelectMany(p => new[] { p.Key, p.Value })]);

        Assert.StartsWith(prefix, result.ErrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Career_MissingStart_ExitsTwo() => Icecareers.Bad("career", "deportation-officer", "--grade", "GL-7");

    [Theory]
    [InlineData("Chicago", "Chicago-Naperville, IL-IN-WI")]
    [InlineData("atlanta-athens-clarke-county-sandy-springs", "Atlanta - Athens-Clarke County - Sandy Springs, GA-AL")]
    [InlineData("Buffalo", "Buffalo-Cheektowaga, NY")]
    public void Career_PlacePayRefuses_ExitsTwoNamingThePlaceAndTheTable(string locality, string area)
    {
        var career = Icecareers.Bad("career", "deportation-officer", "--start", "2026-01-12", "--grade", "GL-7", "--locality", locality);
        var pay = Icecareers.Bad("pay", "deportation-officer", "--grade", "GL-7", "--locality", locality, "--as-of", "2026-01-12");

        Assert.StartsWith("--locality: OPM special rate table for the " + area + " locality pay area (one of L001–L059) is not in the data", career.ErrLines[0], StringComparison.Ordinal);
        Assert.Equal(pay.ErrLines[0], career.ErrLines[0]);
        Assert.Equal("", career.Out);
    }

    [Fact]
    public void Career_NonLeoWherePayRefuses_ExitsTwoAsPayDoes()
    {
        var career = Icecareers.Bad("career", "program-analyst", "--start", "2026-02-02", "--grade", "GS-7", "--locality", "Albuquerque");

        Assert.StartsWith("--locality: OPM's locality payment for the Albuquerque-Santa Fe-Las Vegas, NM locality pay area in 2026 is not in the data", career.ErrLines[0], StringComparison.Ordinal);
    }
}
