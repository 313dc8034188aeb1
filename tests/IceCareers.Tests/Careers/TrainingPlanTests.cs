using System.Text.Json;
using IceCareers.Candidates;
using IceCareers.Careers;
using IceCareers.Serialization;

namespace IceCareers.Tests.Careers;

public sealed class TrainingPlanTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    private static TrainingPlan Plan(string roleId, DateOnly date, IReadOnlyList<LanguageSkill>? languages = null) =>
        TrainingPlan.Create(Catalog, Catalog.GetRole(roleId), date, languages);

    private static readonly LanguageSkill[] NoSpanish = [];
    private static readonly LanguageSkill[] ProfessionalSpanish = [new() { Language = "spanish", Proficiency = LanguageProficiency.Professional }];

    [Theory]
    [InlineData("2025-07-31", 72)]
    [InlineData("2025-08-01", 47)]
    [InlineData("2025-08-31", 47)]
    [InlineData("2025-09-01", 42)]
    [InlineData("2026-06-30", 42)]
    [InlineData("2026-07-01", 72)]
    public void Create_DeportationOfficer_AcademyLengthInForceOnTheDate(string date, int days)
    {
        var plan = Plan("deportation-officer", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), NoSpanish);

        Assert.Equal(days, plan.Programs.Single(p => p.ProgramId == "ero-bietp").TrainingDays);
    }

    [Fact]
    public void Create_DeportationOfficerBeforeAugust2025WithoutSpanish_AddsThe25DaySpanishCourse()
    {
        var plan = Plan("deportation-officer", new DateOnly(2025, 7, 31), NoSpanish);

        Assert.Equal(["ero-bietp", "ero-spanish"], plan.Programs.Select(p => p.ProgramId));
        Assert.Equal(25, plan.Programs[1].TrainingDays);
        Assert.Equal(97, plan.TotalTrainingDays);
    }

    [Fact]
    public void Create_DeportationOfficerBeforeAugust2025WithProfessionalSpanish_TestsOut()
    {
        var plan = Plan("deportation-officer", new DateOnly(2025, 7, 31), ProfessionalSpanish);

        Assert.Equal(["ero-bietp"], plan.Programs.Select(p => p.ProgramId));
    }

    [Fact]
    public void Create_DeportationOfficerBeforeAugust2025LanguagesUnknown_KeepsCourseWithNote()
    {
        var plan = Plan("deportation-officer", new DateOnly(2025, 7, 1));

        Assert.Contains("tests out", plan.Programs.Single(p => p.ProgramId == "ero-spanish").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DeportationOfficerFromAugust2025_NoSpanishCourse()
    {
        var plan = Plan("deportation-officer", new DateOnly(2025, 8, 1), NoSpanish);

        Assert.Equal(["ero-bietp"], plan.Programs.Select(p => p.ProgramId));
    }

    [Fact]
    public void Create_HsiSpecialAgent_CitpThenHsisatWithStated22Weeks()
    {
        var plan = Plan("hsi-special-agent", new DateOnly(2026, 1, 15));

        Assert.Equal(["hsi-citp", "hsi-hsisat"], plan.Programs.Select(p => p.ProgramId));
        Assert.Equal(56, plan.Programs[0].TrainingDays);
        Assert.Equal(67, plan.Programs[1].TrainingDays);
        Assert.Equal(22m, plan.StatedTotal!.Weeks);
        Assert.All(plan.Programs, p => Assert.NotEmpty(p.LengthSources));
    }

    [Fact]
    public void Create_IntelligenceRole_FiveWeekBasicIntelligenceTraining()
    {
        var program = Assert.Single(Plan("intelligence-research-specialist", new DateOnly(2026, 1, 15)).Programs);

        Assert.Equal((25, 5m), (program.TrainingDays!.Value, program.Weeks!.Value));
    }

    [Theory]
    [InlineData("program-manager")]
    [InlineData("program-analyst")]
    [InlineData("mission-support-specialist")]
    public void Create_MissionSupportRole_NoProgramEndsOnStart(string roleId)
    {
        var plan = Plan(roleId, new DateOnly(2026, 1, 15));

        Assert.Empty(plan.Programs);
        Assert.Equal(new DateOnly(2026, 3, 2), plan.ExpectedEnd(new DateOnly(2026, 3, 2)));
    }

    [Theory]
    // 72 training days, five a week, from Monday 2026-07-06: 14 weeks and 2 days.
    [InlineData("deportation-officer", "2026-07-06", "2026-10-13")]
    [InlineData("deportation-officer", "2025-09-01", "2025-10-18")] // 42 days, six a week: seven full weeks ending on a Saturday
    [InlineData("intelligence-research-specialist", "2028-02-07", "2028-03-10")] // 25 days over 29 Feb 2028
    public void ExpectedEnd_FromStart_CountsTrainingDays(string roleId, string start, string end)
    {
        var startDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var plan = Plan(roleId, startDate, NoSpanish);

        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), plan.ExpectedEnd(startDate));
    }

    [Fact]
    public void Schedule_TwoPrograms_SecondStartsOnTheNextTrainingDay()
    {
        var plan = Plan("deportation-officer", new DateOnly(2025, 7, 7), NoSpanish);

        var schedule = plan.Schedule(new DateOnly(2025, 7, 7));

        Assert.Equal(2, schedule.Count);
        Assert.Equal(DayOfWeek.Monday, schedule[0].Start.DayOfWeek);
        Assert.True(schedule[1].Start > schedule[0].End);
        Assert.Equal(schedule[^1].End, plan.ExpectedEnd(new DateOnly(2025, 7, 7)));
    }

    [Fact]
    public void ExpectedEnd_StartOnSaturday_BeginsMonday()
    {
        var plan = Plan("intelligence-research-specialist", new DateOnly(2026, 1, 10));

        Assert.Equal(new DateOnly(2026, 1, 12), plan.Schedule(new DateOnly(2026, 1, 10))[0].Start);
    }

    [Fact]
    public void Json_RoundTrip_Lossless()
    {
        var plan = Plan("deportation-officer", new DateOnly(2025, 7, 1));

        var json = JsonSerializer.Serialize(plan, IceCareersJsonContext.Default.TrainingPlan);
        var back = JsonSerializer.Deserialize(json, IceCareersJsonContext.Default.TrainingPlan)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, IceCareersJsonContext.Default.TrainingPlan));
    }
}
