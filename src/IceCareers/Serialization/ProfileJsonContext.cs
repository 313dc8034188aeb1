using System.Text.Json;
using System.Text.Json.Serialization;
using IceCareers.Candidates;

namespace IceCareers.Serialization;

/// <summary>
/// The profile's JSON, with the options of <see cref="IceCareersJsonContext"/> and one difference: the candidate's enums
/// are written as the document's kebab-case words (<c>us-citizen</c>), so that a profile's JSON is the same document as
/// its YAML. The same enums elsewhere (a requirement's accepted citizenship) keep their C# names, which is why the
/// word converters are registered here, for the profile's types only, and not on the models or the main context.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = [
        typeof(SexWordConverter), typeof(CitizenshipWordConverter), typeof(SelectiveServiceStatusWordConverter),
        typeof(EducationLevelWordConverter), typeof(ConvictionCategoryWordConverter), typeof(LanguageProficiencyWordConverter),
        typeof(PayGradeJsonConverter)])]
[JsonSerializable(typeof(CandidateProfile))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext
{
}
