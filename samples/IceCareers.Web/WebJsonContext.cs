using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IceCareers.Web;

/// <summary>
/// The body of <c>POST /api/eligibility</c>. The profile is kept as raw JSON and read the library's way
/// (<c>CandidateProfile.FromJson</c>), so its document format and validation apply.
/// </summary>
internal sealed class EligibilityRequest
{
    /// <summary>The role to evaluate against.</summary>
    public string? RoleId { get; init; }

    /// <summary>The evaluation date, <c>YYYY-MM-DD</c>; today when absent.</summary>
    public string? AsOf { get; init; }

    /// <summary><c>strict</c> (the default) or <c>suitability</c>.</summary>
    public string? Policy { get; init; }

    /// <summary>The candidate profile document.</summary>
    public JsonElement? Profile { get; init; }
}

/// <summary>The body of <c>POST /api/eligibility/all</c>: as <see cref="EligibilityRequest"/>, without a role.</summary>
internal sealed class EligibilityAllRequest
{
    /// <summary>The evaluation date, <c>YYYY-MM-DD</c>; today when absent.</summary>
    public string? AsOf { get; init; }

    /// <summary><c>strict</c> (the default) or <c>suitability</c>.</summary>
    public string? Policy { get; init; }

    /// <summary>The candidate profile document.</summary>
    public JsonElement? Profile { get; init; }
}

/// <summary>
/// The app's own JSON types: the request envelopes (unknown and duplicate members refused, like the library's
/// documents) and the pieces of its ProblemDetails. Every library model goes through <c>IceCareersJsonContext</c>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EligibilityRequest))]
[JsonSerializable(typeof(EligibilityAllRequest))]
[JsonSerializable(typeof(AnnouncementsRequest))]
[JsonSerializable(typeof(PathsRequest))]
[JsonSerializable(typeof(RequestProblem[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(PayLocation[]))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(CatalogAbout))]
[JsonSerializable(typeof(PostingSearchStatus))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
