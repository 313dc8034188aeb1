using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Cli;

/// <summary>
/// The catalog as schema.org JSON-LD: one <c>Occupation</c> per role in a <c>@graph</c>, with the role's
/// title, summary, OPM series, requirements (not advisory ones) as qualifications, current duty statements (a legacy role's
/// historical ones) as responsibilities, and every source the role and its requirements cite as a <c>CreativeWork</c>. Built from
/// <see cref="JsonObject"/> nodes, so it needs no reflection and stays AOT-safe.
/// </summary>
internal static class JsonLd
{
    public const string Context = "https://schema.org";

    /// <summary>Writes the JSON-LD document, indented like the library's JSON.</summary>
    public static string ToJson(CareerCatalog catalog)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Export(catalog).WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static JsonObject Export(CareerCatalog catalog)
    {
        var graph = new JsonArray();
        foreach (var role in catalog.Roles)
        {
            graph.Add((JsonNode)Occupation(catalog, role));
        }

        return new JsonObject
        {
            ["@context"] = Context,
            ["@graph"] = graph,
        };
    }

    private static JsonObject Occupation(CareerCatalog catalog, Role role)
    {
        var requirements = catalog.GetRequirements(role);
        var qualifications = new JsonArray();
        foreach (var requirement in requirements.Where(r => r.Category != RequirementCategory.Advisory))
        {
            qualifications.Add((JsonNode)JsonValue.Create(requirement.Title));
        }

        var responsibilities = new JsonArray();
        // Current duty statements; a legacy role has only historical ones, and those are its duties.
        var current = role.Duties.Where(d => d.Level != DutyLevel.Historical).ToArray();
        foreach (var duty in current.Length > 0 ? current : role.Duties)
        {
            responsibilities.Add((JsonNode)JsonValue.Create(duty.Text));
        }

        var citations = new JsonArray();
        var ids = role.GetSourceIds().Concat(requirements.SelectMany(r => r.Sources)).Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!catalog.TryGetSource(id, out var source))
            {
                continue;
            }

            var work = new JsonObject
            {
                ["@type"] = "CreativeWork",
                ["identifier"] = source.Id,
                ["name"] = source.Title,
                ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = source.Publisher },
            };
            if (source.Url is { } url)
            {
                work["url"] = url;
            }

            // The copy that was read (a mirror, reprint or archive): schema.org's "archivedAt" is the nearest term.
            if (source.Via is { } via)
            {
                work["archivedAt"] = via;
            }

            citations.Add((JsonNode)work);
        }

        return new JsonObject
        {
            ["@type"] = "Occupation",
            ["identifier"] = role.Id,
            ["name"] = role.Title,
            ["description"] = role.Summary.Text,
            ["occupationalCategory"] = new JsonObject
            {
                ["@type"] = "CategoryCode",
                ["codeValue"] = role.Series.Code,
                ["name"] = role.Series.Title,
                ["inCodeSet"] = "OPM occupational series (General Schedule)",
            },
            ["qualifications"] = qualifications,
            ["responsibilities"] = responsibilities,
            ["citation"] = citations,
        };
    }
}
