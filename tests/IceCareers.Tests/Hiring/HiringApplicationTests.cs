using System.Text.Json;
using IceCareers.Hiring;
using IceCareers.Serialization;

namespace IceCareers.Tests.Hiring;

public sealed class HiringApplicationTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;
    private static readonly DateOnly Day1 = new(2026, 1, 5);

    private static HiringApplication StartAgent() =>
        HiringApplication.Start(Catalog.GetRole("hsi-special-agent"), Catalog.GetPipeline(Catalog.GetRole("hsi-special-agent")), Day1);

    [Fact]
    public void Start_AnyRole_OpensStageOneInProgress()
    {
        var application = StartAgent();

        Assert.Equal("application", application.CurrentStageId);
        Assert.Equal(ApplicationStatus.InProgress, application.Status);
        Assert.Equal(ApplicationMove.Started, Assert.Single(application.History).Move);
    }

    [Fact]
    public void Advance_ThroughEveryStage_CompletesWithFullHistory()
    {
        var application = StartAgent();
        var stages = application.StageIds.Count;

        for (var i = 0; i < stages; i++)
        {
            application = application.Advance(Day1.AddDays(i + 1));
        }

        Assert.Equal(ApplicationStatus.Completed, application.Status);
        Assert.Equal("probation", application.CurrentStageId);
        Assert.Equal(stages + 1, application.History.Count);
        Assert.Equal(ApplicationMove.Completed, application.History[^1].Move);
        Assert.Equal(application.History.Select(h => h.Date).Order(), application.History.Select(h => h.Date));
    }

    [Fact]
    public void Advance_ReturnsNewInstance_OriginalUnchanged()
    {
        var first = StartAgent();

        var second = first.Advance(Day1);

        Assert.NotSame(first, second);
        Assert.Equal("application", first.CurrentStageId);
        Assert.Equal("qualification-review", second.CurrentStageId);
    }

    [Fact]
    public void Fail_AtAnyStage_EndsWithReasonAndStage()
    {
        var failed = StartAgent().Advance(Day1).Advance(Day1).Fail("did not pass Phase II", Day1.AddDays(9));

        Assert.Equal(ApplicationStatus.Failed, failed.Status);
        Assert.Equal("assessments", failed.CurrentStageId);
        Assert.Equal("did not pass Phase II", failed.History[^1].Reason);
    }

    [Fact]
    public void Withdraw_AtFirstStage_Ends()
    {
        var withdrawn = StartAgent().Withdraw(Day1);

        Assert.Equal(ApplicationStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("application", withdrawn.CurrentStageId);
    }

    public static TheoryData<string, Func<HiringApplication, HiringApplication>, string> RefusedMoves => new()
    {
        { "skip", a => a.MoveTo("assessments", Day1), "would skip 1 stage(s)" },
        { "back", a => a.Advance(Day1).Advance(Day1).MoveTo("application", Day1), "would go back" },
        { "unknown stage", a => a.MoveTo("interview-with-the-director", Day1), "is not a stage" },
        { "date before last move", a => a.Advance(Day1.AddDays(3)).Advance(Day1), "the latest move was on 2026-01-08" },
        { "advance after failure", a => a.Fail("no", Day1).Advance(Day1), "application is Failed" },
        { "withdraw after withdrawal", a => a.Withdraw(Day1).Withdraw(Day1), "application is Withdrawn" },
        { "fail after completion", a => Complete(a).Fail("late", Day1.AddDays(100)), "application is Completed" },
    };

    [Theory]
    [MemberData(nameof(RefusedMoves))]
    public void Move_NotAllowed_ThrowsNamingCurrentStageAndAllowedMoves(string name, Func<HiringApplication, HiringApplication> move, string fragment)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => move(StartAgent()));

        Assert.Contains(fragment, exception.Message, StringComparison.Ordinal);
        Assert.Matches("(Current stage: '[a-z-]+'.*Allowed moves: .*Fail, Withdraw|No move is allowed after the application has ended)", exception.Message);
        Assert.NotEmpty(name);
    }

    [Fact]
    public void Start_PipelineOfAnotherRole_Refused()
    {
        var exception = Assert.Throws<ArgumentException>(() =>
            HiringApplication.Start(Catalog.GetRole("hsi-special-agent"), Catalog.GetPipeline(Catalog.GetRole("program-analyst")), Day1));

        Assert.Contains("follows pipeline 'hsi-law-enforcement'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTrip_KeepsHistoryAndState()
    {
        var application = StartAgent().Advance(Day1.AddDays(1)).Advance(Day1.AddDays(20)).Fail("Phase III interview", Day1.AddDays(40));

        var json = JsonSerializer.Serialize(application, IceCareersJsonContext.Default.HiringApplication);
        var back = JsonSerializer.Deserialize(json, IceCareersJsonContext.Default.HiringApplication)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, IceCareersJsonContext.Default.HiringApplication));
        Assert.Equal(ApplicationStatus.Failed, back.Status);
        Assert.Equal("assessments", back.CurrentStageId);
    }

    public static TheoryData<string, string> ImpossibleHistories => new()
    {
        { "skips a stage", """[{"move":"Started","stageId":"a","date":"2026-01-05"},{"move":"Advanced","stageId":"c","date":"2026-01-06"}]""" },
        { "goes back in time", """[{"move":"Started","stageId":"a","date":"2026-01-05"},{"move":"Advanced","stageId":"b","date":"2026-01-04"}]""" },
        { "moves after failing", """[{"move":"Started","stageId":"a","date":"2026-01-05"},{"move":"Failed","stageId":"a","date":"2026-01-06","reason":"x"},{"move":"Advanced","stageId":"b","date":"2026-01-07"}]""" },
        { "does not start at stage one", """[{"move":"Started","stageId":"b","date":"2026-01-05"}]""" },
        { "completes early", """[{"move":"Started","stageId":"a","date":"2026-01-05"},{"move":"Completed","stageId":"a","date":"2026-01-06"}]""" },
        { "is empty", "[]" },
    };

    [Theory]
    [MemberData(nameof(ImpossibleHistories))]
    public void Json_ImpossibleHistory_RefusedOnReading(string name, string history)
    {
        var json = $$"""{"roleId":"hsi-special-agent","pipelineId":"p","stageIds":["a","b","c"],"history":{{history}}}""";

        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, IceCareersJsonContext.Default.HiringApplication));

        Assert.Contains("Refused hiring application", exception.Message, StringComparison.Ordinal);
        Assert.NotEmpty(name);
    }

    [Fact]
    public void Json_UnknownMember_Refused()
    {
        const string Json = """{"roleId":"r","pipelineId":"p","stageIds":["a"],"history":[{"move":"Started","stageId":"a","date":"2026-01-05"}],"status":"Completed"}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Json, IceCareersJsonContext.Default.HiringApplication));
    }

    private static HiringApplication Complete(HiringApplication application)
    {
        while (application.Status == ApplicationStatus.InProgress)
        {
            application = application.Advance(application.LastMoveDate.AddDays(1));
        }

        return application;
    }
}
