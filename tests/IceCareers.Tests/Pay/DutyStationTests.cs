using IceCareers.Pay;
using IceCareers.Roles;

namespace IceCareers.Tests.Pay;

/// <summary>ICE field offices (the pay data's duty stations) as localities: their cities resolve to their locality pay areas.</summary>
public sealed class DutyStationTests
{
    private static readonly PayEstimator Estimator = new(CareerCatalog.Default);
    private static readonly DateOnly Mid2025 = new(2025, 6, 1);
    private static readonly DateOnly Mid2026 = new(2026, 6, 1);

    public static TheoryData<string> Cities()
    {
        var data = new TheoryData<string>();
        foreach (var station in Estimator.DutyStations)
        {
            data.Add(station.City);
        }

        return data;
    }

    [Fact]
    public void DutyStations_Default_ListTheTwentyFiveEroFieldOffices()
    {
        var stations = Estimator.DutyStations;

        // 25 FOD locations in 2023-2025 announcements (ICE's careers FAQ says 24): the 24 of announcement 551490600 and Harlingen.
        Assert.Equal(25, stations.Count);
        Assert.All(stations, s => Assert.Equal(Directorate.EnforcementAndRemovalOperations, s.Directorate));
        Assert.Equal(24, stations.Count(s => s.Sources.Contains("usajobs-551490600")));
        Assert.Contains("ice-ero-harlingen-2022", Assert.Single(stations, s => s.City == "Harlingen").Sources);
        Assert.Equal(stations.Count, stations.Select(s => s.City).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var chicago = Assert.Single(stations, s => s.City == "Chicago");
        Assert.Equal("Chicago-Naperville, IL-IN-WI", chicago.LocalityArea);
        Assert.Equal("chicago-naperville", chicago.LocalityAreaId);
        Assert.Equal("ERO Chicago Field Office", chicago.Office);
    }

    [Fact]
    public void DutyStations_Every_HasALocalityPayAreaOfTheData()
    {
        var data = CareerCatalog.Default.PayData;
        foreach (var station in Estimator.DutyStations)
        {
            Assert.NotNull(station.LocalityArea);
            Assert.Equal(station.LocalityArea, data.Area(station.LocalityAreaId!)!.Name);
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
    [InlineData("Detroit", "Detroit-Warren-Ann Arbor, MI")]
    [InlineData("Philadelphia", "Philadelphia-Reading-Camden, PA-NJ-DE-MD")]
    [InlineData("Seattle", "Seattle-Tacoma, WA")]
    [InlineData("Saint Paul", "Minneapolis-St. Paul, MN-WI")]
    // No named area under 5 CFR 531.603 as amended for 2024: the Rest of U.S. area.
    [InlineData("El Paso", "Rest of U.S.")]
    [InlineData("New Orleans", "Rest of U.S.")]
    [InlineData("Salt Lake City", "Rest of U.S.")]
    [InlineData("Harlingen", "Rest of U.S.")]
    public void ResolveLocality_FieldOfficeCity_ReturnsItsArea(string city, string expected) =>
        Assert.Equal(expected, Estimator.ResolveLocality(city));

    [Fact]
    public void ResolveLocality_PartOfSeveralCities_ListsThemAll()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality("San "));

        Assert.Contains("several", error.Message, StringComparison.Ordinal);
        Assert.Contains("San Antonio-New Braunfels-Pearsall, TX", error.Message, StringComparison.Ordinal);
        Assert.Contains("San Diego-Chula Vista-Carlsbad, CA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveLocality_Unknown_NamesWhatIsAccepted()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality("Atlantis"));

        Assert.Contains("Unknown locality 'Atlantis'", error.Message, StringComparison.Ordinal);
        Assert.Contains("field office", error.Message, StringComparison.Ordinal);
        Assert.Contains("rest-of-us", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Cities))]
    public void Estimate_EveryFieldOffice_IsPricedOrRefusedNamingTheMissingFact(string city)
    {
        var station = Estimator.DutyStations.Single(s => s.City == city);
        foreach (var date in new[] { Mid2025, Mid2026 })
        {
            foreach (var (role, grade) in new[] { ("deportation-officer", "GL-7"), ("program-analyst", "GS-9") })
            {
                if (Estimator.TryEstimate(role, PayGrade.Parse(grade), 1, city, date, out var estimate, out var error))
                {
                    Assert.Equal(station.LocalityArea, estimate.Locality);
                    Assert.True(estimate.AdjustedPay > estimate.BasePay);
                    Assert.Contains(estimate.Notes, n => n.Contains(station.Office, StringComparison.Ordinal));
                    continue;
                }

                // The refusal names the area and what is missing: its locality payment or (for a covered officer in
                // 2026) its OPM special rate table.
                Assert.Contains(station.LocalityArea!, error, StringComparison.Ordinal);
                Assert.True(
                    error.Contains("L001–L059", StringComparison.Ordinal) || error.Contains("locality payment", StringComparison.Ordinal),
                    $"{city} {role} {date}: {error}");
            }
        }
    }

    [Fact]
    public void Estimate_CityWhoseAreaHasNoPercentage_ThrowsSayingSo()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Chicago", Mid2025));

        Assert.Equal("locality", error.ParamName);
        Assert.Contains("OPM's locality payment for the Chicago-Naperville, IL-IN-WI locality pay area in 2025 is not in the data", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not guess", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_FieldOfficeCity_EqualsTheEstimateForItsArea()
    {
        var byCity = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Newark", Mid2025);
        var byArea = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "New York-Newark, NY-NJ-CT-PA", Mid2025);
        var byId = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "new-york-newark", Mid2025);

        Assert.Equal("New York-Newark, NY-NJ-CT-PA", byCity.Locality);
        Assert.Equal(byArea.AdjustedPay, byCity.AdjustedPay);
        Assert.Equal(byId.AdjustedPay, byCity.AdjustedPay);
        Assert.Equal(37.95m, byCity.LocalityPercent);
        Assert.Equal(PayEstimator.Apply(byCity.BasePay, 37.95m), byCity.AdjustedPay);
    }

    [Fact]
    public void Estimate_FieldOfficeNote_NamesTheOfficeAndAreaButNoDataFile()
    {
        var estimate = Estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "Newark", Mid2026);

        Assert.Contains("The ERO Newark Field Office (Newark) is in the New York-Newark, NY-NJ-CT-PA locality pay area.", estimate.Notes);
        Assert.DoesNotContain(estimate.Notes, n => n.Contains("data/", StringComparison.Ordinal) || n.Contains(".yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_SanDiegoFieldOffice2026_MatchesOpmsTableCell()
    {
        // Salary Table 2026-SD prints GS-12 step 1 as 102246 (source opm-2026-sd).
        var estimate = Estimator.Estimate("program-analyst", PayGrade.Parse("GS-12"), 1, "San Diego", Mid2026);

        Assert.Equal(102246, estimate.AdjustedPay);
        Assert.Contains("opm-2026-sd", estimate.Sources);
    }

    [Theory]
    // Salary Table 2025-MFL (LEO) prints GL-7 step 1 as 60304, GL-9 step 1 as 67253 and GS-12 step 1 as 94383
    // (source opm-2025-mfl-leo).
    [InlineData("GL-7", 60304)]
    [InlineData("GL-9", 67253)]
    [InlineData("GS-12", 94383)]
    public void Estimate_MiamiFieldOffice2025_MatchesOpmsLeoTableCell(string grade, int expected)
    {
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse(grade), 1, "Miami", Mid2025);

        Assert.Equal("Miami-Port St. Lucie-Fort Lauderdale, FL", estimate.Locality);
        Assert.Equal(24.67m, estimate.LocalityPercent);
        Assert.Equal(expected, estimate.AdjustedPay);
        Assert.Contains("opm-2025-mfl-leo", estimate.Sources);
    }

    [Fact]
    public void Estimate_HoustonFieldOffice_2025LocalityRate_2026RefusedForACoveredOfficer()
    {
        // 2026-HOU (LEO) is the locality table (35.00%); a covered officer's 2026 pay there is Houston's L-table rate,
        // which is not in the data. A program analyst is paid the locality rate.
        var officer2025 = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "houston", Mid2025);
        Assert.Equal(35.00m, officer2025.LocalityPercent);
        Assert.Equal(PayEstimator.Apply(48371, 35.00m), officer2025.AdjustedPay);

        var error = Assert.Throws<ArgumentException>(() => Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "houston", Mid2026));
        Assert.Contains("Houston-The Woodlands, TX locality pay area (one of L001–L059)", error.Message, StringComparison.Ordinal);

        var analyst = Estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "houston", Mid2026);
        Assert.Equal(PayEstimator.Apply(52727, 35.00m), analyst.AdjustedPay);
        Assert.Contains("opm-2026-hou-leo", analyst.Sources);
    }

    [Fact]
    public void Estimate_DallasFieldOffice2026_AppliesTheLocalityPaymentOpmStatesToNonLeoRoles()
    {
        var estimate = Estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "Dallas", Mid2026);

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
        Assert.Contains("opm-2026-l007", estimate.Sources);
        Assert.DoesNotContain("opm-2026-l136", estimate.Sources); // the authorization's notes are not what the figure rests on
        Assert.DoesNotContain("opm-2026-l089", estimate.Sources);
    }

    [Theory]
    [InlineData("Cincinnati-Wilmington-Maysville, OH-KY-IN", 21.93, "salary-table")]
    [InlineData("Charlotte-Concord, NC-SC", 19.67, "salary-table")]
    [InlineData("Phoenix-Mesa, AZ", 22.45, "salary-table")]
    [InlineData("San Diego-Chula Vista-Carlsbad, CA", 33.72, "salary-table")]
    [InlineData("Miami-Port St. Lucie-Fort Lauderdale, FL", 24.67, "salary-table")]
    [InlineData("Houston-The Woodlands, TX", 35.00, "salary-table")]
    [InlineData("Dallas-Fort Worth, TX-OK", 27.26, "salary-table")]
    [InlineData("New York-Newark, NY-NJ-CT-PA", 37.95, "salary-table")]
    [InlineData("Dayton-Springfield-Kettering, OH", 21.42, "salary-table")]
    [InlineData("Albany-Schenectady, NY-MA", 20.77, "special-rate-supplement")]
    [InlineData("Boston-Worcester-Providence, MA-RI-NH-CT-ME-VT", 32.58, "special-rate-supplement")]
    [InlineData("San Jose-San Francisco-Oakland, CA", 46.34, "special-rate-supplement")]
    public void Localities_2025Percent_HoldsIn2026WithItsBasis(string area, double percent, string basis)
    {
        var data = CareerCatalog.Default.PayData.Area(area)!;

        Assert.Equal((decimal)percent, data.Percent);
        Assert.Equal([2025, 2026], data.Years);
        Assert.Equal(basis, data.Basis);
        Assert.DoesNotContain(data.Sources, s => s.StartsWith("factually", StringComparison.Ordinal));
    }
}
