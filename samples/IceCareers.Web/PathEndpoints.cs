using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IceCareers.Candidates;
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

        if (!TryDeserialize(body!, out var request, out error))
        {
            return error;
        }

        var problems = new List<RequestProblem>();
        var asOf = Dates.Today(time);
        if (request.AsOf is not null && !Dates.TryParse(request.AsOf, out asOf))
        {
            problems.Add(new RequestProblem("asOf", Dates.Invalid(request.AsOf)));
        }

        CandidateProfile? profile = null;
        if (request.Profile is not { ValueKind: not JsonValueKind.Null } profileJson)
        {
            problems.Add(new RequestProblem("profile", "required: the candidate profile (write {} for a profile with nothing known)"));
        }
        else
        {
            try
            {
                profile = CandidateProfile.FromJson(profileJson.GetRawText(), time);
            }
            catch (ProfileValidationException e)
            {
                problems.AddRange(e.Problems.Select(p => new RequestProblem(string.IsNullOrEmpty(p.Path) ? "profile" : "profile." + p.Path, p.Message)));
            }
        }

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
        UsaJobsSearchResult document;
        var single = json.ValueKind == JsonValueKind.Object && !json.TryGetProperty("SearchResult", out _);
        try
        {
            document = UsaJobsSearchResult.Parse(single ? "[" + json.GetRawText() + "]" : json.GetRawText());
        }
        catch (AnnouncementFormatException e)
        {
            var path = e.Problem.Path is { Length: > 1 } at ? at[1..] : "";
            if (single && path.StartsWith("[0]", StringComparison.Ordinal))
            {
                path = path[3..];
            }

            problems.Add(new RequestProblem("posting" + path, e.Problem.Message));
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

    private static bool TryDeserialize(byte[] body, [NotNullWhen(true)] out PathsRequest? request, [NotNullWhen(false)] out IResult? error)
    {
        error = null;
        try
        {
            request = JsonSerializer.Deserialize(body, WebJsonContext.Default.PathsRequest);
        }
        catch (JsonException e)
        {
            request = null;
            var message = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "unknown member; the request has profile, asOf, posting and positionId"
                : e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)
                    ? "duplicate member"
                    : "malformed JSON or wrong type";
            error = Problems.BadRequest([new RequestProblem(e.Path is { Length: > 2 } path ? path[2..] : "", message)], "The request body is not a valid request");
            return false;
        }

        if (request is null)
        {
            error = Problems.BadRequest([new RequestProblem("", "expected a JSON object with profile, asOf and posting")], "The request body is not a valid request");
            return false;
        }

        return true;
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
