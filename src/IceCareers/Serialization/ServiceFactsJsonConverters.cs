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
/// </summary>
internal abstract class NoneOrObjectConverter<T> : JsonConverter<T>
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new JsonException("profiles are read with CandidateProfile.FromJson, which checks every field");

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
    protected override bool IsNone(ServiceDisability value) => value.IsNone;

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
    protected override bool IsNone(FederalService value) => value.IsNone;

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
    protected override bool IsNone(MilitarySpouse value) => value.IsNone;

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
