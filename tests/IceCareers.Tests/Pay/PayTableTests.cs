using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;

namespace IceCareers.Tests.Pay;

/// <summary>The pay tables in data/pay/ against OPM's own tables: every cell of every official table the data can reproduce.</summary>
public sealed class PayTableTests
{
    private static PayData Data => CareerCatalog.Default.PayData;

    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (var table in OfficialTables.All)
        {
            data.Add(table.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void BaseTables_TimesTheTablePercent_ReproduceEveryCellOfTheOfficialTable(string name)
    {
        var table = OfficialTables.All.Single(t => t.Name == name);
        var cap = Data.Cap(table.Year)!.Amount;
        var mismatches = new List<string>();
        foreach (var (grade, row) in table.Rows)
        {
            var plan = table.LeoBase && grade is >= 3 and <= 10 ? PayPlan.GL : PayPlan.GS;
            var schedule = Data.Schedule(plan, table.Year)!;
            for (var step = 1; step <= 10; step++)
            {
                var computed = Math.Min(PayEstimator.Apply(schedule.Rate(grade, step), table.Percent), cap);
                if (computed != row[step - 1])
                {
                    mismatches.Add($"{plan}-{grade} step {step}: computed {computed}, {table.Name} prints {row[step - 1]}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, table.Source + "\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void GsTable2026_Grades3To15_FollowOpmsRuleFromThe2025Table()
    {
        // Step 1 = 2025 step 1 x 1.01 rounded to the dollar; each further step adds step 1 / 30, rounded (the within-grade
        // amount OPM prints). Grades 1 and 2 have irregular steps and are not derived.
        var before = Data.Schedule(PayPlan.GS, 2025)!;
        var after = Data.Schedule(PayPlan.GS, 2026)!;
        for (var grade = 3; grade <= 15; grade++)
        {
            var step1 = (int)Math.Round(before.Rate(grade, 1) * 1.01m, MidpointRounding.AwayFromZero);
            var increment = (int)Math.Round(step1 / 30m, MidpointRounding.AwayFromZero);
            for (var step = 1; step <= 10; step++)
            {
                Assert.Equal(step1 + ((step - 1) * increment), after.Rate(grade, step));
            }
        }
    }

    [Theory]
    [InlineData(2025, 3)]
    [InlineData(2025, 15)]
    [InlineData(2026, 3)]
    [InlineData(2026, 15)]
    public void GsTables_EachStep_AddsAThirtiethOfStep1(int year, int grade)
    {
        var schedule = Data.Schedule(PayPlan.GS, year)!;
        var increment = (int)Math.Round(schedule.Rate(grade, 1) / 30m, MidpointRounding.AwayFromZero);

        Assert.All(Enumerable.Range(2, 9), step => Assert.Equal(increment, schedule.Rate(grade, step) - schedule.Rate(grade, step - 1)));
    }

    [Theory]
    // Spot values of facts.md section 10.4 (Salary Table 2026-GS and 2025-GS as restated in public repositories).
    [InlineData(2026, 1, 22584)]
    [InlineData(2026, 9, 52727)]
    [InlineData(2026, 12, 76463)]
    [InlineData(2025, 1, 22360)]
    [InlineData(2025, 12, 75706)]
    public void GsTables_Step1_MatchesPublishedSpotValues(int year, int grade, int expected) =>
        Assert.Equal(expected, Data.Schedule(PayPlan.GS, year)!.Rate(grade, 1));

    [Fact]
    public void GlTables_CoverGrades3To10Only() =>
        Assert.All(Data.Schedules.Where(s => s.Plan == PayPlan.GL), s => Assert.Equal((3, 10), (s.FirstGrade, s.LastGrade)));

    [Theory]
    [InlineData(2025, 195200)]
    [InlineData(2026, 197200)]
    public void Caps_ExecutiveScheduleLevelIV_AsPrintedOnOpmTables(int year, int amount) => Assert.Equal(amount, Data.Cap(year)!.Amount);

    [Fact]
    public void SpecialRates_OnlyTablesL001ToL059_WhichCoverLawEnforcementOfficers() =>
        Assert.All(Data.SpecialRates, r => Assert.InRange(int.Parse(r.Table[1..], System.Globalization.CultureInfo.InvariantCulture), 1, 59));

    [Fact]
    public void PayData_EverySourceId_Resolves()
    {
        var known = CareerCatalog.Default.Sources.Select(s => s.Id).Concat(Data.Sources.Select(s => s.Id)).ToHashSet();
        var cited = Data.Schedules.SelectMany(s => s.Sources)
            .Concat(Data.Caps.SelectMany(c => c.Sources))
            .Concat(Data.Areas.SelectMany(a => a.Sources))
            .Concat(Data.SpecialRates.SelectMany(r => r.Sources))
            .Concat(Data.Premiums.SelectMany(p => p.Sources))
            .Concat(Data.Incentives.SelectMany(i => i.Sources));

        Assert.All(cited, id => Assert.Contains(id, known));
    }
}
