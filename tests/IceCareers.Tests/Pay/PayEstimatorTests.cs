using System.Text.Json;
using CsCheck;
using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Tests.Pay;

public sealed class PayEstimatorTests
{
    private static readonly PayEstimator Estimator = new(CareerCatalog.Default);
    private static readonly DateOnly Mid2025 = new(2025, 6, 1);
    private static readonly DateOnly Mid2026 = new(2026, 6, 1);

    [Fact]
    public void Estimate_GsRoleRestOfUs_IsBaseTimesLocality()
    {
        var estimate = Estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "Rest of U.S.", Mid2026);

        Assert.Equal(52727, estimate.BasePay);
        Assert.Equal(17.06m, estimate.LocalityPercent);
        Assert.Equal(PayEstimator.Apply(52727, 17.06m), estimate.AdjustedPay);
        Assert.Null(estimate.SpecialRateTable);
        Assert.False(estimate.Capped);
        Assert.Contains("opm-2026-gs", estimate.Sources);
        Assert.Contains("factually-2025-locality", estimate.Sources);
    }

    [Fact]
    public void Estimate_HsiSpecialAgent_LeapIsFixed25Percent()
    {
        var estimate = Estimator.Estimate("hsi-special-agent", PayGrade.Parse("GL-7"), 1, "Rest of U.S.", Mid2025);

        Assert.Equal(PremiumKind.Leap, estimate.Premium.Kind);
        Assert.Equal((25m, 25m), (estimate.Premium.MinPercent, estimate.Premium.MaxPercent));
        Assert.Equal(estimate.TotalMin, estimate.TotalMax);
        Assert.Equal(estimate.AdjustedPay + (int)Math.Round(estimate.AdjustedPay * 0.25m, MidpointRounding.AwayFromZero), estimate.TotalMax);
        Assert.Contains("5-usc-5545a", estimate.Sources);
    }

    [Fact]
    public void Estimate_DeportationOfficer_AuoRanges10To25Percent()
    {
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-9"), 1, "Des Moines", Mid2025);

        Assert.Equal(PremiumKind.Auo, estimate.Premium.Kind);
        Assert.Equal(63660, estimate.AdjustedPay); // Salary Table 2025-DM (LEO), GL-9 step 1
        Assert.Equal(63660 + 6366, estimate.TotalMin);
        Assert.Equal(63660 + 15915, estimate.TotalMax);
    }

    [Fact]
    public void Estimate_RoleWithoutPremium_SaysSoInNotes()
    {
        var estimate = Estimator.Estimate("intelligence-officer", PayGrade.Parse("GS-11"), 1, "Rest of U.S.", Mid2026);

        Assert.Equal(PremiumKind.None, estimate.Premium.Kind);
        Assert.Equal(estimate.AdjustedPay, estimate.TotalMax);
        Assert.Contains(estimate.Notes, n => n.Contains("no premium pay", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_AboveExecutiveLevelIV_IsCapped()
    {
        // GS-14 step 10 in San Jose-San Francisco-Oakland: 139,684 x 1.4634 is above the 2026 cap of $197,200.
        var estimate = Estimator.Estimate("program-manager", PayGrade.Parse("GS-14"), 10, "San Jose", Mid2026);

        Assert.True(estimate.Capped);
        Assert.Equal(197200, estimate.AdjustedPay);
        Assert.Equal(197200, estimate.PayCap);
    }

    [Fact]
    public void Estimate_JustBelowTheCap_IsNotCapped()
    {
        var estimate = Estimator.Estimate("program-manager", PayGrade.Parse("GS-14"), 1, "San Jose", Mid2026);

        Assert.False(estimate.Capped);
        Assert.True(estimate.AdjustedPay < estimate.PayCap);
    }

    [Fact]
    public void Estimate_LeoIn2026WithSpecialTable_PaysTheSpecialRate()
    {
        // Special Rate Table L007 (Boston, 2026), GL-7 step 1: 66564.
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Boston", Mid2026);

        Assert.Equal("L007", estimate.SpecialRateTable);
        Assert.Equal(66564, estimate.AdjustedPay);
        Assert.Equal(36.25m, estimate.LocalityPercent);
        Assert.Contains("opm-2026-l007", estimate.Sources);
    }

    [Fact]
    public void Estimate_LeoIn2026WithoutSpecialTableInData_NotesIt()
    {
        var estimate = Estimator.Estimate("hsi-special-agent", PayGrade.Parse("GS-12"), 1, "Rest of U.S.", Mid2026);

        Assert.Null(estimate.SpecialRateTable);
        Assert.Contains(estimate.Notes, n => n.Contains("special rate", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_NonLeoWhereOnlyASpecialTableIsKnown_NamesTheLocalityParameter()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "Boston", Mid2026));

        Assert.Equal("locality", error.ParamName);
    }

    [Fact]
    public void Estimate_DeportationOfficerIn2026_IncentivesInForceListed()
    {
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-5"), 1, "Rest of U.S.", Mid2026);

        Assert.Contains(estimate.Incentives, i => i.Id == "ero-signing-retention-bonus-2025" && i.MaxAmount == 50000);
    }

    [Fact]
    public void Estimate_BeforeAnIncentiveStarts_DoesNotListIt()
    {
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-5"), 1, "Rest of U.S.", new DateOnly(2025, 8, 5));

        Assert.Empty(estimate.Incentives);
    }

    [Theory]
    [InlineData("rest of u.s.", "Rest of U.S.")]
    [InlineData("des moines", "Des Moines-Ames-West Des Moines, IA")]
    [InlineData("  Richmond  ", "Richmond, VA")]
    public void ResolveLocality_NameOrUniquePart_FindsTheArea(string text, string expected) =>
        Assert.Equal(expected, Estimator.ResolveLocality(text));

    [Fact]
    public void ResolveLocality_AmbiguousPart_ListsTheCandidates()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality(", CA"));

        Assert.Equal("locality", error.ParamName);
        Assert.Contains("Los Angeles-Long Beach, CA", error.Message, StringComparison.Ordinal);
        Assert.Contains("San Jose-San Francisco-Oakland, CA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveLocality_Unknown_NamesTheKnownAreas()
    {
        var error = Assert.Throws<ArgumentException>(() => Estimator.ResolveLocality("Anchorage"));

        Assert.Equal("locality", error.ParamName);
        Assert.Contains("Rest of U.S.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Richmond, VA", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deportation-officer", "GL-3", 1, "2026-06-01", "grade")]   // below the ladder
    [InlineData("deportation-officer", "GS-13", 1, "2026-06-01", "grade")]  // above full performance
    [InlineData("deportation-officer", "GS-7", 1, "2026-06-01", "grade")]   // a LEO is paid GL at grade 7
    [InlineData("program-analyst", "GL-9", 1, "2026-06-01", "grade")]       // GL is for law-enforcement roles
    [InlineData("program-analyst", "GS-9", 0, "2026-06-01", "step")]
    [InlineData("program-analyst", "GS-9", 11, "2026-06-01", "step")]
    [InlineData("program-analyst", "GS-9", 1, "2024-12-31", "asOf")]
    [InlineData("program-analyst", "GS-9", 1, "2027-01-01", "asOf")]
    public void Estimate_BadInput_ThrowsNamingTheParameter(string role, string grade, int step, string asOf, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Estimator.Estimate(role, PayGrade.Parse(grade), step, "Rest of U.S.", DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public void Estimate_UnknownRole_ThrowsRoleNotFound() =>
        Assert.Throws<RoleNotFoundException>(() => Estimator.Estimate("astronaut", PayGrade.Parse("GS-9"), 1, "Rest of U.S.", Mid2026));

    [Fact]
    public void TryEstimate_BadInput_ReturnsFalseWithTheMessage()
    {
        Assert.False(Estimator.TryEstimate("program-analyst", PayGrade.Parse("GS-9"), 1, "Atlantis", Mid2026, out var estimate, out var error));
        Assert.Null(estimate);
        Assert.Contains("Unknown locality 'Atlantis'", error, StringComparison.Ordinal);

        Assert.False(Estimator.TryEstimate("astronaut", PayGrade.Parse("GS-9"), 1, null, Mid2026, out _, out error));
        Assert.Contains("astronaut", error, StringComparison.Ordinal);

        Assert.True(Estimator.TryEstimate("program-analyst", PayGrade.Parse("GS-9"), 1, null, Mid2026, out estimate, out error));
        Assert.Equal("Rest of U.S.", estimate.Locality);
        Assert.Null(error);
    }

    [Fact]
    public void Estimate_Json_HasTheContractFieldNames()
    {
        var estimate = Estimator.Estimate("deportation-officer", PayGrade.Parse("GL-7"), 2, "Rest of U.S.", Mid2026);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(estimate, IceCareersJsonContext.Default.PayEstimate));
        var root = json.RootElement;

        foreach (var name in new[] { "roleId", "grade", "step", "locality", "asOf", "basePay", "localityPercent", "adjustedPay", "premium", "totalMin", "totalMax", "capped", "sources" })
        {
            Assert.True(root.TryGetProperty(name, out _), name);
        }

        Assert.Equal("auo", root.GetProperty("premium").GetProperty("kind").GetString());
        Assert.Equal("GL-7", root.GetProperty("grade").GetString());
        Assert.Equal(10, root.GetProperty("premium").GetProperty("minPercent").GetDecimal());
    }

    [Fact]
    public void Estimate_HigherStepGradeOrLocality_NeverPaysLess()
    {
        var roles = CareerCatalog.Default.Roles;
        var areas = Estimator.KnownLocalities;
        var gen = from role in Gen.OneOf(roles.ToArray())
                  from number in Gen.Int[1, 15]
                  from step in Gen.Int[1, 10]
                  from area in Gen.OneOf(areas.ToArray())
                  from otherArea in Gen.OneOf(areas.ToArray())
                  from year in Gen.Int[2025, 2026]
                  select (role, number, step, area, otherArea, year);

        gen.Sample(t =>
        {
            var asOf = new DateOnly(t.year, 7, 1);
            var grade = GradeFor(t.role, t.number);
            if (!Estimator.TryEstimate(t.role.Id, grade, t.step, t.area, asOf, out var here, out _))
            {
                return;
            }

            if (t.step < 10 && Estimator.TryEstimate(t.role.Id, grade, t.step + 1, t.area, asOf, out var nextStep, out _))
            {
                Assert.True(nextStep.AdjustedPay >= here.AdjustedPay && nextStep.TotalMin >= here.TotalMin, $"{t} next step");
            }

            if (Estimator.TryEstimate(t.role.Id, GradeFor(t.role, t.number + 1), t.step, t.area, asOf, out var nextGrade, out _))
            {
                Assert.True(nextGrade.AdjustedPay >= here.AdjustedPay, $"{t} next grade");
            }

            if (Estimator.TryEstimate(t.role.Id, grade, t.step, t.otherArea, asOf, out var other, out _) && other.LocalityPercent > here.LocalityPercent)
            {
                Assert.True(other.AdjustedPay >= here.AdjustedPay, $"{t} higher locality");
            }
        }, iter: 2000);
    }

    private static PayGrade GradeFor(Role role, int number) =>
        new(role.IsLawEnforcement && number is >= 3 and <= 10 ? PayPlan.GL : PayPlan.GS, Math.Min(number, 15));
}
