using System.Text.Json;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Cli.Tests;

/// <summary>icecareers localities: the places pay knows, with ids, percentages, field offices and (for a role) where pay is known.</summary>
public sealed class LocalitiesCommandTests
{
    [Fact]
    public void Localities_NoOptions_ListsEveryAreaWithItsId()
    {
        var result = Icecareers.Ok("localities");

        Assert.StartsWith("OPM locality pay areas (58)", result.Out, StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.TrimStart().StartsWith("rest-of-us ", StringComparison.Ordinal) && l.Contains("El Paso", StringComparison.Ordinal));
        Assert.Contains(result.OutLines, l => l.TrimStart().StartsWith("houston-the-woodlands ", StringComparison.Ordinal) && l.Contains("35", StringComparison.Ordinal));
        Assert.Contains("san-jose-san-francisco-oakland = San Jose-San Francisco-Oakland, CA", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Localities_CoveredRole_ShowsTheTableWherePayIsKnown()
    {
        var result = Icecareers.Ok("localities", "--role", "deportation-officer", "--as-of", "2026-03-01");

        Assert.Contains("Pay for deportation-officer on 2026-03-01: 4 of 58 areas.", result.Out, StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.TrimStart().StartsWith("boston-worcester-providence ", StringComparison.Ordinal) && l.Contains("L007", StringComparison.Ordinal));
        Assert.Contains("(one of L001–L059) is not in the data", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Localities_FormatJson_PrintsExactlyTheLibraryJson()
    {
        var result = Icecareers.Ok("localities", "--role", "program-analyst", "--grade", "GS-9", "--as-of", "2026-03-01", "--format", "json");
        var expected = new PayEstimator(CareerCatalog.Default).Localities("program-analyst", PayGrade.Parse("GS-9"), new DateOnly(2026, 3, 1));

        Assert.Equal(JsonSerializer.Serialize(expected, IceCareersJsonContext.Default.IReadOnlyListPayLocality), result.Out.TrimEnd('\n', '\r'));
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(19, json.RootElement.EnumerateArray().Count(e => e.GetProperty("priced").GetBoolean()));
    }

    [Theory]
    [InlineData("--grade", "GS-9", "--grade:")]                  // a grade without a role
    [InlineData("--as-of", "someday", "--as-of:")]
    public void Localities_BadOption_ExitsTwoNamingIt(string option, string value, string prefix) =>
        Assert.StartsWith(prefix, Icecareers.Bad("localities", option, value).ErrLines[0], StringComparison.Ordinal);

    [Fact]
    public void Localities_GradeOutsideTheRole_ExitsTwoNamingGrade() =>
        Assert.StartsWith("--grade:", Icecareers.Bad("localities", "--role", "deportation-officer", "--grade", "GS-15").ErrLines[0], StringComparison.Ordinal);

    [Fact]
    public void Localities_UnknownRole_ExitsTwo() =>
        Assert.Contains("deportation-officer", Icecareers.Bad("localities", "--role", "astronaut").Err, StringComparison.Ordinal);

    [Fact]
    public void Pay_UnknownLocality_NamesTheLocalitiesCommand()
    {
        var result = Icecareers.Bad("pay", "program-analyst", "--grade", "GS-9", "--locality", "Atlantis");

        Assert.StartsWith("--locality: Unknown locality 'Atlantis'", result.ErrLines[0], StringComparison.Ordinal);
        Assert.Contains("Run 'icecareers localities'", result.Err, StringComparison.Ordinal);
    }
}
