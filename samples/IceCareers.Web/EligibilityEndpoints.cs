using System.Text.Json;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Serialization;

namespace IceCareers.Web;

/// <summary>
/// <c>POST /api/eligibility</c> and <c>POST /api/eligibility/all</c>: evaluate a profile sent in the body. The profile
/// lives only for the request: it is not stored, logged or cached.
/// </summary>
internal static class EligibilityEndpoints
{
    public static void MapEligibilityEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/eligibility").WithTags("Eligibility");
        api.MapPost("", EvaluateOne)
            .WithSummary("Evaluates a candidate profile for one role: every requirement's verdict and reason, the gaps and when they close, missing information.")
            .Accepts<EligibilityRequest>("application/json")
            .Produces<EligibilityReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapPost("/all", EvaluateAll)
            .WithSummary("Evaluates a candidate profile for every role, best first.")
            .Accepts<EligibilityAllRequest>("application/json")
            .Produces<IReadOnlyList<EligibilityReport>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> EvaluateOne(HttpContext context, CareerCatalog catalog, EligibilityEvaluator evaluator, TimeProvider time, CancellationToken cancellationToken)
    {
        NoStore(context);
        var (body, error) = await RequestBody.ReadJsonAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!RequestJson.TryDeserialize(body!, WebJsonContext.Default.EligibilityRequest, "roleId, asOf, policy and profile", out var request, out error))
        {
            return error;
        }

        var problems = new List<RequestProblem>();
        if (string.IsNullOrWhiteSpace(request.RoleId))
        {
            problems.Add(new RequestProblem("roleId", "required: the id of the role to evaluate against (or use /api/eligibility/all)"));
        }

        var (asOf, policy, profile) = ReadCommon(request.AsOf, request.Policy, request.Profile, time, problems);
        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems, TitleFor(problems));
        }

        if (!catalog.TryGetRole(request.RoleId, out var role))
        {
            return Problems.UnknownRole(catalog, request.RoleId!);
        }

        var report = evaluator.Evaluate(profile!, role.Id, asOf, policy);
        return TypedResults.Json(report, IceCareersJsonContext.Default.EligibilityReport);
    }

    private static async Task<IResult> EvaluateAll(HttpContext context, EligibilityEvaluator evaluator, TimeProvider time, CancellationToken cancellationToken)
    {
        NoStore(context);
        var (body, error) = await RequestBody.ReadJsonAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (!RequestJson.TryDeserialize(body!, WebJsonContext.Default.EligibilityAllRequest, "asOf, policy and profile", out var request, out error))
        {
            return error;
        }

        var problems = new List<RequestProblem>();
        var (asOf, policy, profile) = ReadCommon(request.AsOf, request.Policy, request.Profile, time, problems);
        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems, TitleFor(problems));
        }

        var reports = evaluator.EvaluateAll(profile!, asOf, policy);
        return TypedResults.Json(reports, IceCareersJsonContext.Default.IReadOnlyListEligibilityReport);
    }

    /// <summary>Checks the date, the policy and the profile, adding every problem found; the profile is read with the library's <c>CandidateProfile.FromJson</c>.</summary>
    internal static (DateOnly? AsOf, ScreeningPolicy Policy, CandidateProfile? Profile) ReadCommon(
        string? asOfText, string? policyText, JsonElement? profileJson, TimeProvider time, List<RequestProblem> problems)
    {
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            if (Dates.TryParse(asOfText, out var date))
            {
                asOf = date;
            }
            else
            {
                problems.Add(new RequestProblem("asOf", Dates.Invalid(asOfText)));
            }
        }

        // Absent means strict, the library's default.
        var policy = ScreeningPolicy.Strict;
        if (policyText is not null && !ScreeningPolicyNames.TryParse(policyText, out policy))
        {
            problems.Add(new RequestProblem("policy", $"unknown policy '{policyText}'; expected one of: {string.Join(", ", ScreeningPolicyNames.All)}"));
        }

        var profile = RequestJson.Profile(profileJson, time, problems);
        return (asOf, policy, profile);
    }

    private static string TitleFor(List<RequestProblem> problems) =>
        problems.Any(p => p.Path.StartsWith("profile", StringComparison.Ordinal))
            ? problems.Count == 1 ? "The profile has a problem" : $"The request has {problems.Count} problems"
            : problems.Count == 1 ? "The request has a problem" : $"The request has {problems.Count} problems";

    private static void NoStore(HttpContext context) => context.Response.Headers.CacheControl = "no-store";
}
