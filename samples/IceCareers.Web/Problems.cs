using System.Globalization;

namespace IceCareers.Web;

/// <summary>One thing wrong with a request: where (a path in the request body or a query parameter) and what.</summary>
/// <param name="Path">The path, e.g. <c>asOf</c> or <c>profile.education[0].gpa</c>; empty for the body as a whole.</param>
/// <param name="Message">What is wrong, in plain English.</param>
internal sealed record RequestProblem(string Path, string Message);

/// <summary>The ProblemDetails (RFC 9457) responses of the API.</summary>
internal static class Problems
{
    /// <summary>How many problems one response lists at most; past it, the list ends with one saying how many more there are.</summary>
    public const int MaxListed = 100;

    /// <summary>400: every problem found in the request (at most <see cref="MaxListed"/>), in the <c>problems</c> extension.</summary>
    public static IResult BadRequest(IReadOnlyList<RequestProblem> problems, string? title = null)
    {
        var total = problems.Count;

        // A list that already ends with the library's own "and N more" (MaxListed + 1 entries) is shown as it is.
        if (total > MaxListed + 1)
        {
            problems = [.. problems.Take(MaxListed), new RequestProblem("", string.Create(CultureInfo.InvariantCulture, $"and {total - MaxListed:N0} more problems, not listed"))];
        }

        return TypedResults.Problem(
            detail: string.Join("; ", problems.Select(p => p.Path.Length == 0 ? p.Message : $"{p.Path}: {p.Message}")),
            statusCode: StatusCodes.Status400BadRequest,
            title: title ?? (total == 1 ? "The request has a problem" : string.Create(CultureInfo.InvariantCulture, $"The request has {total} problems")),
            extensions: new Dictionary<string, object?> { ["problems"] = problems.ToArray() });
    }

    /// <summary>408: the body came too slowly (or not at all before the request timed out).</summary>
    public static IResult TimedOut() =>
        TypedResults.Problem(
            detail: "The request body arrived too slowly; send it at once.",
            statusCode: StatusCodes.Status408RequestTimeout,
            title: "Request timeout");

    /// <summary>400: the body ended before its announced length.</summary>
    public static IResult IncompleteBody() =>
        TypedResults.Problem(
            detail: "The request body ended before the length it announced.",
            statusCode: StatusCodes.Status400BadRequest,
            title: "Incomplete request body");

    public static IResult UnknownRole(CareerCatalog catalog, string id)
    {
        string detail;
        try
        {
            _ = catalog.GetRole(id);
            detail = $"Unknown role id '{id}'.";
        }
        catch (RoleNotFoundException e)
        {
            detail = e.Message;
        }

        return TypedResults.Problem(
            detail: detail,
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown role",
            extensions: new Dictionary<string, object?>
            {
                ["roleId"] = id,
                ["knownRoleIds"] = catalog.Roles.Select(r => r.Id).Order(StringComparer.Ordinal).ToArray(),
            });
    }

    /// <summary>413: the body is larger than <see cref="RequestBody.MaxBytes"/>.</summary>
    public static IResult TooLarge() =>
        TypedResults.Problem(
            detail: string.Create(CultureInfo.InvariantCulture, $"The request body is larger than {RequestBody.MaxBytes:N0} bytes (1 MiB)."),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large");

    /// <summary>415: the body is not JSON.</summary>
    public static IResult NotJson() =>
        TypedResults.Problem(
            detail: "Send the request body as JSON with Content-Type: application/json.",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type");
}
