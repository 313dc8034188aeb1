using System.Text.Json;
using System.Text.Json.Serialization;
using IceCareers.Roles;

namespace IceCareers.Serialization;

/// <summary>Writes a <see cref="PayGrade"/> as <c>"GL-7"</c> and reads it back.</summary>
internal sealed class PayGradeJsonConverter : JsonConverter<PayGrade>
{
    public override PayGrade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return PayGrade.TryParse(text, out var grade)
            ? grade
            : throw new JsonException($"Expected a pay grade such as \"GS-12\" or \"GL-7\", found {(text is null ? reader.TokenType.ToString() : "\"" + text + "\"")}.");
    }

    public override void Write(Utf8JsonWriter writer, PayGrade value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
