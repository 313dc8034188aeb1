using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;

namespace IceCareers.Tests.Pay;

/// <summary>
/// OPM tables printed as hourly rates, against the pay data: hourly basic rate = annual locality rate / 2,087, rounded to
/// the nearest cent with half a cent rounding up (5 CFR 531.607; OPM fact sheet "Computing Hourly Rates of Pay Using the
/// 2,087-Hour Divisor", http://www.opm.gov/oca/pay/HTML/2087_divisor.asp).
/// </summary>
public sealed class HourlyTableTests
{
    private static PayData Data => CareerCatalog.Default.PayData;

    /// <summary>
    /// OPM, Salary Table 2026-HOU (LEO), hourly basic (B) rates at grades 1-9 as printed (opm.gov page text; its address was
    /// not recorded): "Incorporating the 1% General Schedule Increase and a Locality Payment of 35.00% For the Locality Pay
    /// Area of Houston-The Woodlands, TX".
    /// </summary>
    private static readonly Dictionary<int, decimal[]> Houston2026LeoHourly = new()
    {
        [1] = [14.61m, 15.10m, 15.58m, 16.07m, 16.55m, 16.84m, 17.32m, 17.80m, 17.82m, 18.27m],
        [2] = [16.43m, 16.82m, 17.36m, 17.82m, 18.02m, 18.55m, 19.08m, 19.61m, 20.14m, 20.67m],
        [3] = [21.51m, 22.11m, 22.70m, 23.30m, 23.90m, 24.50m, 25.10m, 25.69m, 26.29m, 26.89m],
        [4] = [24.14m, 24.82m, 25.49m, 26.16m, 26.83m, 27.50m, 28.17m, 28.84m, 29.51m, 30.18m],
        [5] = [27.76m, 28.51m, 29.26m, 30.01m, 30.76m, 31.51m, 32.26m, 33.02m, 33.77m, 34.52m],
        [6] = [29.27m, 30.11m, 30.95m, 31.78m, 32.62m, 33.46m, 34.29m, 35.13m, 35.97m, 36.80m],
        [7] = [31.60m, 32.53m, 33.46m, 34.39m, 35.32m, 36.25m, 37.18m, 38.11m, 39.04m, 39.97m],
        [8] = [32.94m, 33.97m, 35.00m, 36.03m, 37.05m, 38.08m, 39.11m, 40.14m, 41.17m, 42.20m],
        [9] = [35.24m, 36.38m, 37.52m, 38.66m, 39.79m, 40.93m, 42.07m, 43.20m, 44.34m, 45.48m],
    };

    [Fact]
    public void HoustonArea2026_DataPercentTimesLeoBase_ReproducesEveryHourlyCellOfTheOfficialTable()
    {
        var area = Data.Areas.Single(a => a.Name == "Houston-The Woodlands, TX");
        Assert.Equal(35.00m, area.Percent);
        Assert.Contains(2026, area.Years);
        Assert.Contains("opm-2026-hou-leo", area.Sources);

        var cap = Data.Cap(2026)!.Amount;
        var mismatches = new List<string>();
        foreach (var (grade, row) in Houston2026LeoHourly)
        {
            var plan = grade is >= 3 and <= 10 ? PayPlan.GL : PayPlan.GS;
            var schedule = Data.Schedule(plan, 2026)!;
            for (var step = 1; step <= 10; step++)
            {
                var annual = Math.Min(PayEstimator.Apply(schedule.Rate(grade, step), area.Percent!.Value), cap);
                var hourly = Math.Round(annual / 2087m, 2, MidpointRounding.AwayFromZero);
                if (hourly != row[step - 1])
                {
                    mismatches.Add($"{plan}-{grade} step {step}: computed {hourly} (annual {annual}), 2026-HOU (LEO) prints {row[step - 1]}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(90, Houston2026LeoHourly.Values.Sum(r => r.Length));
    }
}
