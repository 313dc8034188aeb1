using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IceCareers.Diagnostics;
using IceCareers.Provenance;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    [Fact]
    public void CareerCatalog_RoundTrip_Lossless() => AssertRoundTrip(Catalog, IceCareersJsonContext.Default.CareerCatalog);

    [Fact]
    public void Role_EveryRole_RoundTripsLosslessly() =>
        Assert.All(Catalog.Roles, r => AssertRoundTrip(r, IceCareersJsonContext.Default.Role));

    [Fact]
    public void Requirement_EveryKind_RoundTripsThroughTheBaseType() =>
        Assert.All(Catalog.Requirements, r =>
        {
            var back = AssertRoundTrip(r, IceCareersJsonContext.Default.Requirement);
            Assert.Equal(r.GetType(), back.GetType());
        });

    [Fact]
    public void Source_EverySource_RoundTripsLosslessly() =>
        Assert.All(Catalog.Sources, s => AssertRoundTrip(s, IceCareersJsonContext.Default.Source));

    [Fact]
    public void HiringPipelineAndStages_RoundTripLosslessly() =>
        Assert.All(Catalog.Pipelines, p =>
        {
            AssertRoundTrip(p, IceCareersJsonContext.Default.HiringPipeline);
            Assert.All(p.Stages, s => AssertRoundTrip(s, IceCareersJsonContext.Default.PipelineStage));
        });

    [Fact]
    public void TrainingProgram_EveryProgram_RoundTripsLosslessly() =>
        Assert.All(Catalog.TrainingPrograms, p => AssertRoundTrip(p, IceCareersJsonContext.Default.TrainingProgram));

    [Fact]
    public void SmallValues_RoundTripLosslessly()
    {
        AssertRoundTrip(Problem.InFile("roles/x.yaml", 3, 7, "$.title: missing"), IceCareersJsonContext.Default.Problem);
        AssertRoundTrip(new Effective(new DateOnly(2025, 8, 6), null), IceCareersJsonContext.Default.Effective);
        Assert.Equal("\"GL-7\"", JsonSerializer.Serialize(new PayGrade(PayPlan.GL, 7), IceCareersJsonContext.Default.PayGrade));
        AssertRoundTrip(new PayGrade(PayPlan.GS, 12), IceCareersJsonContext.Default.PayGrade);
    }

    [Fact]
    public void Deserialize_UnknownMember_Refused()
    {
        const string Json = """{"id":"x","title":"t","publisher":"p","kind":"Agency","confidence":"High","surprise":1}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Json, IceCareersJsonContext.Default.Source));
    }

    [Fact]
    public void Serialize_Enums_WrittenAsTheirCSharpNames()
    {
        var json = JsonSerializer.Serialize(Catalog.GetRole("deportation-officer"), IceCareersJsonContext.Default.Role);

        Assert.Contains("\"directorate\": \"EnforcementAndRemovalOperations\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_AreTheContextOptions() => Assert.Same(IceCareersJsonContext.Default.Options, IceCareersJson.Options);

    private static T AssertRoundTrip<T>(T value, JsonTypeInfo<T> info)
    {
        var json = JsonSerializer.Serialize(value, info);
        var back = JsonSerializer.Deserialize(json, info)!;
        Assert.Equal(json, JsonSerializer.Serialize(back, info));
        return back;
    }
}
