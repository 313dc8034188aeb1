using System.Text.Json;
using IceCareers.Announcements;
using IceCareers.Eligibility;
using IceCareers.Serialization;

namespace IceCareers.Web;

/// <summary>
/// The role's current ICE postings, searched live on USAJOBS when a key is configured: <c>GET /api/postings/search</c>
/// says whether it is, and <c>POST /api/postings/search</c> {roleId, profile?, asOf?, policy?} searches the role's series
/// and evaluates each posting with the library (the listings of <c>icecareers announcements --format json</c>).
/// Without a key the page reads a saved search result through <c>POST /api/announcements/evaluate</c>. The profile is
/// never sent to USAJOBS, stored or logged.
/// </summary>
internal static class PostingEndpoints
{
    public static void MapPostingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/postings").WithTags("Announcements");
        api.MapGet("/search", GetStatus)
            .WithSummary("Whether this server can search USAJOBS live (UsaJobs:ApiKey and UsaJobs:UserAgent configured).")
            .Produces<PostingSearchStatus>();
        api.MapPost("/search", Search)
            .WithSummary("Searches USAJOBS for ICE's current postings in the role's series (Keyword, JobCategoryCode) and lists each, matched to a role and, with a profile, evaluated against its grades and dates. 404 when no key is configured; 502 when USAJOBS does not answer.")
            .Accepts<PostingSearchRequest>("application/json")
            .Produces<IReadOnlyList<AnnouncementListing>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway);
    }

    private static IResult GetStatus(UsaJobsClient usaJobs) =>
        TypedResults.Json(new PostingSearchStatus(usaJobs.Configured), WebJsonContext.Default.PostingSearchStatus);

    private static async Task<IResult> Search(HttpContext context, CareerCatalog catalog, EligibilityEvaluator evaluator, UsaJobsClient usaJobs, TimeProvider time, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!usaJobs.Configured)
        {
            return TypedResults.Problem(
                detail: "This server has no USAJOBS Search API key (UsaJobs:ApiKey and UsaJobs:UserAgent); open a saved search result instead.",
                statusCode: StatusCodes.Status404NotFound,
                title: "USAJOBS search not configured");
        }

        var (body, error) = await RequestBody.ReadJsonAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!EligibilityEndpoints.TryDeserialize(body!, WebJsonContext.Default.PostingSearchRequest, out var request, out error))
        {
            return error;
        }

        var problems = new List<RequestProblem>();
        if (string.IsNullOrWhiteSpace(request.RoleId))
        {
            problems.Add(new RequestProblem("roleId", "required: the id of the role whose postings to search"));
        }

        var hasProfile = request.Profile is { ValueKind: not JsonValueKind.Null };
        using var nothingKnown = JsonDocument.Parse("{}");
        var (asOf, policy, profile) = EligibilityEndpoints.ReadCommon(request.AsOf, request.Policy, hasProfile ? request.Profile : nothingKnown.RootElement, time, problems);
        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        if (!catalog.TryGetRole(request.RoleId, out var role))
        {
            return Problems.UnknownRole(catalog, request.RoleId!);
        }

        IceCareers.Postings.UsaJobsSearchResult result;
        try
        {
            result = await usaJobs.SearchAsync(role.Series.Code, cancellationToken);
        }
        catch (UsaJobsUnavailableException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status502BadGateway, title: "USAJOBS did not give a search result");
        }

        var listings = evaluator.List(result.Announcements, hasProfile ? profile : null, asOf ?? Dates.Today(time), policy);
        return TypedResults.Json(listings, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing);
    }
}

/// <summary>The body of <c>POST /api/postings/search</c>.</summary>
internal sealed class PostingSearchRequest
{
    /// <summary>The role whose series to search.</summary>
    public string? RoleId { get; init; }

    /// <summary>The candidate profile document, to evaluate each posting; absent: the postings are only listed.</summary>
    public JsonElement? Profile { get; init; }

    /// <summary>The date, <c>YYYY-MM-DD</c>; today when absent.</summary>
    public string? AsOf { get; init; }

    /// <summary><c>strict</c> (the default) or <c>suitability</c>.</summary>
    public string? Policy { get; init; }
}

/// <summary>Whether the server searches USAJOBS live (<c>GET /api/postings/search</c>).</summary>
/// <param name="Live">True when a key and user agent are configured.</param>
internal sealed record PostingSearchStatus(bool Live);
