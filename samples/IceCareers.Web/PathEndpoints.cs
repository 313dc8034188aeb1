using System.Text.Json;
using IceCareers.HiringPaths;
using IceCareers.Postings;
using IceCareers.Serialization;

namespace IceCareers.Web;

/// <summary>
/// <c>POST /api/paths</c>: a profile (and optionally one USAJOBS posting) in, the person's veterans' preference, hiring
/// paths, what the posting's authority means for them and the documents to bring out — the JSON of
/// <c>icecareers paths --format json</c>. The profile lives only for the request.
/// </summary>
internal static class PathEndpoints
{
    public static void MapPathEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/paths", Evaluate)
            .WithTags("Hiring paths")
            .WithSummary("Decides the person's veterans' preference category, every hiring path with its verdict and closing date, what a posting's hiring authority means for them, and the documents to bring.")
            .Accepts<PathsRequest>("application/json")
            .Produces<HiringPathReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> Evaluate(HttpContext context, HiringPathEvaluator evaluator, TimeProvider time, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        var (body, error) = await RequestBody.ReadJsonAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!RequestJson.TryDeserialize(body!, WebJsonContext.Default.PathsRequest, "profile, asOf, posting and positionId", out var request, out error))
        {
            return error;
        }

        var problems = new List<RequestProblem>();
        var asOf = Dates.Today(time);
        if (request.AsOf is not null && !Dates.TryParse(request.AsOf, out asOf))
        {
            problems.Add(new RequestProblem("asOf", Dates.Invalid(request.AsOf)));
        }

        var profile = RequestJson.Profile(request.Profile, time, problems);
        var posting = request.Posting is { ValueKind: not JsonValueKind.Null } postingJson
            ? ReadPosting(postingJson, request.PositionId, problems)
            : null;
        if (request.Posting is null or { ValueKind: JsonValueKind.Null } && request.PositionId is not null)
        {
            problems.Add(new RequestProblem("positionId", "give the posting too: positionId chooses one posting of 'posting'"));
        }

        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        var report = evaluator.Evaluate(profile!, posting, asOf);
        return TypedResults.Json(report, IceCareersJsonContext.Default.HiringPathReport);
    }

    /// <summary>
    /// One posting: a <c>MatchedObjectDescriptor</c> object, or a Search API response (or an array of descriptors) with
    /// <c>positionId</c> choosing one when it holds more than one.
    /// </summary>
    private static Announcement? ReadPosting(JsonElement json, string? positionId, List<RequestProblem> problems)
    {
        var single = json.ValueKind == JsonValueKind.Object && !json.TryGetProperty("SearchResult", out _);
        if (RequestJson.Postings(json, "posting", single, problems) is not { } document)
        {
            return null;
        }

        var postings = document.Announcements;
        if (positionId is null)
        {
            if (postings.Count == 1)
            {
                return postings[0];
            }

            problems.Add(postings.Count == 0
                ? new RequestProblem("posting", "the document holds no postings")
                : new RequestProblem("positionId", $"the posting document holds {postings.Count} postings; say which one with positionId"));
            return null;
        }

        var match = postings.FirstOrDefault(p => string.Equals(p.PositionId, positionId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            problems.Add(new RequestProblem("positionId", $"no posting '{positionId}' in the posting document"));
        }

        return match;
    }
}

/// <summary>The body of <c>POST /api/paths</c>. The profile and the posting are kept as raw JSON and read the library's way.</summary>
internal sealed class PathsRequest
{
    /// <summary>The candidate profile document.</summary>
    public JsonElement? Profile { get; init; }

    /// <summary>The date, <c>YYYY-MM-DD</c>; today when absent.</summary>
    public string? AsOf { get; init; }

    /// <summary>One USAJOBS posting (a <c>MatchedObjectDescriptor</c>), or a Search API response holding it.</summary>
    public JsonElement? Posting { get; init; }

    /// <summary>The announcement number (<c>PositionID</c>) of the posting to check, when <see cref="Posting"/> holds several.</summary>
    public string? PositionId { get; init; }
}
