using IceCareers.Pay;
using IceCareers.Roles;

namespace IceCareers.Tests.Pay;

/// <summary>ICE field offices (data/pay/duty-stations.yaml) as localities: their cities resolve to their locality pay areas.</summary>
public sealed class DutyStationTests
{
    private static readonly PayEstimator Estimator = new(CareerCatalog.Default);
    private static readonly DateOnly Mid2026 = new(2026, 6, 1);

    [Fact]
    public void DutyStations_Default_ListTheErofieldOfficesOfTheAnnouncement()
    {
        var stations = Estimator.DutyStations;

        Assert.Equal(24, stations.Count);
        Assert.All(stations, s => Assert.Equal(Directorate.EnforcementAndRemovalOperations, s.Directorate));
        Assert.All(stations, s => Assert.Contains("usajobs-551490600", s.Sources));
        Assert.Equal(stations.Count, stations.Select(s => s.City).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var chicago = Assert.Single(stations, s => s.City == "Chicago");
        Assert.Equal("Chicago-Naperville, IL-IN-WI", chicago.LocalityArea);
        Assert.Equal("ERO Chicago Field Office", chicago.Office);
    }

    [Fact]
    public void DutyStations_EveryArea_IsALocalityPayAreaOfTheData()
    {
        var areas = Estimator.KnownLocalities;
        foreach (var station in Estimator.DutyStations.Where(s => s.LocalityArea is not null))
        {
            Assert.Contains(station.LocalityArea, areas);
        }
    }

    [Theory]
    [InlineData("Newark", "New York-Newark, NY-NJ-CT-PA")]
    [InlineData("new york", "New York-Newark, NY-NJ-CT-PA")]
    [InlineData("CHICAGO", "Chicago-Naperville, IL-IN-WI")]
    [InlineData("Baltimore", "Washington-Baltimore-Arlington, DC-MD-VA-WV-PA")]
    [InlineData("Washington", "Washington-Baltimore-Arlington, DC-MD-VA-WV-PA")]
    [InlineData(" San Antonio ", "San Antonio-New Braunfels-Pearsall, TX")]
    [InlineData("San Francisco", "San Jose-San Francisco-Oakland, CA")]
    [InlineData("Los Angeles", "Los Angeles-Long Beach, CA")]
    [InlineData("Boston", "Boston-Worcester-Providence, MA-RI-NH-CT-ME-VT")]
    [InlineData("Houston", "Houston-The Woodlands, TX")]
    [InlineData("Phoenix", "Phoenix-Mesa, AZ")]
    [InlineData("san diego", "San Diego-Chula Vista-Carlsbad, CA")]
    [InlineData("Miami", "Miami-Port St. Lucie-Fort Lauderdale, FL")]
    [InlineData("Dallas", "Dallas-Fort Worth, TX-OK")]
    public void ResolveLocality_FieldOfficeCity_ReturnsItsArea(string city, string expected) =>
        Assert.Equal(expected, Estimator.ResolveLocality(city));

    [Fact]
    public void ResolveLocality_FieldOfficeWithoutAreaInTheData_ThrowsNamingTheOffice()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality("detroit"));

        Assert.Equal("locality", error.ParamName);
        Assert.Contains("ERO Detroit Field Office", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not define", error.Message, StringComparison.Ordinal);
        Assert.Contains("Chicago", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveLocality_PartOfSeveralCities_ListsThemAll()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality("San "));

        Assert.Contains("several", error.Message, StringComparison.Ordinal);
        Assert.Contains("San Antonio-New Braunfels-Pearsall, TX", error.Message, StringComparison.Ordinal);
        Assert.Contains("San Diego-Chula Vista-Carlsbad, CA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveLocality_Unknown_NamesTheAreasAndTheFieldOfficeCities()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality("Springfield"));

        Assert.Contains("Unknown locality 'Springfield'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ICE field-office cities: Atlanta;", error.Message, StringComparison.Ordinal);
        Assert.Contains("Rest of U.S.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_CityWhoseAreaHasNoPercentage_ThrowsSayingSo()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Chicago", Mid2026));

        Assert.Equal("locality", error.ParamName);
        Assert.Contains("no locality payment (percentage) for Chicago-Naperville, IL-IN-WI in 2026", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not guess", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_FieldOfficeCity_EqualsTheEstimateForItsArea()
    {
        var byCity = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Newark", Mid2026);
        var byArea = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "New York-Newark, NY-NJ-CT-PA", Mid2026);

        Assert.Equal("New York-Newark, NY-NJ-CT-PA", byCity.Locality);
        Assert.Equal(byArea.AdjustedPay, byCity.AdjustedPay);
        Assert.Equal(37.95m, byCity.LocalityPercent);
        Assert.Equal(PayEstimator.Apply(byCity.BasePay, 37.95m), byCity.AdjustedPay);
    }

    [Fact]
    public void Estimate_SanDiegoFieldOffice2026_MatchesOpmsTableCell()
    {
        // Salary Table 2026-SD prints GS-12 step 1 as 102246 (data/pay/sources.yaml: opm-2026-sd).
        var estimate = Estimator.Estimate("program-analyst", PayGrade.Parse("GS-12"), 1, "San Diego", Mid2026);

        Assert.Equal(102246, estimate.AdjustedPay);
        Assert.Contains("opm-2026-sd", estimate.Sources);
    }

    [Theory]
    // Salary Table 2025-MFL (LEO) prints GL-7 step 1 as 60304, GL-9 step 1 as 67253 and GS-12 step 1 as 94383
    // (data/pay/sources.yaml: opm-2025-mfl-leo).
    [InlineData("GL-7", 60304)]
    [InlineData("GL-9", 67253)]
    [InlineData("GS-12", 94383)]
    public void Estimate_MiamiFieldOffice2025_MatchesOpmsLeoTableCell(string grade, int expected)
    {
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse(grade), 1, "Miami", new DateOnly(2025, 6, 1));

        Assert.Equal("Miami-Port St. Lucie-Fort Lauderdale, FL", estimate.Locality);
        Assert.Equal(24.67m, estimate.LocalityPercent);
        Assert.Equal(expected, estimate.AdjustedPay);
        Assert.Contains("opm-2025-mfl-leo", estimate.Sources);
    }

    [Fact]
    public void Estimate_HoustonFieldOffice2026_MatchesOpmsHourlyLeoTableCell()
    {
        // Salary Table 2026-HOU (LEO) prints the GL-7 step 1 hourly basic rate as 31.60 (annual rate / 2,087, to the cent).
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "houston", Mid2026);

        Assert.Equal(35.00m, estimate.LocalityPercent);
        Assert.Equal(31.60m, Math.Round(estimate.AdjustedPay / 2087m, 2, MidpointRounding.AwayFromZero));
        Assert.Contains("opm-2026-hou-leo", estimate.Sources);
    }

    [Fact]
    public void Estimate_DallasFieldOffice2026_AppliesTheLocalityPaymentOpmStates()
    {
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Dallas", Mid2026);

        Assert.Equal("Dallas-Fort Worth, TX-OK", estimate.Locality);
        Assert.Equal(27.26m, estimate.LocalityPercent);
        Assert.Equal(PayEstimator.Apply(estimate.BasePay, 27.26m), estimate.AdjustedPay);
        Assert.Contains("opm-2026-dfw-gw", estimate.Sources);
    }

    [Fact]
    public void Estimate_BostonFieldOffice2026_PaysTheL007SpecialRate()
    {
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Boston", Mid2026);

        Assert.Equal("L007", estimate.SpecialRateTable);
        Assert.Equal(36.25m, estimate.LocalityPercent);
        Assert.Equal(PayEstimator.Apply(estimate.BasePay, 36.25m), estimate.AdjustedPay);
    }

    [Theory]
    [InlineData("Cincinnati-Wilmington-Maysville, OH-KY-IN", 21.93)]
    [InlineData("Charlotte-Concord, NC-SC", 19.67)]
    [InlineData("Phoenix-Mesa, AZ", 22.45)]
    [InlineData("San Diego-Chula Vista-Carlsbad, CA", 33.72)]
    [InlineData("Miami-Port St. Lucie-Fort Lauderdale, FL", 24.67)]
    [InlineData("Houston-The Woodlands, TX", 35.00)]
    [InlineData("Dallas-Fort Worth, TX-OK", 27.26)]
    public void Localities_2025Tables_HoldTheirPercentIn2026(string area, double percent)
    {
        var data = CareerCatalog.Default.PayData.Areas.Single(a => a.Name == area);

        Assert.Equal((decimal)percent, data.Percent);
        Assert.Equal([2025, 2026], data.Years);
        Assert.Contains("factually-2026-gs", data.Sources);
    }
}
