using IceCareers.Hiring;

namespace IceCareers.Compiled;

/// <summary>Hiring pipelines and their stages: one record each.</summary>
internal static partial class CatalogCodec
{
    private static void WritePipeline(CompiledCatalogWriter w, HiringPipeline pipeline)
    {
        w.String(pipeline.Id);
        w.String(pipeline.Name);
        w.Records(pipeline.Stages, WritePipelineStage);
        w.Strings(pipeline.Sources);
    }

    private static HiringPipeline ReadPipeline(CompiledCatalogReader r) => new()
    {
        Id = r.String(),
        Name = r.String(),
        Stages = r.Records(ReadPipelineStage),
        Sources = r.Strings(),
    };

    private static void WritePipelineStage(CompiledCatalogWriter w, PipelineStage stage)
    {
        w.String(stage.Id);
        w.String(stage.Name);
        w.String(stage.Checks);
        w.Strings(stage.Failures);
        w.OptionalRecord(stage.Duration, WriteStageDuration);
        w.Strings(stage.Sources);
    }

    private static PipelineStage ReadPipelineStage(CompiledCatalogReader r) => new()
    {
        Id = r.String(),
        Name = r.String(),
        Checks = r.String(),
        Failures = r.Strings(),
        Duration = r.OptionalRecord(ReadStageDuration),
        Sources = r.Strings(),
    };

    private static void WriteStageDuration(CompiledCatalogWriter w, StageDuration duration)
    {
        w.Int(duration.MinDays);
        w.Int(duration.MaxDays);
        w.Strings(duration.Sources);
    }

    private static StageDuration ReadStageDuration(CompiledCatalogReader r) => new() { MinDays = r.Int(), MaxDays = r.Int(), Sources = r.Strings() };
}
