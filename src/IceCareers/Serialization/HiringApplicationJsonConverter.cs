using System.Text.Json;
using System.Text.Json.Serialization;
using IceCareers.Hiring;

namespace IceCareers.Serialization;

/// <summary>Writes a <see cref="HiringApplication"/> as its role, pipeline, stages and history; reading replays and checks the history.</summary>
internal sealed class HiringApplicationJsonConverter : JsonConverter<HiringApplication>
{
    public override HiringApplication Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var document = JsonSerializer.Deserialize(ref reader, InternalJsonContext.Default.HiringApplicationDocument)
            ?? throw new JsonException("Expected a hiring application object, found null.");
        try
        {
            return HiringApplication.Restore(document.RoleId, document.PipelineId, document.StageIds, document.History);
        }
        catch (ArgumentException e)
        {
            throw new JsonException("Refused hiring application: " + e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, HiringApplication value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new HiringApplicationDocument(value.RoleId, value.PipelineId, value.StageIds, value.History), InternalJsonContext.Default.HiringApplicationDocument);
}

/// <summary>The stored form of a <see cref="HiringApplication"/>: what happened, not what follows from it.</summary>
internal sealed record HiringApplicationDocument(string RoleId, string PipelineId, IReadOnlyList<string> StageIds, IReadOnlyList<ApplicationEvent> History);
