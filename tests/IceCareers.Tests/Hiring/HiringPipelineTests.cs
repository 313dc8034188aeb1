namespace IceCareers.Tests.Hiring;

public sealed class HiringPipelineTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    private static readonly string[] LawEnforcementOrder =
    [
        "application", "qualification-review", "assessments", "tentative-offer", "medical-exam", "fitness-test", "drug-test",
        "background-investigation", "final-offer", "basic-training", "probation",
    ];

    [Theory]
    [InlineData("hsi-special-agent")]
    [InlineData("deportation-officer")]
    [InlineData("immigration-enforcement-agent")]
    public void GetPipeline_LawEnforcementRole_HasTheElevenStagesInOrder(string roleId)
    {
        var pipeline = Catalog.GetPipeline(Catalog.GetRole(roleId));

        Assert.Equal(LawEnforcementOrder, pipeline.Stages.Select(s => s.Id));
    }

    [Theory]
    [InlineData("intelligence-research-specialist", true)]
    [InlineData("intelligence-officer", true)]
    [InlineData("intelligence-research-assistant", true)]
    [InlineData("program-manager", false)]
    [InlineData("program-analyst", false)]
    [InlineData("mission-support-specialist", false)]
    public void GetPipeline_NonLawEnforcementRole_NoFitnessTestNoMedicalExamAndNoLeoAcademy(string roleId, bool hasBasicIntelligenceTraining)
    {
        var pipeline = Catalog.GetPipeline(Catalog.GetRole(roleId));
        var ids = pipeline.Stages.Select(s => s.Id).ToArray();

        Assert.DoesNotContain("fitness-test", ids);
        Assert.DoesNotContain("medical-exam", ids);
        Assert.Equal(hasBasicIntelligenceTraining, ids.Contains("basic-training"));
        Assert.Equal(LawEnforcementOrder.Where(ids.Contains), ids);
        Assert.Equal("application", ids[0]);
        Assert.Equal("probation", ids[^1]);
    }

    [Fact]
    public void Stages_EveryStage_SaysWhatIsCheckedWhatCanFailAndItsSources() =>
        Assert.All(Catalog.Pipelines.SelectMany(p => p.Stages), stage =>
        {
            Assert.False(string.IsNullOrWhiteSpace(stage.Checks));
            Assert.NotEmpty(stage.Failures);
            Assert.NotEmpty(stage.Sources);
            Assert.True(stage.Duration is null || stage.Duration.MinDays <= stage.Duration.MaxDays);
        });
}
