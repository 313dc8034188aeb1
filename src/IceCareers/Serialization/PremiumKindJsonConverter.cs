using System.Text.Json;
using System.Text.Json.Serialization;
using IceCareers.Compensation;

namespace IceCareers.Serialization;

/// <summary>Writes <see cref="PremiumKind"/> as <c>none</c>, <c>leap</c> or <c>auo</c>, and reads only those words.</summary>
internal sealed class PremiumKindJsonConverter : JsonConverter<PremiumKind>
{
    public override PremiumKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() switch
        {
            "none" => PremiumKind.None,
            "leap" => PremiumKind.Leap,
            "auo" => PremiumKind.Auo,
            var other => throw new JsonException($"unknown premium kind '{other}'; expected none, leap or auo"),
        }
        : throw new JsonException("expected none, leap or auo");

    public override void Write(Utf8JsonWriter writer, PremiumKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value switch
        {
            PremiumKind.Leap => "leap",
            PremiumKind.Auo => "auo",
            _ => "none",
        });
}
