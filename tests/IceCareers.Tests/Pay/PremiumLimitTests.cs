using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;

namespace IceCareers.Tests.Pay;

/// <summary>
/// The premium-pay limit of 5 U.S.C. 5547(a): basic pay plus LEAP or AUO may not exceed the greater of GS-15 step 10
/// where the employee works (with its locality payment or special rate, limited to Executive Schedule level IV) and
/// Executive Schedule level V. Tested at the edge: one dollar under, at and over.
/// </summary>
public sealed class PremiumLimitTests
{
    private static readonly PayEstimator Estimator = new(CareerCatalog.Default);
    private static readonly DateOnly Mid2026 = new(2026, 6, 1);
    private static PayData Data => CareerCatalog.Default.PayData;

    [Theory]
    [InlineData(197199, false)]
    [InlineData(197200, false)]
    [InlineData(197201, true)]
    public void LimitTotal_AroundTheLimit_CapsOnlyAbove(int total, bool capped)
    {
        var (limited, bound) = PayEstimator.LimitTotal(total, 197200);

        Assert.Equal(Math.Min(total, 197200), limited);
        Assert.Equal(capped, bound);
    }

    [Fact]
    public void PremiumLimit_SanFranciscoSpecialRate_IsLevelIV()
    {
        // GS-15 step 10 at L051's 50.39%: 164,301 x 1.5039 = 247,092, limited to level IV (197,200); level V (184,900) is lower.
        var cap = Data.Cap(2026)!;

        Assert.Equal(197200, PayEstimator.PremiumLimit(Data, 2026, 50.39m, cap));
        Assert.Equal(184900, cap.LevelV);
    }

    [Fact]
    public void PremiumLimit_WhereGs15Step10IsBelowLevelIV_IsThatRate()
    {
        // Des Moines, 2025: GS-15 step 10 is 162,672 x 1.1801 = 191,969 (Salary Table 2025-DM (LEO) prints it).
        Assert.Equal(191969, PayEstimator.PremiumLimit(Data, 2025, 18.01m, Data.Cap(2025)!));
    }

    [Fact]
    public void Estimate_Gs13Step10SpecialAgentInSanFrancisco_TotalLimitedTo197200()
    {
        // Issue 20: the 2026 total used to be $216,225 (locality rate plus 25% LEAP) with capped false.
        var estimate = Estimator.Estimate("hsi-special-agent", PayGrade.Parse("GS-13"), 10, "San Francisco", Mid2026);

        Assert.Equal(177767, estimate.AdjustedPay); // L051, GS-13 step 10
        Assert.Equal(197200, estimate.PremiumPayLimit);
        Assert.Equal(197200, estimate.TotalMax);
        Assert.Equal(197200, estimate.TotalMin);
        Assert.True(estimate.Capped);
        Assert.True(estimate.PremiumCapped);
        Assert.Contains("5-usc-5547", estimate.Sources);
        Assert.Contains(estimate.Notes, n => n.Contains("5 U.S.C. 5547(a)", StringComparison.Ordinal) && n.Contains("$197,200", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_DeportationOfficerAuoRange_OnlyTheTopLimited()
    {
        // GS-12 step 10 in San Francisco (L051): 149,494; +10% = 164,443 (under), +25% = 186,868 (under the 197,200 limit).
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GS-12"), 10, "san-jose-san-francisco-oakland", Mid2026);

        Assert.Equal(149494, estimate.AdjustedPay);
        Assert.Equal(149494 + 14949, estimate.TotalMin);
        Assert.Equal(149494 + 37374, estimate.TotalMax);
        Assert.False(estimate.PremiumCapped);
        Assert.False(estimate.Capped);
        Assert.DoesNotContain("5-usc-5547", estimate.Sources);
    }

    [Fact]
    public void Estimate_RoleWithoutPremium_HasNoPremiumLimit()
    {
        var estimate = Estimator.Estimate("program-manager", PayGrade.Parse("GS-14"), 10, "San Jose", Mid2026);

        Assert.Null(estimate.PremiumPayLimit);
        Assert.False(estimate.PremiumCapped);
        Assert.True(estimate.Capped); // the locality rate itself is limited to level IV
        Assert.Equal(estimate.AdjustedPay, estimate.TotalMax);
    }

    [Fact]
    public void Estimate_EveryPricedPlace_TotalNeverAboveTheLimit()
    {
        foreach (var area in Data.Areas)
        {
            foreach (var (role, grade) in new[] { ("hsi-special-agent", "GS-13"), ("deportation-officer", "GS-12") })
            {
                foreach (var date in new[] { new DateOnly(2025, 6, 1), Mid2026 })
                {
                    if (Estimator.TryEstimate(role, PayGrade.Parse(grade), 10, area.Id, date, out var estimate, out _))
                    {
                        Assert.True(estimate.TotalMax <= estimate.PremiumPayLimit, $"{role} {area.Id} {date}");
                        Assert.True(estimate.PremiumPayLimit <= estimate.PayCap);
                        Assert.Equal(estimate.PremiumCapped, estimate.AdjustedPay + (int)Math.Round(estimate.AdjustedPay * estimate.Premium.MaxPercent / 100m, MidpointRounding.AwayFromZero) > estimate.PremiumPayLimit);
                    }
                }
            }
        }
    }
}
