using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using IceCareers.Announcements;
using IceCareers.Candidates;
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

        var policy = ScreeningPolicy.Strict;
        if (request.Policy is not null && !ScreeningPolicyNames.TryParse(request.Policy, out policy))
        {
            problems.Add(new RequestProblem("policy", $"unknown policy '{request.Policy}'; expected one of: {string.Join(", ", ScreeningPolicyNames.All)}"));
        }

        UsaJobsSearchResult? postings = null;
        if (request.Announcements is not { ValueKind: not JsonValueKind.Null } announcements)
        {
            problems.Add(new RequestProblem("announcements", "required: a USAJOBS Search API response (GET /api/Search) or an array of MatchedObjectDescriptor objects"));
        }
        else
        {
            try
            {
                postings = UsaJobsSearchResult.Parse(announcements.GetRawText());
            }
            catch (AnnouncementFormatException e)
            {
                problems.Add(new RequestProblem("announcements" + (e.Problem.Path is { Length: > 1 } at ? at[1..] : ""), e.Problem.Message));
            }
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

        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        var listings = evaluator.List(postings!.Announcements, profile, asOf, policy);
        return TypedResults.Json(listings, IceCareersJsonContext.Default.IReadOnlyListAnnouncementListing);
    }

    private static bool TryDeserialize(byte[] body, [NotNullWhen(true)] out AnnouncementsRequest? request, [NotNullWhen(false)] out IResult? error)
    {
        error = null;
        try
        {
            request = JsonSerializer.Deserialize(body, WebJsonContext.Default.AnnouncementsRequest);
        }
        catch (JsonException e)
        {
            request = null;
            var message = e.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? "unknown member; the request has announcements, profile, asOf and policy"
                : e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)
                    ? "duplicate member"
                    : "malformed JSON or wrong type: " + (e.Message.IndexOf(" Path:", StringComparison.Ordinal) is var cut and > 0 ? e.Message[..cut] : e.Message);
            error = Problems.BadRequest([new RequestProblem(e.Path is { Length: > 2 } path ? path[2..] : "", message)], "The request body is not a valid request");
            return false;
        }

        if (request is null)
        {
            error = Problems.BadRequest([new RequestProblem("", "expected a JSON object with announcements, profile and asOf")], "The request body is not a valid request");
            return false;
        }

        return true;
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
