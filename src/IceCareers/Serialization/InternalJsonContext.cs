using System.Text.Json;
using System.Text.Json.Serialization;

namespace IceCareers.Serialization;

/// <summary>Source-generated JSON for internal stored forms, with the same options as <see cref="IceCareersJsonContext"/>.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(PayGradeJsonConverter)])]
[JsonSerializable(typeof(HiringApplicationDocument))]
internal sealed partial class InternalJsonContext : JsonSerializerContext
{
}
