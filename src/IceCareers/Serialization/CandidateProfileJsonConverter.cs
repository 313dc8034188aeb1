using System.Text.Json;
using System.Text.Json.Serialization;
using IceCareers.Candidates;

namespace IceCareers.Serialization;

/// <summary>A <see cref="CandidateProfile"/> in <see cref="IceCareersJsonContext"/> is the profile document of <see cref="ProfileJsonContext"/>.</summary>
internal sealed class CandidateProfileJsonConverter : JsonConverter<CandidateProfile>
{
    public override CandidateProfile? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, ProfileJsonContext.Default.CandidateProfile);

    public override void Write(Utf8JsonWriter writer, CandidateProfile value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, ProfileJsonContext.Default.CandidateProfile);
}
