using System.Text.Json;
using System.Text.Json.Serialization;
using IceCareers.Candidates;

namespace IceCareers.Serialization;

/// <summary>Writes a military pay grade as the profile document does (<c>E-7</c>) and reads only that form.</summary>
internal sealed class MilitaryPayGradeJsonConverter : JsonConverter<MilitaryPayGrade>
{
    public override MilitaryPayGrade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && MilitaryPayGrade.TryParse(reader.GetString(), out var grade)
            ? grade
            : throw new JsonException("expected a military pay grade: E-1 to E-9, W-1 to W-5 or O-1 to O-10");

    public override void Write(Utf8JsonWriter writer, MilitaryPayGrade value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}

/// <summary>
/// The profile document's "none or an object" facts (<c>disability: none</c>, <c>federal: none</c>,
/// <c>militarySpouse: none</c>): the word <c>none</c> for the type's None value, otherwise its fields, unknown ones left out.
/// Reading is for round trips of the library's own JSON; documents from people are read by <c>CandidateProfile.FromJson</c>,
/// which checks every field and says where.
/// </summary>
internal abstract class NoneOrObjectConverter<T> : JsonConverter<T>
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.ValueTextEquals("none"u8) ? NoneValue : throw new JsonException("expected the word none or an object");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("expected the word none or an object");
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        using (var document = JsonDocument.ParseValue(ref reader))
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!fields.TryAdd(property.Name, property.Value.Clone()))
                {
                    throw new JsonException($"duplicate member '{property.Name}'");
                }
            }
        }

        var value = ReadFields(fields);
        if (fields.Count > 0)
        {
            throw new JsonException($"unknown member '{fields.Keys.First()}'");
        }

        return value;
    }

    protected abstract T NoneValue { get; }

    /// <summary>Builds the value from its fields, removing each field it reads (what is left is unknown).</summary>
    protected abstract T ReadFields(Dictionary<string, JsonElement> fields);

    protected static JsonElement? Take(Dictionary<string, JsonElement> fields, string name) =>
        fields.Remove(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    protected static DateOnly? TakeDate(Dictionary<string, JsonElement> fields, string name) =>
        Take(fields, name) is { } value
            ? DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
                ? date
                : throw new JsonException($"{name}: expected a date written YYYY-MM-DD")
            : null;

    protected static TEnum? TakeWord<TEnum>(Dictionary<string, JsonElement> fields, string name, Internal.Words<TEnum> words)
        where TEnum : struct, Enum =>
        Take(fields, name) is { } value
            ? words.TryParse(value.GetString(), out var word) ? word : throw new JsonException($"{name}: expected one of: {words.Allowed}")
            : null;

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (IsNone(value))
        {
            writer.WriteStringValue("none");
            return;
        }

        writer.WriteStartObject();
        WriteFields(writer, value);
        writer.WriteEndObject();
    }

    protected abstract bool IsNone(T value);

    protected abstract void WriteFields(Utf8JsonWriter writer, T value);

    protected static void Date(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

internal sealed class ServiceDisabilityJsonConverter : NoneOrObjectConverter<ServiceDisability>
{
    protected override ServiceDisability NoneValue => ServiceDisability.None;

    protected override bool IsNone(ServiceDisability value) => value.IsNone;

    protected override ServiceDisability ReadFields(Dictionary<string, JsonElement> fields) =>
        new() { Percent = Take(fields, "percent")?.GetInt32(), RatedOn = TakeDate(fields, "ratedOn") };

    protected override void WriteFields(Utf8JsonWriter writer, ServiceDisability value)
    {
        if (value.Percent is { } percent)
        {
            writer.WriteNumber("percent", percent);
        }

        Date(writer, "ratedOn", value.RatedOn);
    }
}

internal sealed class FederalServiceJsonConverter : NoneOrObjectConverter<FederalService>
{
    protected override FederalService NoneValue => FederalService.None;

    protected override bool IsNone(FederalService value) => value.IsNone;

    protected override FederalService ReadFields(Dictionary<string, JsonElement> fields) => new()
    {
        Current = Take(fields, "current")?.GetBoolean(),
        Tenure = TakeWord(fields, "tenure", CandidateWords.FederalTenures),
        Series = Take(fields, "series")?.GetString(),
        Grade = Take(fields, "grade")?.GetString(),
        Separated = TakeDate(fields, "separated"),
    };

    protected override void WriteFields(Utf8JsonWriter writer, FederalService value)
    {
        if (value.Current is { } current)
        {
            writer.WriteBoolean("current", current);
        }

        if (value.Tenure is { } tenure)
        {
            writer.WriteString("tenure", CandidateWords.FederalTenures[tenure]);
        }

        if (value.Series is { } series)
        {
            writer.WriteString("series", series);
        }

        if (value.Grade is { } grade)
        {
            writer.WriteString("grade", grade);
        }

        Date(writer, "separated", value.Separated);
    }
}

internal sealed class MilitarySpouseJsonConverter : NoneOrObjectConverter<MilitarySpouse>
{
    protected override MilitarySpouse NoneValue => MilitarySpouse.None;

    protected override bool IsNone(MilitarySpouse value) => value.IsNone;

    protected override MilitarySpouse ReadFields(Dictionary<string, JsonElement> fields) =>
        new() { Sponsor = TakeWord(fields, "sponsor", CandidateWords.SpouseSponsors), Remarried = Take(fields, "remarried")?.GetBoolean() };

    protected override void WriteFields(Utf8JsonWriter writer, MilitarySpouse value)
    {
        if (value.Sponsor is { } sponsor)
        {
            writer.WriteString("sponsor", CandidateWords.SpouseSponsors[sponsor]);
        }

        if (value.Remarried is { } remarried)
        {
            writer.WriteBoolean("remarried", remarried);
        }
    }
}
