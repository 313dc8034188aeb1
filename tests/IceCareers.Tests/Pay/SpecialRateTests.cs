using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;

namespace IceCareers.Tests.Pay;

/// <summary>
/// The 2026 law-enforcement special rate tables (L001-L059) against the estimator: every cell of every table read that a
/// covered role can be paid at, the series the tables cover, the date they take effect, and the refusal where an
/// area's table is not in the data.
/// </summary>
public sealed class SpecialRateTests
{
    private static readonly PayEstimator Estimator = new(CareerCatalog.Default);
    private static readonly DateOnly Mid2026 = new(2026, 6, 1);
    private static PayData Data => CareerCatalog.Default.PayData;

    public static TheoryData<string> LeoTables()
    {
        var data = new TheoryData<string>();
        foreach (var table in OfficialTables.LeoSpecialRateTables)
        {
            data.Add(table.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LeoTables))]
    public void Estimate_CoveredRoleEveryGradeAndStep_EqualsTheTableCell(string name)
    {
        var table = OfficialTables.LeoSpecialRateTables.Single(t => t.Name == name);
        var rate = Assert.Single(Data.SpecialRates, r => r.Table == name);
        var mismatches = new List<string>();
        var cells = 0;
        foreach (var roleId in new[] { "deportation-officer", "hsi-special-agent" })
        {
            var role = CareerCatalog.Default.GetRole(roleId);
            var (low, high) = PayEstimator.Ladder(role);
            for (var grade = low.Grade; grade <= high.Grade; grade++)
            {
                var payGrade = new PayGrade(grade is >= 3 and <= 10 ? PayPlan.GL : PayPlan.GS, grade);
                for (var step = 1; step <= 10; step++)
                {
                    var estimate = Estimator.Estimate(roleId, payGrade, step, rate.Area, Mid2026);
                    cells++;
                    if (estimate.AdjustedPay != table.Rows[grade][step - 1] || estimate.SpecialRateTable != name || estimate.LocalityPercent != table.Percent)
                    {
                        mismatches.Add($"{roleId} {payGrade} step {step}: {estimate.AdjustedPay} ({estimate.SpecialRateTable}), {name} prints {table.Rows[grade][step - 1]}");
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(150, cells); // deportation officer GL-5 to GS-12 (80 cells), special agent GL-7 to GS-13 (70)
    }

    [Theory]
    [MemberData(nameof(LeoTables))]
    public void SpecialRates_Data_MatchesWhatTheTablePrints(string name)
    {
        var table = OfficialTables.LeoSpecialRateTables.Single(t => t.Name == name);
        var rate = Assert.Single(Data.SpecialRates, r => r.Table == name);

        Assert.Equal(table.Percent, rate.Supplement);
        Assert.Equal(["1801", "1811"], rate.Series);
        Assert.Equal(new DateOnly(2026, 1, 11), rate.From);
        Assert.Equal(2026, rate.Year);
        Assert.Equal([$"opm-2026-{name.ToLowerInvariant()}"], rate.Sources);
    }

    [Fact]
    public void SpecialRateSet_2026_CoversL001ToL059AndListsEveryTableNotRead()
    {
        var set = Assert.Single(Data.SpecialRateSets);
        var read = Data.SpecialRates.Where(r => r.Year == 2026).Select(r => r.Table).ToHashSet();

        Assert.Equal(("L001", "L059", new DateOnly(2026, 1, 11)), (set.First, set.Last, set.From));
        Assert.Equal(["1801", "1811"], set.Series);
        var all = Enumerable.Range(1, 59).Select(n => $"L{n:000}").ToArray();
        Assert.Equal(all, all.Where(t => read.Contains(t) || set.NotRead.Contains(t)));
        Assert.Empty(set.NotRead.Intersect(read));
        Assert.Equal(55, set.NotRead.Count);
    }

    [Fact]
    public void Estimate_NonLeoSeriesInASpecialRateArea_GetsTheLocalityRate()
    {
        // 0343 (program analyst), 0132 (intelligence), 0340 (program manager): not listed on the tables.
        foreach (var (roleId, grade) in new[] { ("program-analyst", "GS-9"), ("intelligence-officer", "GS-11"), ("program-manager", "GS-13"), ("mission-support-specialist", "GS-9") })
        {
            var estimate = Estimator.Estimate(roleId, PayGrade.Parse(grade), 1, "boston-worcester-providence", Mid2026);

            Assert.Null(estimate.SpecialRateTable);
            Assert.Equal(32.58m, estimate.LocalityPercent);
            Assert.Equal(PayEstimator.Apply(estimate.BasePay, 32.58m), estimate.AdjustedPay);
        }
    }

    [Theory]
    [InlineData("2026-01-10", 2025, null)]   // before the first pay period of 2026: the 2025 figures
    [InlineData("2026-01-11", 2026, "L007")] // the tables take effect
    [InlineData("2026-01-01", 2025, null)]
    public void Estimate_AroundTheEffectiveDate_SpecialRateOnlyFromIt(string date, int year, string? table)
    {
        var asOf = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Boston", asOf);

        Assert.Equal(table, estimate.SpecialRateTable);
        Assert.Equal(Data.Schedule(PayPlan.GL, year)!.Rate(7, 1), estimate.BasePay);
        Assert.Equal(table is null ? PayEstimator.Apply(48371, 32.58m) : 66564, estimate.AdjustedPay);
    }

    [Fact]
    public void YearInForce_FirstDaysOf2026_Are2025()
    {
        Assert.Equal(2025, Data.YearInForce(new DateOnly(2026, 1, 10)));
        Assert.Equal(2026, Data.YearInForce(new DateOnly(2026, 1, 11)));
        Assert.Equal(2025, Data.YearInForce(new DateOnly(2025, 1, 1)));
        Assert.Equal(2026, Data.YearInForce(new DateOnly(2026, 12, 31)));
        Assert.Equal(2027, Data.YearInForce(new DateOnly(2027, 6, 1)));
    }

    [Theory]
    [InlineData("Houston")]
    [InlineData("new-york-newark")]
    [InlineData("Richmond, VA")]
    [InlineData("Chicago")]
    public void Estimate_CoveredOfficerWhereTheAreasTableIsMissing_IsRefusedNamingTheTable(string locality)
    {
        var area = Data.Area(Estimator.ResolveLocality(locality))!;
        foreach (var (role, grade) in new[] { ("deportation-officer", "GL-7"), ("hsi-special-agent", "GS-12") })
        {
            Assert.False(Estimator.TryEstimate(role, PayGrade.Parse(grade), 1, locality, Mid2026, out _, out var error));
            Assert.StartsWith($"OPM special rate table for the {area.Name} locality pay area (one of L001–L059) is not in the data", error, StringComparison.Ordinal);
        }

        // In 2025 the same officer is priced wherever the area's locality payment is known, and refused naming it otherwise.
        var before = Estimator.TryEstimate("deportation-officer", PayGrade.Parse("GL-7"), 1, locality, new DateOnly(2025, 6, 1), out var estimate, out var reason);
        Assert.Equal(area.Percent is not null, before);
        Assert.True(before ? estimate!.SpecialRateTable is null : reason!.Contains("locality payment", StringComparison.Ordinal));
    }

    [Fact]
    public void RateFor_SpecialTableAndLocality_TakesTheHigherAndNamesTheTable()
    {
        var role = CareerCatalog.Default.GetRole("deportation-officer");
        var boston = Data.Area("boston-worcester-providence")!;

        Assert.Equal(36.25m, PayEstimator.RateFor(Data, role, boston, 2026, Mid2026, out var special, out var error));
        Assert.Equal("L007", special!.Table);
        Assert.Null(error);
        Assert.Equal(32.58m, PayEstimator.RateFor(Data, role, boston, 2025, new DateOnly(2025, 6, 1), out special, out _));
        Assert.Null(special);
    }

    [Fact]
    public void RateFor_NoPercentNoTable_RefusesForTheLocality()
    {
        var analyst = CareerCatalog.Default.GetRole("program-analyst");

        Assert.Null(PayEstimator.RateFor(Data, analyst, Data.Area("seattle-tacoma")!, 2026, Mid2026, out var special, out var error));
        Assert.Null(special);
        Assert.Equal("locality", error!.ParamName);
    }
}
