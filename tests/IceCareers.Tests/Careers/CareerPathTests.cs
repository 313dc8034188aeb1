using System.Text.Json;
using IceCareers.Careers;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Tests.Careers;

public sealed class CareerPathTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;
    private static readonly DateOnly Start = new(2026, 1, 12);

    private static CareerProjection Officer(DateOnly? dateOfBirth, string? locality = null, string grade = "GL-7") =>
        CareerPath.Project(Catalog, "deportation-officer", PayGrade.Parse(grade), Start, dateOfBirth, locality);

    [Fact]
    public void Project_Entrant45_SeparatesAfter20YearsNotAt57()
    {
        // 5 U.S.C. 8425(b): "...or completes 20 years of service if then over that age"; an officer hired after the
        // normal entry age is separated at the end of the month in which he completes 20 years
        // (http://retirement.federaltimes.com/2012/09/25/military-service-law-enforcement-employment-and-retirement/).
        var projection = Officer(new DateOnly(1981, 3, 10));

        Assert.Equal(new DateOnly(2046, 1, 31), projection.MandatorySeparation);
        Assert.Equal(new DateOnly(2046, 1, 11), projection.EarliestRetirement); // age 50 long passed; 20 years complete
        Assert.Equal(CareerEventKind.MandatorySeparation, projection.Events[^1].Kind);
    }

    [Fact]
    public void Project_YoungEntrant_SeparatesAtTheEndOfTheMonthOfThe57thBirthday()
    {
        var projection = Officer(new DateOnly(1995, 6, 15));

        Assert.Equal(new DateOnly(2052, 6, 30), projection.MandatorySeparation);
        Assert.Equal(new DateOnly(2046, 1, 11), projection.EarliestRetirement); // 20 years (2046) after age 50 (2045)
    }

    [Fact]
    public void Project_BirthdayOnTheFirst_SeparatesAtTheEndOfTheMonthBefore()
    {
        // An officer is considered to reach an age the day before the birthday: born February 1, separated January 31
        // (http://retirement.federaltimes.com/2013/02/18/mandatory-retirement-11/).
        var projection = Officer(new DateOnly(1990, 2, 1));

        Assert.Equal(new DateOnly(2047, 1, 31), projection.MandatorySeparation);
    }

    [Fact]
    public void Project_BirthdayOnTheLastDayOfAMonth_SeparatesAtTheEndOfThatMonth() =>
        Assert.Equal(new DateOnly(2047, 3, 31), Officer(new DateOnly(1990, 3, 31)).MandatorySeparation);

    [Fact]
    public void Project_LeapDayBirthday_SeparatesAtTheEndOfFebruary() =>
        Assert.Equal(new DateOnly(2049, 2, 28), Officer(new DateOnly(1992, 2, 29)).MandatorySeparation);

    [Fact]
    public void Project_EarliestRetirement_AnyAgeWith25YearsWhenThatComesFirst()
    {
        // Hired at 22: age 50 comes after 25 years of service.
        var projection = Officer(new DateOnly(2003, 12, 1));

        Assert.Equal(new DateOnly(2051, 1, 11), projection.EarliestRetirement);
    }

    [Fact]
    public void Project_FirstPromotion_ExactlyFiftyTwoWeeksInGrade()
    {
        var projection = CareerPath.Project(Catalog, "program-analyst", PayGrade.Parse("GS-7"), Start, null, null);

        var promotion = projection.Events.First(e => e.Kind == CareerEventKind.Promotion);
        Assert.Equal(Start.AddDays(364), promotion.Date);
        Assert.Equal(PayGrade.Parse("GS-9"), promotion.Grade);
        // The step increase due the same day is processed first (5 CFR 531.214(c)), then the promotion.
        var sameDay = projection.Events.Where(e => e.Date == promotion.Date && e.Kind is CareerEventKind.WithinGradeIncrease or CareerEventKind.Promotion).Select(e => e.Kind).ToArray();
        Assert.Equal([CareerEventKind.WithinGradeIncrease, CareerEventKind.Promotion], sameDay);
    }

    [Fact]
    public void Project_ToFullPerformance_OnePromotionPerLadderStep()
    {
        var projection = Officer(new DateOnly(1995, 6, 15));

        Assert.Equal(["GL-9", "GS-11", "GS-12"], projection.Events.Where(e => e.Kind == CareerEventKind.Promotion).Select(e => e.Grade.ToString()));
        Assert.Equal(PayGrade.Parse("GS-12"), projection.Events[^1].Grade);
    }

    [Fact]
    public void Project_WithinGradeIncreases_52_104_156WeeksAtFullPerformance()
    {
        var projection = CareerPath.Project(Catalog, "intelligence-research-assistant", PayGrade.Parse("GS-7"), Start, null, null);

        var steps = projection.Events.Where(e => e.Kind == CareerEventKind.WithinGradeIncrease).ToArray();
        Assert.Equal(Enumerable.Range(2, 9), steps.Select(e => e.Step));
        var gaps = steps.Prepend(projection.Events[0]).Zip(steps, (a, b) => b.Date.DayNumber - a.Date.DayNumber);
        Assert.Equal(new[] { 52, 52, 52, 104, 104, 104, 156, 156, 156 }.Select(w => w * 7), gaps);
    }

    [Fact]
    public void StepAfterPromotion_TwoStepRule_LowestStepAtOrAboveTwoIncreasesUp()
    {
        // OPM's promotion fact sheet: GS-9 step 1 ($52,727) raised by two within-grade increases is GS-9 step 3 ($56,243).
        var data = Catalog.PayData;
        Assert.Equal(56243, data.Schedule(PayPlan.GS, 2026)!.Rate(9, 3));

        var analyst = Catalog.GetRole("program-analyst");
        var area = data.Areas.Single(a => a.Name == "Rest of U.S.");
        // GS-9 step 1 -> GS-9 step 3 ($56,243) -> the lowest GS-11 step at or above it is step 1 ($63,795).
        Assert.Equal(1, CareerPath.StepAfterPromotion(data, analyst, PayGrade.Parse("GS-9"), 1, PayGrade.Parse("GS-11"), area, 2026, new DateOnly(2026, 6, 1)));
        // GS-12 step 10 ($99,404) + two increases ($2,549 each) = $104,502 -> GS-13 step 6 ($106,080) is the lowest at or above.
        Assert.Equal(6, CareerPath.StepAfterPromotion(data, analyst, PayGrade.Parse("GS-12"), 10, PayGrade.Parse("GS-13"), area, 2026, new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Project_WithLocality_PayOnlyForYearsWithTables()
    {
        var projection = Officer(new DateOnly(1995, 6, 15), "Sacramento");

        Assert.Equal(new IceCareers.Pay.PayEstimator(Catalog).Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "Sacramento", Start).AdjustedPay, projection.Events[0].Pay);
        Assert.Equal(65147, projection.Events[0].Pay); // table L049, GL-7 step 1
        Assert.All(projection.Events.Where(e => e.Date.Year > 2026), e => Assert.Null(e.Pay));
        Assert.Equal("Sacramento-Roseville, CA-NV", projection.Locality);
    }

    [Fact]
    public void Project_FieldOfficeCity_PaysForItsArea()
    {
        var projection = Officer(new DateOnly(1995, 6, 15), "San Francisco");

        Assert.Equal("San Jose-San Francisco-Oakland, CA", projection.Locality);
        Assert.Equal(new IceCareers.Pay.PayEstimator(Catalog).Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, "san-jose-san-francisco-oakland", Start).AdjustedPay, projection.Events[0].Pay);
    }

    [Theory]
    [InlineData("Chicago", "Chicago-Naperville, IL-IN-WI")]   // an ERO field office city
    [InlineData("atlanta-athens-clarke-county-sandy-springs", "Atlanta - Athens-Clarke County - Sandy Springs, GA-AL")]
    [InlineData("Newark", "New York-Newark, NY-NJ-CT-PA")]    // the locality payment is known, the LEO table is not
    public void Project_PlacePayRefuses_ThrowsAsPayDoesNamingThePlaceAndTheTable(string locality, string area)
    {
        var error = Assert.Throws<ArgumentException>(() => Officer(new DateOnly(1995, 6, 15), locality));
        var pay = Assert.Throws<ArgumentException>(() => new IceCareers.Pay.PayEstimator(Catalog).Estimate("deportation-officer", PayGrade.Parse("GL-7"), 1, locality, Start));

        Assert.Equal("locality", error.ParamName);
        Assert.Equal(pay.Message, error.Message);
        Assert.Contains(area, error.Message, StringComparison.Ordinal);
        Assert.Contains("L001–L059", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_NonLeoWherePayRefuses_ThrowsAsPayDoes()
    {
        var error = Assert.Throws<ArgumentException>(() => CareerPath.Project(Catalog, "program-analyst", PayGrade.Parse("GS-7"), Start, null, "Albuquerque"));

        Assert.Equal("locality", error.ParamName);
        Assert.Contains("OPM's locality payment for the Albuquerque-Santa Fe-Las Vegas, NM locality pay area in 2026 is not in the data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_StartIn2025WhereThe2026TableIsMissing_ShowsPayFor2025AndSaysWhyNotAfter()
    {
        var projection = CareerPath.Project(Catalog, "deportation-officer", PayGrade.Parse("GL-7"), new DateOnly(2025, 3, 3), null, "Houston");

        Assert.NotNull(projection.Events[0].Pay);
        Assert.All(projection.Events.Where(e => e.Date >= new DateOnly(2026, 1, 11)), e => Assert.Null(e.Pay));
        Assert.Contains(projection.Notes, n => n.Contains("Houston-The Woodlands, TX", StringComparison.Ordinal) && n.Contains("L001–L059", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_WithoutLocality_NoPay() => Assert.All(Officer(null).Events, e => Assert.Null(e.Pay));

    [Fact]
    public void Project_TrainingAndProbation_AreDated()
    {
        var projection = Officer(null);

        Assert.Contains(projection.Events, e => e.Kind == CareerEventKind.TrainingEnd && e.Date > Start);
        Assert.Equal(new DateOnly(2027, 1, 11), Assert.Single(projection.Events, e => e.Kind == CareerEventKind.ProbationEnd).Date);
    }

    [Fact]
    public void Project_LeoWithoutDateOfBirth_NoRetirementDatesAndSaysWhy()
    {
        var projection = Officer(null);

        Assert.True(projection.LeoRetirement);
        Assert.Null(projection.MandatorySeparation);
        Assert.Contains(projection.Notes, n => n.Contains("date of birth", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_NonLeoRole_NoLeoRetirement()
    {
        var projection = CareerPath.Project(Catalog, "program-analyst", PayGrade.Parse("GS-7"), Start, new DateOnly(1990, 1, 1), null);

        Assert.False(projection.LeoRetirement);
        Assert.Null(projection.EarliestRetirement);
        Assert.Null(projection.MandatorySeparation);
    }

    [Theory]
    [InlineData("deportation-officer", "GL-6", "1990-01-01", "Rest of U.S.", "startGrade")]
    [InlineData("deportation-officer", "GS-7", "1990-01-01", "Rest of U.S.", "startGrade")]
    [InlineData("deportation-officer", "GL-7", "2026-01-12", "Rest of U.S.", "dateOfBirth")]
    [InlineData("deportation-officer", "GL-7", "1900-01-01", "Rest of U.S.", "dateOfBirth")]
    [InlineData("deportation-officer", "GL-7", "1990-01-01", "Atlantis", "locality")]
    public void Project_BadInput_ThrowsNamingTheParameter(string role, string grade, string dateOfBirth, string locality, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => CareerPath.Project(Catalog, role, PayGrade.Parse(grade), Start, DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), locality));

        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    [InlineData("9999-12-31", null)]
    [InlineData("9900-01-01", null)]
    [InlineData("9999-01-01", "9990-01-01")]
    public void Project_StartTooLateForTheCalendar_ThrowsNamingTheStartInWords(string start, string? dateOfBirth)
    {
        var birth = dateOfBirth is null ? (DateOnly?)null : DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentException>(() => CareerPath.Project(Catalog, "deportation-officer", PayGrade.Parse("GL-7"), DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), birth, "Houston"));

        Assert.Equal("start", error.ParamName);
        Assert.Contains(start, error.Message, StringComparison.Ordinal);
        Assert.Contains("9899-12-31", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9899-12-31", "9860-05-05")]
    [InlineData("0050-06-30", "0020-01-01")]
    [InlineData("0001-01-01", null)]
    public void Project_StartAtTheCalendarsEdges_Projects(string start, string? dateOfBirth)
    {
        var birth = dateOfBirth is null ? (DateOnly?)null : DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture);

        var projection = CareerPath.Project(Catalog, "deportation-officer", PayGrade.Parse("GL-5"), DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), birth, null);

        Assert.NotEmpty(projection.Events);
        Assert.Equal(birth is not null, projection.MandatorySeparation is not null);
    }

    [Fact]
    public void Project_UnknownRole_ThrowsRoleNotFound() =>
        Assert.Throws<RoleNotFoundException>(() => CareerPath.Project(Catalog, "astronaut", PayGrade.Parse("GS-7"), Start, null, null));

    [Fact]
    public void Project_LegacyRole_RefusedNamingTheSuccessor()
    {
        // With or without a place: a career is pay over time, and a title ICE no longer hires under has neither.
        foreach (var locality in new[] { null, "boston" })
        {
            var error = Assert.ThrowsAny<ArgumentException>(() => CareerPath.Project(Catalog, "immigration-enforcement-agent", PayGrade.Parse("GS-7"), Start, null, locality));

            Assert.Equal("roleId", error.ParamName);
            Assert.Contains("'deportation-officer'", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Project_EveryRoleFromEachEntryGrade_Works()
    {
        // Roles ICE hires under; a legacy role is refused (Project_LegacyRole_RefusedNamingTheSuccessor).
        foreach (var role in Catalog.Roles.Where(r => r.Status == RoleStatus.Active))
        {
            foreach (var grade in role.Grades.Entry)
            {
                var projection = CareerPath.Project(Catalog, role.Id, grade, Start, new DateOnly(1990, 5, 5), "san-jose-san-francisco-oakland");
                Assert.Equal(role.Grades.FullPerformance, projection.Events[^1].Grade);
                Assert.True(projection.Events.Zip(projection.Events.Skip(1)).All(p => p.First.Date <= p.Second.Date), role.Id);
            }
        }
    }

    [Fact]
    public void Project_Json_HasTheContractFieldNames()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Officer(new DateOnly(1995, 6, 15), "Boston"), IceCareersJsonContext.Default.CareerProjection));
        var root = json.RootElement;

        Assert.True(root.TryGetProperty("earliestRetirement", out _));
        Assert.True(root.TryGetProperty("mandatorySeparation", out _));
        var first = root.GetProperty("events")[0];
        foreach (var name in new[] { "date", "kind", "grade", "step", "pay" })
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }
    }
}
