using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Internal;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Pay;

/// <summary>
/// The pay rules one at a time, with facts and numbers: the year in force, the area and table predicates, the limits,
/// the choice between the locality and the special rate, and what each refusal names (the field and the missing fact).
/// </summary>
public sealed class PayRulesTests
{
    private static readonly PayEstimator Estimator = new(CareerCatalog.Default);
    private static readonly DateOnly Mid2025 = new(2025, 6, 1);
    private static readonly DateOnly Mid2026 = new(2026, 6, 1);
    private static PayData Data => CareerCatalog.Default.PayData;

    [Fact]
    public void YearInForce_TablesOfAYearStartingOnDifferentDays_TheEarliestStartDecides()
    {
        // The year's pay is in force from the earliest start among its tables.
        var rows = Frozen.List<IReadOnlyList<int>>([Frozen.List([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]);
        var data = new PayData([], [
            new PaySchedule(PayPlan.GS, 2026, 1, rows, [], null, new DateOnly(2026, 1, 4)),
            new PaySchedule(PayPlan.GL, 2026, 1, rows, [], null, new DateOnly(2026, 1, 11)),
        ], [], [], [], [], [], null, [], []);

        Assert.Equal(2025, data.YearInForce(new DateOnly(2026, 1, 3)));
        Assert.Equal(2026, data.YearInForce(new DateOnly(2026, 1, 5)));
        Assert.Equal(2026, data.YearInForce(new DateOnly(2026, 1, 11)));
    }

    [Fact]
    public void Cap_YearWithoutOne_IsNull()
    {
        Assert.Null(Data.Cap(2024));
        Assert.Equal(197200, Data.Cap(2026)!.Amount);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void HasGrade_GlTable_Grades3To10(int grade, bool has) => Assert.Equal(has, Data.Schedule(PayPlan.GL, 2026)!.HasGrade(grade));

    [Fact]
    public void PayCap_MissingLists_AreEmptyAndGivenListsKept()
    {
        var bare = new PayCap(2030, 1, ["a"]);
        var full = new PayCap(2030, 1, ["a"], 2, ["b"], ["c"]);

        Assert.Empty(bare.LevelVSourceIds);
        Assert.Empty(bare.PremiumLimitSourceIds);
        Assert.Equal(["b"], full.LevelVSourceIds);
        Assert.Equal(["c"], full.PremiumLimitSourceIds);
        Assert.Equal(["5-usc-5547"], Data.Cap(2026)!.PremiumLimitSourceIds);
        Assert.Equal(["fedtools-ex-2026"], Data.Cap(2026)!.LevelVSourceIds);
    }

    [Fact]
    public void LocalityArea_Predicates_IdNameAliasAndPercentForTheYear()
    {
        var area = new LocalityArea("Sample-Area, XX", 20m, [2026], ["s"], "sample-area", ["Old Name, XX"], LocalityArea.SalaryTableBasis);
        var bare = new LocalityArea("Bare, XX", null, [2026], ["s"], "bare");

        Assert.True(area.Matches(" SAMPLE-AREA "));
        Assert.True(area.Matches("sample-area, xx"));
        Assert.True(area.Matches("old name, xx"));
        Assert.False(area.Matches("sample"));
        Assert.True(area.HasPercent(2026));
        Assert.False(area.HasPercent(2025));
        Assert.False(bare.HasPercent(2026)); // a year without a percentage is not a percentage
        Assert.Empty(bare.OtherNames);
        Assert.Equal(["Old Name, XX"], area.OtherNames);
    }

    [Fact]
    public void SpecialRateSet_Covers_FromItsFirstDayAndOnlyItsSeries()
    {
        var set = Assert.Single(Data.SpecialRateSets);

        Assert.False(set.Covers("1811", new DateOnly(2026, 1, 10)));
        Assert.True(set.Covers("1811", new DateOnly(2026, 1, 11)));
        Assert.True(set.Covers("1801", Mid2026));
        Assert.False(set.Covers("0343", Mid2026));
        Assert.Equal("L001–L059", set.Range);
    }

    [Fact]
    public void SpecialRate_InForce_FromItsDate()
    {
        var rate = Data.SpecialRates.Single(r => r.Table == "L007");

        Assert.False(rate.InForce(new DateOnly(2026, 1, 10)));
        Assert.True(rate.InForce(new DateOnly(2026, 1, 11)));
        Assert.False(rate.InForce(new DateOnly(2025, 12, 31)));
        Assert.True(new SpecialRate("X", "A", 2026, 1m, ["1811"], []).InForce(new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData(197199L, 197199, false)]
    [InlineData(197200L, 197200, false)]
    [InlineData(197201L, 197200, true)]
    public void LimitTotal_PayCapEdge_OnlyAboveIsLowered(long uncapped, int expected, bool capped) =>
        Assert.Equal((expected, capped), PayEstimator.LimitTotal(uncapped, 197200));

    [Fact]
    public void PremiumLimit_DataWithoutAGsTable_IsTheCap() =>
        Assert.Equal(197200, PayEstimator.PremiumLimit(PayData.Empty, 2026, 20m, Data.Cap(2026)!));

    [Fact]
    public void RateFor_SpecialTableWhereTheLocalityPaymentIsUnknown_PaysTheTable()
    {
        // An area with a special rate table but no locality payment: the covered officer is paid from the table.
        var boston = Data.Area("boston-worcester-providence")! with { Percent = null, Years = [] };
        var officer = CareerCatalog.Default.GetRole("deportation-officer");

        Assert.Equal(36.25m, PayEstimator.RateFor(Data, officer, boston, 2026, Mid2026, out var special, out var error));
        Assert.Equal("L007", special!.Table);
        Assert.Null(error);
        Assert.Null(PayEstimator.RateFor(Data, CareerCatalog.Default.GetRole("program-analyst"), boston, 2026, Mid2026, out special, out error));
        Assert.Null(special);
        Assert.Equal("locality", error!.ParamName);
    }

    [Fact]
    public void Words_EachPremiumKind_NamesIt()
    {
        Assert.Contains("LEAP", PayEstimator.Words(PremiumKind.Leap), StringComparison.Ordinal);
        Assert.Contains("AUO", PayEstimator.Words(PremiumKind.Auo), StringComparison.Ordinal);
        Assert.Equal("premium pay", PayEstimator.Words(PremiumKind.None));
    }

    [Fact]
    public void WithoutParameter_RemovesOnlyTheRuntimesSuffix()
    {
        Assert.Equal("The step is wrong.", PayEstimator.WithoutParameter(new ArgumentException("The step is wrong.", "step")));
        Assert.Equal("No parameter here.", PayEstimator.WithoutParameter(new ArgumentException("No parameter here.")));
    }

    [Fact]
    public void Constructor_NullCatalog_Throws() => Assert.Throws<ArgumentNullException>(() => new PayEstimator(null!));

    [Fact]
    public void Years_Default_2025And2026InOrder() => Assert.Equal([2025, 2026], Estimator.Years);

    [Fact]
    public void KnownLocalityIds_Default_TheAreasIdsInDataOrder() =>
        Assert.Equal(Data.Areas.Select(a => a.Id), Estimator.KnownLocalityIds);

    [Fact]
    public void TryEstimate_NullRole_NamesTheKnownRoles()
    {
        Assert.False(Estimator.TryEstimate(null, PayGrade.Parse("GS-9"), 1, "richmond", Mid2026, out _, out var error));
        Assert.Contains("program-analyst", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GS-7")] // the grade the 2005 hiring notice and the eligibility report give
    [InlineData("GL-7")]
    [InlineData("GS-9")]
    public void TryEstimate_LegacyRole_RefusedAtTheRoleNamingItsSuccessor(string grade)
    {
        // An immigration enforcement agent is a title ICE no longer hires under (data/roles: status legacy, successor
        // deportation-officer): there is no pay of today for it, at any grade or place.
        var error = Assert.ThrowsAny<ArgumentException>(() => Estimator.Estimate("immigration-enforcement-agent", PayGrade.Parse(grade), 1, "boston", Mid2026));

        Assert.Equal("roleId", error.ParamName);
        Assert.Contains("'deportation-officer'", error.Message, StringComparison.Ordinal);
        Assert.False(Estimator.TryEstimate("immigration-enforcement-agent", PayGrade.Parse(grade), 1, "boston", Mid2026, out var estimate, out _));
        Assert.Null(estimate);
    }

    [Fact]
    public void Localities_LegacyRole_RefusedRatherThanEveryPlaceRefused()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Estimator.Localities("immigration-enforcement-agent", null, Mid2026));

        Assert.Equal("roleId", error.ParamName);
    }

    [Theory]
    [InlineData("program-analyst", "GS-9", 0, "1 to 10")]
    [InlineData("deportation-officer", "GS-13", 1, "GL-5 to GS-12")]
    [InlineData("program-analyst", "GL-9", 1, "GS-9")]
    [InlineData("deportation-officer", "GS-7", 1, "GL-7")]
    [InlineData("hsi-special-agent", "GL-11", 1, "GL-3 to GL-10")]
    public void Estimate_BadGradeOrStep_MessageNamesWhatIsAllowed(string role, string grade, int step, string allowed)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Estimator.Estimate(role, PayGrade.Parse(grade), step, "richmond", Mid2026));

        Assert.Contains(allowed, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_DateWithoutTables_NamesTheYearsThatHaveThem()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "richmond", new DateOnly(2027, 3, 1)));

        Assert.Equal("asOf", error.ParamName);
        Assert.Contains("2027", error.Message, StringComparison.Ordinal);
        Assert.Contains("GS tables: 2025, 2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_EmptyLocality_SaysItIsEmpty()
    {
        Assert.False(Estimator.TryEstimate("program-analyst", PayGrade.Parse("GS-9"), 1, "  ", Mid2026, out _, out var error));
        Assert.Contains("empty", error, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality(null!)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveLocality_Unknown_GivesExampleIdsAndACity()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality("Atlantis"));

        Assert.Contains("rest-of-us, alaska, albany-schenectady, Atlanta", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveLocality_Ambiguous_NamesTheCandidates()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality("Port"));

        Assert.Contains("several", error.Message, StringComparison.Ordinal);
        Assert.Contains("Portland-Vancouver-Salem, OR-WA", error.Message, StringComparison.Ordinal);
        Assert.Contains("Miami-Port St. Lucie-Fort Lauderdale, FL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_SpecialRate_NoteNamesTheTableAreaSeriesAndDate()
    {
        var estimate = Estimator.Estimate("hsi-special-agent", PayGrade.Parse("GL-7"), 1, "albany", Mid2026);
        var note = Assert.Single(estimate.Notes, n => n.StartsWith("Paid from OPM special rate table", StringComparison.Ordinal));

        Assert.Contains("L002", note, StringComparison.Ordinal);
        Assert.Contains("Albany-Schenectady, NY-MA", note, StringComparison.Ordinal);
        Assert.Contains("1811", note, StringComparison.Ordinal);
        Assert.Contains("2026-01-11", note, StringComparison.Ordinal);
        Assert.Contains("24.12%", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_PercentDerivedFromASupplement_NoteSaysSoOnlyThen()
    {
        var derived = Estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "boston", Mid2026);
        var printed = Estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "richmond", Mid2026);

        Assert.Contains(derived.Notes, n => n.Contains("32.58%", StringComparison.Ordinal) && n.Contains("1.0277", StringComparison.Ordinal));
        Assert.DoesNotContain(printed.Notes, n => n.Contains("1.0277", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_LocalityRateAtTheCap_NotesAndSourcesTheCap()
    {
        var capped = Estimator.Estimate("program-manager", PayGrade.Parse("GS-14"), 10, "san-jose-san-francisco-oakland", Mid2026);
        var under = Estimator.Estimate("program-manager", PayGrade.Parse("GS-14"), 1, "san-jose-san-francisco-oakland", Mid2026);

        Assert.Equal(197200, capped.AdjustedPay);
        Assert.Contains(capped.Notes, n => n.Contains("locality rate is limited", StringComparison.Ordinal) && n.Contains("$197,200", StringComparison.Ordinal));
        Assert.Contains("opm-2026-sd", capped.Sources);
        Assert.DoesNotContain("opm-2026-sd", under.Sources);
        Assert.DoesNotContain(under.Notes, n => n.Contains("level IV", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_PremiumLimit2025_LevelVNotInTheDataAndTheLocalityRate()
    {
        // New York 2025: GS-13 step 10 is 117,034 x 1.3795 = 161,448; + 25% LEAP = 201,810, above GS-15 step 10 there
        // (162,672 x 1.3795 = 224,406, limited to level IV: 195,200).
        var estimate = Estimator.Estimate("hsi-special-agent", PayGrade.Parse("GS-13"), 10, "new-york-newark", Mid2025);
        var note = Assert.Single(estimate.Notes, n => n.Contains("5547(a)", StringComparison.Ordinal));

        Assert.Equal(161448, estimate.AdjustedPay);
        Assert.Equal(195200, estimate.TotalMax);
        Assert.True(estimate.PremiumCapped);
        Assert.Contains("not in the data for 2025", note, StringComparison.Ordinal);
        Assert.Contains("locality rate", note, StringComparison.Ordinal);
        Assert.Contains("availability pay (LEAP)", note, StringComparison.Ordinal);
        Assert.Contains("$201,810", note, StringComparison.Ordinal);
        Assert.Equal(["opm-2025-gs", "opm-2025-ny", "5-usc-5545a", "5-usc-5547"], estimate.Sources);
    }

    [Fact]
    public void Estimate_PremiumLimit2026_SpecialRateAndLevelVBelowIt()
    {
        var estimate = Estimator.Estimate("hsi-special-agent", PayGrade.Parse("GS-13"), 10, "san-jose-san-francisco-oakland", Mid2026);
        var note = Assert.Single(estimate.Notes, n => n.Contains("5547(a)", StringComparison.Ordinal));

        Assert.Contains("special rate", note, StringComparison.Ordinal);
        Assert.Contains("$184,900", note, StringComparison.Ordinal);
        Assert.DoesNotContain("fedtools-ex-2026", estimate.Sources); // level V does not set the limit here
    }

    [Fact]
    public void Estimate_GlGrade_NotesTheDerivedGlTableOnlyForGl()
    {
        Assert.Contains(Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "boston", Mid2026).Notes, n => n.Contains("GL base table was not found", StringComparison.Ordinal));
        Assert.DoesNotContain(Estimator.Estimate("deportation-officer", PayGrade.Parse("GS-11"), 1, "boston", Mid2026).Notes, n => n.Contains("GL base table", StringComparison.Ordinal));
    }

    [Fact]
    public void Localities_HsiRole_ListsNoEroFieldOffices()
    {
        Assert.All(Estimator.Localities("hsi-special-agent", null, Mid2026), p => Assert.Empty(p.FieldOffices));
        Assert.Contains(Estimator.Localities("deportation-officer", null, Mid2026), p => p.FieldOffices.Count > 0);
    }

    [Fact]
    public void Localities_GradeWithoutRole_MessageNamesTheRole() =>
        Assert.Contains("role", Assert.Throws<ArgumentException>(() => Estimator.Localities(null, PayGrade.Parse("GS-9"), Mid2026)).Message, StringComparison.Ordinal);

    [Fact]
    public void Estimate_FieldOfficeWhoseAreaIsNotInTheData_NamesTheOffice()
    {
        using var copy = new DataCopy();
        copy.Replace("pay/duty-stations.yaml", "    city: Harlingen\n    area: rest-of-us\n", "    city: Harlingen\n");
        copy.Replace("pay/duty-stations.yaml", "    city: Chicago\n    area: chicago-naperville\n", "    city: Chicago\n");
        var estimator = new PayEstimator(CareerCatalog.LoadDirectory(copy.Root));

        var error = Assert.Throws<ArgumentException>(() => estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "Harlingen", Mid2026));
        var both = Assert.Throws<ArgumentException>(() => estimator.ResolveLocality("Chicago"));

        Assert.Equal("locality", error.ParamName);
        Assert.Contains("ERO Harlingen Field Office (Harlingen)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Chicago-Naperville, IL-IN-WI; (ERO Chicago Field Office)", both.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_CatalogWithoutPayData_SaysSo()
    {
        using var copy = new DataCopy();
        Directory.Delete(copy.PathOf("pay"), recursive: true);

        var error = Assert.ThrowsAny<ArgumentException>(() => new PayEstimator(CareerCatalog.LoadDirectory(copy.Root)).Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "richmond", new DateOnly(2026, 1, 15)));

        Assert.Contains("pay", error.Message, StringComparison.Ordinal);
    }
}
