using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Careers;
using IceCareers.Hiring;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Web;

/// <summary>Read-only endpoints over the catalog: roles, their hiring pipelines and training, and the sources.</summary>
internal static class CatalogEndpoints
{
    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Catalog");
        api.MapGet("/roles", GetRoles)
            .WithSummary("Every role of the catalog, with its grades, duties, requirements and sources.")
            .Produces<IReadOnlyList<Role>>();
        api.MapGet("/roles/{id}", GetRole)
            .WithSummary("One role by id.")
            .Produces<Role>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/roles/{id}/pipeline", GetPipeline)
            .WithSummary("The role's hiring pipeline: its stages, in order, with their typical durations.")
            .Produces<HiringPipeline>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/roles/{id}/training", GetTraining)
            .WithSummary("The role's training plan in force on the start date (default today), placed on the calendar from that day.")
            .Produces<JsonObject>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/requirements/{id}", GetRequirement)
            .WithSummary("One requirement by id, with the values it rests on (for example the Superior Academic Achievement standard of education-experience) and its sources.")
            .Produces<Requirement>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/about", GetAbout)
            .WithSummary("The catalog's data version and the date its data was last reviewed, for a printout to name.")
            .Produces<CatalogAbout>();
        api.MapGet("/sources", GetSources)
            .WithSummary("Every source the catalog cites, with its kind, publisher, dates and confidence.")
            .Produces<IReadOnlyList<Source>>();
    }

    private static IResult GetRoles(CareerCatalog catalog) =>
        TypedResults.Json(catalog.Roles, IceCareersJsonContext.Default.IReadOnlyListRole);

    private static IResult GetRole(string id, CareerCatalog catalog) =>
        catalog.TryGetRole(id, out var role)
            ? TypedResults.Json(role, IceCareersJsonContext.Default.Role)
            : Problems.UnknownRole(catalog, id);

    private static IResult GetPipeline(string id, CareerCatalog catalog) =>
        catalog.TryGetRole(id, out var role)
            ? TypedResults.Json(catalog.GetPipeline(role), IceCareersJsonContext.Default.HiringPipeline)
            : Problems.UnknownRole(catalog, id);

    /// <summary>The training plan in force on <paramref name="start"/> (today when absent), placed on the calendar from that day.</summary>
    private static IResult GetTraining(string id, string? start, CareerCatalog catalog, TimeProvider time)
    {
        DateOnly startDate = default;
        if (start is not null && !Dates.TryParse(start, out startDate))
        {
            return Problems.BadRequest([new RequestProblem("start", Dates.Invalid(start))]);
        }

        if (!catalog.TryGetRole(id, out var role))
        {
            return Problems.UnknownRole(catalog, id);
        }

        if (start is null)
        {
            startDate = Dates.Today(time);
        }

        var plan = TrainingPlan.Create(catalog, role, startDate);
        IReadOnlyList<ScheduledProgram> schedule;
        try
        {
            schedule = plan.Schedule(startDate);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // The library refuses a start whose training would end past the calendar's last date.
            var cut = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            return Problems.BadRequest([new RequestProblem("start", cut > 0 ? e.Message[..cut] : e.Message)]);
        }

        var body = new JsonObject
        {
            ["roleId"] = role.Id,
            ["start"] = Dates.Format(startDate),
            ["expectedEnd"] = Dates.Format(schedule.Count == 0 ? startDate : schedule[^1].End),
            ["plan"] = JsonSerializer.SerializeToNode(plan, IceCareersJsonContext.Default.TrainingPlan),
            ["schedule"] = JsonSerializer.SerializeToNode(schedule, IceCareersJsonContext.Default.IReadOnlyListScheduledProgram),
        };
        return TypedResults.Json(body, WebJsonContext.Default.JsonObject);
    }

    private static IResult GetRequirement(string id, CareerCatalog catalog) =>
        catalog.Requirements.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal)) is { } requirement
            ? TypedResults.Json(requirement, IceCareersJsonContext.Default.Requirement)
            : TypedResults.Problem(
                detail: $"Unknown requirement id '{id}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown requirement",
                extensions: new Dictionary<string, object?> { ["knownRequirementIds"] = catalog.Requirements.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray() });

    private static IResult GetAbout(CareerCatalog catalog) =>
        TypedResults.Json(new CatalogAbout(catalog.Version, Dates.Format(catalog.AsOf)), WebJsonContext.Default.CatalogAbout);

    private static IResult GetSources(CareerCatalog catalog) =>
        TypedResults.Json(catalog.Sources, IceCareersJsonContext.Default.IReadOnlyListSource);
}

/// <summary>The catalog's data version and as-of date (<c>GET /api/about</c>).</summary>
/// <param name="DataVersion">The data's semantic version, e.g. <c>0.1.0</c>.</param>
/// <param name="DataAsOf">The date the data was last reviewed, <c>YYYY-MM-DD</c>.</param>
internal sealed record CatalogAbout(string DataVersion, string DataAsOf);
