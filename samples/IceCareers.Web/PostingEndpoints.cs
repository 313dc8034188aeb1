namespace IceCareers.Web;

/// <summary>
/// The role's current ICE postings, searched live on USAJOBS when a key is configured: <c>GET /api/postings/status</c>
/// says whether it is, and <c>GET /api/postings/search?roleId=</c> returns the Search API's document for the role's
/// series, as USAJOBS gave it. The page then evaluates it (or a search result the person saved and opens) with
/// <c>POST /api/announcements/evaluate</c>, and can pass one posting of it to <c>POST /api/paths</c>. Nothing of the
/// person is sent to USAJOBS: only the role's series and ICE's name.
/// </summary>
internal static class PostingEndpoints
{
    public static void MapPostingEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/postings").WithTags("Announcements");
        api.MapGet("/status", GetStatus)
            .WithSummary("Whether this server can search USAJOBS live (UsaJobs:ApiKey and UsaJobs:UserAgent configured).")
            .Produces<PostingSearchStatus>();
        api.MapGet("/search", Search)
            .WithSummary("ICE's current postings in the role's series: the USAJOBS Search API's document (GET https://data.usajobs.gov/api/Search with Keyword and JobCategoryCode), as USAJOBS gave it, checked with the library's reader. 404 when no key is configured; 502 when USAJOBS does not give a search result.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status502BadGateway);
    }

    private static IResult GetStatus(UsaJobsClient usaJobs) =>
        TypedResults.Json(new PostingSearchStatus(usaJobs.Configured), WebJsonContext.Default.PostingSearchStatus);

    private static async Task<IResult> Search(string? roleId, CareerCatalog catalog, UsaJobsClient usaJobs, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(roleId))
        {
            return Problems.BadRequest([new RequestProblem("roleId", "required: the id of the role whose postings to search")]);
        }

        if (!catalog.TryGetRole(roleId, out var role))
        {
            return Problems.UnknownRole(catalog, roleId);
        }

        if (!usaJobs.Configured)
        {
            return TypedResults.Problem(
                detail: "This server has no USAJOBS Search API key (UsaJobs:ApiKey and UsaJobs:UserAgent); open a saved search result instead.",
                statusCode: StatusCodes.Status404NotFound,
                title: "USAJOBS search not configured");
        }

        try
        {
            var document = await usaJobs.SearchAsync(role.Series.Code, cancellationToken);
            return TypedResults.Bytes(document, "application/json");
        }
        catch (UsaJobsUnavailableException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status502BadGateway, title: "USAJOBS did not give a search result");
        }
    }
}

/// <summary>Whether the server searches USAJOBS live (<c>GET /api/postings/status</c>).</summary>
/// <param name="Live">True when a key and user agent are configured.</param>
internal sealed record PostingSearchStatus(bool Live);
