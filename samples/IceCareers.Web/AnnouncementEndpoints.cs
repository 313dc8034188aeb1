using System.Globalization;
using System.Text.Json;
using IceCareers.Announcements;
using IceCareers.Eligibility;
using IceCareers.Postings;
using IceCareers.Serialization;

namespace IceCareers.Web;

/// <summary>
/// <c>POST /api/announcements/evaluate</c>: a USAJOBS Search API document and a profile in, one listing per posting out
/// (matched role, grades, status on the date and the report for the posting) — the JSON of
/// <c>icecareers announcements --format json</c>. The profile lives only for the request.
/// </summary>
internal static class AnnouncementEndpoints
{
    public static void MapAnnouncementEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/announcements/evaluate", Evaluate)
            .WithTags("Announcements")
            .WithSummary("Reads a USAJOBS Search API result, matches each posting to a role and evaluates the profile against each matched posting's grades and dates.")
            .Accepts<AnnouncementsRequest>("application/json")
            .Produces<IReadOnlyList<AnnouncementListing>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> Evaluate(HttpContext context, EligibilityEvaluator evaluator, TimeProvider time, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var (body, error) = await RequestBody.ReadJsonAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!RequestJson.TryDeserialize(body!, WebJsonContext.Default.AnnouncementsRequest, "announcements, profile, asOf and policy", out var request, out error))
        {
            return error;
        }

        var problems = new List<RequestProblem>();
        var asOf = Dates.Today(time);
        if (request.AsOf is not null && !Dates.TryParse(request.AsOf, out asOf))
        {
            problems.Add(new RequestProblem("asOf", Dates.Invalid(request.AsOf)));
        }

        var policy = ScreeningPolicy.Strict;
        if (request.Policy is not null && !ScreeningPolicyNames.TryParse(request.Policy, out policy))
        {
            problems.Add(new RequestProblem("policy", $"unknown policy '{request.Policy}'; expected one of: {string.Join(", ", ScreeningPolicyNames.All)}"));
        }

        UsaJobsSearchResult? postings = null;
        if (request.Announcements is not { ValueKind: not JsonValueKind.Null } announcements)
        {
            problems.Add(new RequestProblem("announcements", string.Create(CultureInfo.InvariantCulture,
                $"required: a USAJOBS Search API response (GET /api/Search) or an array of MatchedObjectDescriptor objects, at most {AnnouncementReadOptions.DefaultMaxPostings:N0} postings")));
        }
        else
        {
            postings = RequestJson.Postings(announcements, "announcements", wrapSingle: false, problems);
        }

        var profile = RequestJson.Profile(request.Profile, time, problems);
        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        var listings = evaluator.List(postings!.Announcements, profile, asOf, policy);
        return TypedResults.Json(listings, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing);
    }
}

/// <summary>The body of <c>POST /api/announcements/evaluate</c>. Both documents are kept as raw JSON and read the library's way.</summary>
internal sealed class AnnouncementsRequest
{
    /// <summary>A USAJOBS Search API response, or an array of <c>MatchedObjectDescriptor</c> objects.</summary>
    public JsonElement? Announcements { get; init; }

    /// <summary>The candidate profile document.</summary>
    public JsonElement? Profile { get; init; }

    /// <summary>The date, <c>YYYY-MM-DD</c>; today when absent.</summary>
    public string? AsOf { get; init; }

    /// <summary><c>strict</c> (the default) or <c>suitability</c>.</summary>
    public string? Policy { get; init; }
}
