using System.Globalization;
using System.Text.Json;
using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Tests.Pay;

/// <summary>OPM's 58 locality pay areas in the pay data: ids, names and other names accepted alike, the basis of every percentage, and the list of places.</summary>
public sealed class LocalityTests
{
    private static readonly PayEstimator Estimator = new(CareerCatalog.Default);
    private static readonly DateOnly Mid2025 = new(2025, 6, 1);
    private static readonly DateOnly Mid2026 = new(2026, 6, 1);
    private static PayData Data => CareerCatalog.Default.PayData;

    public static TheoryData<string> AreaIds()
    {
        var data = new TheoryData<string>();
        foreach (var area in CareerCatalog.Default.PayData.Areas)
        {
            data.Add(area.Id);
        }

        return data;
    }

    [Fact]
    public void Areas_Default_AreOpms58WithUniqueLowercaseHyphenIds()
    {
        Assert.Equal(58, Data.Areas.Count);
        Assert.All(Data.Areas, a => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", a.Id));
        Assert.Equal(58, Data.Areas.Select(a => a.Id).Distinct().Count());
        Assert.Equal(58, Data.Areas.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(["rest-of-us", "houston-the-woodlands", "san-jose-san-francisco-oakland"], new[] { "Rest of U.S.", "Houston-The Woodlands, TX", "San Jose-San Francisco-Oakland, CA" }.Select(n => Data.Area(n)!.Id));
    }

    [Theory]
    [MemberData(nameof(AreaIds))]
    public void Estimate_IdNameAndAliases_AreAcceptedAlike(string id)
    {
        var area = Data.Area(id)!;
        foreach (var date in new[] { Mid2025, Mid2026 })
        {
            foreach (var (role, grade) in new[] { ("program-analyst", "GS-9"), ("deportation-officer", "GL-7") })
            {
                var expected = Outcome(role, grade, id, date);
                foreach (var text in new[] { area.Name, area.Name.ToUpperInvariant(), " " + id + " " }.Concat(area.OtherNames))
                {
                    Assert.Equal(expected, Outcome(role, grade, text, date));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(AreaIds))]
    public void Areas_Percent_HasABasisAndAnOpmSourceOrIsAbsent(string id)
    {
        var area = Data.Area(id)!;
        if (area.Percent is null)
        {
            Assert.Null(area.Basis);
            Assert.Empty(area.Years);
            return;
        }

        Assert.Equal([2025, 2026], area.Years);
        Assert.Contains(area.Basis, new[] { LocalityArea.SalaryTableBasis, LocalityArea.SpecialRateSupplementBasis });
        var sources = area.Sources.Select(s => Data.Sources.Single(x => x.Id == s)).ToArray();
        Assert.Contains(sources, s => s.Publisher == "U.S. Office of Personnel Management");
        Assert.DoesNotContain(sources, s => s.Kind == IceCareers.Provenance.SourceKind.Secondary);
    }

    [Theory]
    // Area, its special rate table, the table's supplement.
    [InlineData("albany-schenectady", "L002", 24.12)]
    [InlineData("boston-worcester-providence", "L007", 36.25)]
    [InlineData("sacramento-roseville", "L049", 33.35)]
    [InlineData("san-jose-san-francisco-oakland", "L051", 50.39)]
    [InlineData("austin-round-rock-georgetown", "L064", 23.68)]
    [InlineData("kansas-city-overland-park-kansas-city", "L089", 22.27)]
    [InlineData("rochester-batavia-seneca-falls", "L107", 21.15)]
    public void Areas_PercentDerivedFromASupplement_IsTheOnlyOneThatGivesIt(string id, string table, double supplement)
    {
        // supplement = (1 + locality) x 1.0277 - 1, to 0.01 percent: exactly one locality percentage to 0.01 gives it.
        var candidates = Enumerable.Range(0, 6000).Select(i => i / 100m)
            .Where(p => Math.Round(((1 + (p / 100m)) * 1.0277m - 1) * 100m, 2, MidpointRounding.AwayFromZero) == (decimal)supplement)
            .ToArray();
        var area = Data.Area(id)!;

        Assert.Equal([area.Percent!.Value], candidates);
        Assert.Equal(LocalityArea.SpecialRateSupplementBasis, area.Basis);
        Assert.Contains($"opm-2026-{table.ToLowerInvariant()}", area.Sources);
    }

    [Theory]
    // OPM's salary tables read for these areas; the special rate tables of L002-L107 then follow the formula exactly.
    [InlineData("des-moines-ames-west-des-moines", 18.01)]
    [InlineData("new-york-newark", 37.95)]
    [InlineData("houston-the-woodlands", 35.00)]
    public void Areas_SalaryTablePercent_IsAsPrinted(string id, double percent)
    {
        var area = Data.Area(id)!;

        Assert.Equal((decimal)percent, area.Percent);
        Assert.Equal(LocalityArea.SalaryTableBasis, area.Basis);
    }

    [Fact]
    public void Localities_WithoutRole_ListsEveryAreaWithItsFieldOffices()
    {
        var places = Estimator.Localities(null, null, Mid2026);

        Assert.Equal(Data.Areas.Select(a => a.Id), places.Select(p => p.Id));
        Assert.All(places, p => Assert.Null(p.Priced));
        Assert.Equal(["El Paso", "New Orleans", "Salt Lake City", "Harlingen"], places.Single(p => p.Id == "rest-of-us").FieldOffices);
        Assert.Equal(["New York", "Newark"], places.Single(p => p.Id == "new-york-newark").FieldOffices);
        Assert.Equal(25, places.Sum(p => p.FieldOffices.Count));
    }

    [Fact]
    public void Localities_CoveredOfficerIn2026_PricedExactlyWhereTheLeoTableIsRead()
    {
        var places = Estimator.Localities("deportation-officer", PayGrade.Parse("GL-7"), Mid2026);

        Assert.Equal(
            [("albany-schenectady", "L002"), ("boston-worcester-providence", "L007"), ("sacramento-roseville", "L049"), ("san-jose-san-francisco-oakland", "L051")],
            places.Where(p => p.Priced == true).Select(p => (p.Id, p.SpecialRateTable!)));
        Assert.All(places.Where(p => p.Priced == false), p => Assert.Contains("(one of L001–L059) is not in the data", p.Reason, StringComparison.Ordinal));
        Assert.All(places.Where(p => p.Priced == false), p => Assert.DoesNotContain("(Parameter", p.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Localities_NonLeoRoleIn2026_PricedWhereverTheLocalityPaymentIsKnown()
    {
        var places = Estimator.Localities("program-analyst", null, Mid2026);

        Assert.Equal(Data.Areas.Where(a => a.Percent is not null).Select(a => a.Id), places.Where(p => p.Priced == true).Select(p => p.Id));
        Assert.Equal(19, places.Count(p => p.Priced == true));
        Assert.All(places, p => Assert.Null(p.SpecialRateTable));
        Assert.All(places.Where(p => p.Priced == false), p => Assert.Contains("locality payment", p.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Localities_GradeOutsideTheRole_ThrowsNamingTheGrade()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Estimator.Localities("deportation-officer", PayGrade.Parse("GS-15"), Mid2026));

        Assert.Equal("grade", error.ParamName);
    }

    [Fact]
    public void Localities_GradeWithoutRole_Throws() =>
        Assert.Equal("grade", Assert.Throws<ArgumentException>(() => Estimator.Localities(null, PayGrade.Parse("GS-9"), Mid2026)).ParamName);

    [Fact]
    public void Localities_Json_HasIdNamePercentAndSpecialTable()
    {
        var places = Estimator.Localities("hsi-special-agent", null, Mid2026);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(places, IceCareersJsonContext.Default.IReadOnlyListPayLocality));
        var boston = json.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "boston-worcester-providence");

        Assert.Equal("Boston-Worcester-Providence, MA-RI-NH-CT-ME-VT", boston.GetProperty("name").GetString());
        Assert.Equal(32.58m, boston.GetProperty("percent").GetDecimal());
        Assert.Equal("L007", boston.GetProperty("specialRateTable").GetString());
        Assert.True(boston.GetProperty("priced").GetBoolean());
    }

    private static string Outcome(string role, string grade, string locality, DateOnly date) =>
        Estimator.TryEstimate(role, PayGrade.Parse(grade), 1, locality, date, out var estimate, out var error)
            ? string.Create(CultureInfo.InvariantCulture, $"{estimate.Locality} {estimate.AdjustedPay} {estimate.SpecialRateTable}")
            : error;
}
