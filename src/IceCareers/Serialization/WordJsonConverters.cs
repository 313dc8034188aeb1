using System.Text.Json;
using System.Text.Json.Serialization;
using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Serialization;

/// <summary>
/// Writes an enum of the candidate profile as its kebab-case document word (<c>us-citizen</c>) and reads only those
/// words, so that a profile's JSON is the same document format as its YAML.
/// </summary>
internal abstract class WordJsonConverter<T>(Words<T> words) : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected one of: {words.Allowed}");
        }

        var text = reader.GetString();
        return words.TryParse(text, out var value)
            ? value
            : throw new JsonException($"unknown value '{text}'; expected one of: {words.Allowed}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(words[value]);
}

internal sealed class SexWordConverter() : WordJsonConverter<Sex>(CandidateWords.Sexes);

internal sealed class CitizenshipWordConverter() : WordJsonConverter<Citizenship>(CandidateWords.Citizenships);

internal sealed class SelectiveServiceStatusWordConverter() : WordJsonConverter<SelectiveServiceStatus>(CandidateWords.SelectiveServiceStatuses);

internal sealed class EducationLevelWordConverter() : WordJsonConverter<EducationLevel>(CandidateWords.EducationLevels);

internal sealed class ConvictionCategoryWordConverter() : WordJsonConverter<ConvictionCategory>(CandidateWords.ConvictionCategories);

internal sealed class LanguageProficiencyWordConverter() : WordJsonConverter<LanguageProficiency>(CandidateWords.LanguageProficiencies);
