using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace IceCareers.Web.Tests;

/// <summary>Profiles and request bodies shared by the tests.</summary>
internal static class TestProfiles
{
    /// <summary>A complete profile that qualifies for a deportation officer on 2026-01-15 under the strict policy.</summary>
    public const string Qualified = """
        {
          "dateOfBirth": "1996-04-12",
          "citizenship": "us-citizen",
          "sex": "male",
          "selectiveService": "registered",
          "driversLicense": true,
          "education": [{ "level": "bachelors", "gpa": 3.2, "semesterHours": 124 }],
          "experience": [{ "months": 30, "specialized": true, "grade": 7 }],
          "military": { "veteran": false, "preferenceEligible": false },
          "priorFederalLawEnforcement": false,
          "history": { "convictions": [], "drugUse": [] },
          "languages": [{ "language": "Spanish", "proficiency": "professional" }]
        }
        """;

    /// <summary>As <see cref="Qualified"/>, with one misdemeanor conviction.</summary>
    public static string WithMisdemeanor() =>
        Qualified.Replace("\"convictions\": []", "\"convictions\": [{ \"category\": \"misdemeanor\" }]", StringComparison.Ordinal);

    public static string Request(string? roleId, string profileJson, string? asOf = "2026-01-15", string? policy = null)
    {
        var body = new JsonObject();
        if (roleId is not null)
        {
            body["roleId"] = roleId;
        }

        if (asOf is not null)
        {
            body["asOf"] = asOf;
        }

        if (policy is not null)
        {
            body["policy"] = policy;
        }

        body["profile"] = JsonNode.Parse(profileJson);
        return body.ToJsonString();
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
