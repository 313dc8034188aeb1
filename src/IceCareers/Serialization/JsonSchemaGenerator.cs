using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using IceCareers.Candidates;

namespace IceCareers.Serialization;

/// <summary>
/// Writes the JSON Schemas of the documents people write and read — the candidate profile and the eligibility report —
/// from the source-generated contract (<see cref="IceCareersJsonContext"/>) with <see cref="JsonSchemaExporter"/>, so a
/// schema cannot drift from what the library reads and writes. <c>eng/update-schemas.sh</c> writes them to
/// <c>docs/schema/</c> (shipped in the package under <c>schema/</c>); a test keeps the committed files equal to a fresh
/// generation.
/// </summary>
internal static class JsonSchemaGenerator
{
    /// <summary>The schema's <c>$id</c> base: a name, not an address (the project has no public home yet).</summary>
    private const string IdBase = "urn:icecareers:schema:";

    /// <summary>The words a profile's enum fields accept; the contract writes them with word converters the exporter cannot see into.</summary>
    private static readonly Dictionary<Type, string[]> WordsByType = new()
    {
        [typeof(Sex)] = CandidateWords.Sexes.All,
        [typeof(Citizenship)] = CandidateWords.Citizenships.All,
        [typeof(SelectiveServiceStatus)] = CandidateWords.SelectiveServiceStatuses.All,
        [typeof(EducationLevel)] = CandidateWords.EducationLevels.All,
        [typeof(ConvictionCategory)] = CandidateWords.ConvictionCategories.All,
        [typeof(LanguageProficiency)] = CandidateWords.LanguageProficiencies.All,
    };

    /// <summary>The entry types of a profile's lists, each list holding at most <see cref="CandidateProfile.MaxEntries"/>.</summary>
    private static readonly HashSet<Type> ProfileListEntries =
        [typeof(Education), typeof(Experience), typeof(LanguageSkill), typeof(Conviction), typeof(DrugUse)];

    /// <summary>Every schema, by file name.</summary>
    public static IReadOnlyList<(string FileName, string Json)> All() =>
    [
        ("profile.schema.json", Write(ProfileJsonContext.Default.CandidateProfile, "profile", "IceCareers candidate profile",
            "A candidate profile as CandidateProfile.FromJson reads it (YAML profiles are the same document). Unknown keys are refused.")),
        ("report.schema.json", Write(IceCareersJsonContext.Default.EligibilityReport, "report", "IceCareers eligibility report",
            "One role's eligibility report as the library, the icecareers CLI (--format json) and the web API write it.")),
        ("reports.schema.json", Write(IceCareersJsonContext.Default.IReadOnlyListEligibilityReport, "reports", "IceCareers eligibility reports",
            "Every role's report, best first (EvaluateAll; icecareers check --all --format json; POST /api/eligibility/all).")),
    ];

    private static string Write(JsonTypeInfo typeInfo, string id, string title, string description)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var schema = typeInfo.GetJsonSchemaAsNode(options).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = IdBase + id,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (key, value) in schema.ToArray())
        {
            schema.Remove(key);
            root[key] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.PropertyInfo?.PropertyType ?? context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (WordsByType.TryGetValue(underlying, out var words))
        {
            var values = new JsonArray(words.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray());
            if (underlying != type)
            {
                values.Add(null);
            }

            var replaced = new JsonObject { ["enum"] = values };
            if (schema is JsonObject { } original && original.TryGetPropertyValue("description", out var text))
            {
                replaced["description"] = text?.DeepClone();
            }

            return replaced;
        }

        if (schema is JsonObject list && context.PropertyInfo is not null
            && underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            && ProfileListEntries.Contains(underlying.GetGenericArguments()[0]))
        {
            list["maxItems"] = CandidateProfile.MaxEntries;
        }

        return schema;
    }
}
