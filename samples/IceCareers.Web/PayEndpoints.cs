using System.Globalization;
using IceCareers.Careers;
using IceCareers.Compensation;
using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Serialization;

namespace IceCareers.Web;

/// <summary>What a role pays and where it leads: <c>GET /api/roles/{id}/pay</c> and <c>/career</c>, the library's JSON.</summary>
internal static class PayEndpoints
{
    public static void MapPayEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Pay and careers");
        api.MapGet("/roles/{id}/pay", GetPay)
            .WithSummary("What the role pays at a grade, step (default 1), locality (default Rest of U.S.) and date (default today): base, locality or special rate, cap, premium range, incentives and sources.")
            .Produces<PayEstimate>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/pay/localities", GetLocalities)
            .WithSummary("The places to choose for pay: the OPM locality pay areas in the data (kind locality-area) and ICE's duty stations, field-office cities (kind duty-station), each with the locality to pass to /api/roles/{id}/pay and the area's id (also accepted as locality). With roleId, only its directorate's offices, and only the places where the role's grade (default its first entry grade) has pay on asOf (default today).")
            .Produces<PayLocation[]>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/roles/{id}/career", GetCareer)
            .WithSummary("The role's career from a start date and grade: training, probation, promotions, step increases, pay (with a locality) and LEO retirement (with a date of birth).")
            .Produces<CareerProjection>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The estimate for <paramref name="grade"/> (required), <paramref name="step"/> (default 1), <paramref name="locality"/>
    /// (default Rest of U.S.) and <paramref name="asOf"/> (default today); every bad parameter is a 400 naming it.</summary>
    private static IResult GetPay(string id, string? grade, string? step, string? locality, string? asOf, CareerCatalog catalog, TimeProvider time)
    {
        var problems = new List<RequestProblem>();
        PayGrade payGrade = default;
        if (grade is null)
        {
            problems.Add(new RequestProblem("grade", "Give the grade, e.g. grade=GL-7 or grade=GS-12."));
        }
        else if (!PayGrade.TryParse(grade, out payGrade))
        {
            problems.Add(new RequestProblem("grade", $"'{grade}' is not a grade; expected GS-N or GL-N with N from 1 to 15."));
        }

        var stepNumber = 1;
        if (step is not null && !int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out stepNumber))
        {
            problems.Add(new RequestProblem("step", $"'{step}' is not a step; expected a whole number from 1 to 10."));
        }

        DateOnly date = default;
        if (asOf is not null && !Dates.TryParse(asOf, out date))
        {
            problems.Add(new RequestProblem("asOf", Dates.Invalid(asOf)));
        }

        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        if (!catalog.TryGetRole(id, out var role))
        {
            return Problems.UnknownRole(catalog, id);
        }

        var estimator = new PayEstimator(catalog);
        if (!estimator.TryEstimate(role.Id, payGrade, stepNumber, locality ?? PayEstimator.DefaultLocality, asOf is null ? Dates.Today(time) : date, out var estimate, out var error))
        {
            return Problems.BadRequest([AtRoute(WithHint(LibraryProblem(error)))]);
        }

        return TypedResults.Json(estimate, IceCareersJsonContext.Default.PayEstimate);
    }

    /// <summary>
    /// The places to choose for pay: the locality areas in the data, then the ICE duty stations whose locality area it has.
    /// Without <paramref name="roleId"/>, all of them; with it, the role's directorate's stations, and only the places
    /// where <paramref name="grade"/> (default the role's first entry grade), step 1, has pay on <paramref name="asOf"/>
    /// (default today), so that every choice the page offers shows a figure. A bad parameter is a 400 naming it; an
    /// unknown role a 404.
    /// </summary>
    private static IResult GetLocalities(string? roleId, string? grade, string? asOf, CareerCatalog catalog, TimeProvider time)
    {
        var problems = new List<RequestProblem>();
        PayGrade payGrade = default;
        if (grade is not null && !PayGrade.TryParse(grade, out payGrade))
        {
            problems.Add(new RequestProblem("grade", $"'{grade}' is not a grade; expected GS-N or GL-N with N from 1 to 15."));
        }
        else if (grade is not null && roleId is null)
        {
            problems.Add(new RequestProblem("grade", "A grade narrows the places for a role; give roleId too."));
        }

        DateOnly date = default;
        if (asOf is not null && !Dates.TryParse(asOf, out date))
        {
            problems.Add(new RequestProblem("asOf", Dates.Invalid(asOf)));
        }

        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        var estimator = new PayEstimator(catalog);
        var areas = estimator.KnownLocalities.Zip(estimator.KnownLocalityIds, (name, areaId) => new PayLocation(name, PayLocation.LocalityArea, name, areaId));

        // A duty station is offered by its city, which the estimator accepts as a locality (adding the office's sources);
        // a station whose locality area the data lacks has no pay figure, so it is never offered.
        var stations = estimator.DutyStations.Where(s => s.LocalityArea is not null);
        if (roleId is null)
        {
            return TypedResults.Json([.. areas, .. stations.Select(Place)], WebJsonContext.Default.PayLocationArray);
        }

        if (!catalog.TryGetRole(roleId, out var role))
        {
            return Problems.UnknownRole(catalog, roleId);
        }

        // Only the offices of the role's own directorate: an ERO field office is not where an HSI agent works.
        var places = areas.Concat(stations.Where(s => s.Directorate == role.Directorate).Select(Place));
        var at = grade is null ? role.Grades.Entry[0] : payGrade;
        var day = asOf is null ? Dates.Today(time) : date;
        var priced = places.Where(p => estimator.TryEstimate(role.Id, at, 1, p.Locality, day, out _, out _)).ToArray();
        if (priced.Length == 0 && !estimator.TryEstimate(role.Id, at, 1, PayEstimator.DefaultLocality, day, out _, out var error))
        {
            // The grade or the date is wrong for the role wherever it is: say so (naming the parameter) rather than list nothing.
            return Problems.BadRequest([LibraryProblem(error)]);
        }

        return TypedResults.Json(priced, WebJsonContext.Default.PayLocationArray);

        static PayLocation Place(DutyStation s) => new($"{s.City} ({s.Office})", PayLocation.DutyStation, s.City, s.LocalityAreaId ?? "");
    }

    /// <summary>The career from <paramref name="start"/> at <paramref name="grade"/> (both required); the date of birth and locality are optional.</summary>
    private static IResult GetCareer(string id, string? start, string? grade, string? dateOfBirth, string? locality, CareerCatalog catalog)
    {
        var problems = new List<RequestProblem>();
        DateOnly startDate = default;
        if (start is null)
        {
            problems.Add(new RequestProblem("start", "Give the first day in the role, e.g. start=2026-02-02."));
        }
        else if (!Dates.TryParse(start, out startDate))
        {
            problems.Add(new RequestProblem("start", Dates.Invalid(start)));
        }

        PayGrade payGrade = default;
        if (grade is null)
        {
            problems.Add(new RequestProblem("grade", "Give the grade at appointment, e.g. grade=GL-7."));
        }
        else if (!PayGrade.TryParse(grade, out payGrade))
        {
            problems.Add(new RequestProblem("grade", $"'{grade}' is not a grade; expected GS-N or GL-N with N from 1 to 15."));
        }

        DateOnly birth = default;
        if (dateOfBirth is not null && !Dates.TryParse(dateOfBirth, out birth))
        {
            problems.Add(new RequestProblem("dateOfBirth", Dates.Invalid(dateOfBirth)));
        }

        if (problems.Count > 0)
        {
            return Problems.BadRequest(problems);
        }

        if (!catalog.TryGetRole(id, out var role))
        {
            return Problems.UnknownRole(catalog, id);
        }

        try
        {
            var projection = CareerPath.Project(catalog, role.Id, payGrade, startDate, dateOfBirth is null ? null : birth, locality);
            return TypedResults.Json(projection, IceCareersJsonContext.Default.CareerProjection);
        }
        catch (ArgumentException e)
        {
            var problem = WithHint(LibraryProblem(e.Message));
            return Problems.BadRequest([AtRoute(problem with { Path = e.ParamName == "startGrade" ? "grade" : problem.Path })]);
        }
    }

    /// <summary>The library names the role <c>roleId</c> (a legacy role's refusal); in these routes it is the path's <c>{id}</c>.</summary>
    private static RequestProblem AtRoute(RequestProblem problem) => problem.Path == "roleId" ? problem with { Path = "id" } : problem;

    /// <summary>A locality problem points to the list of places; others are left as they are.</summary>
    private static RequestProblem WithHint(RequestProblem problem) =>
        problem.Path == "locality" ? problem with { Message = problem.Message + " GET /api/pay/localities lists the places pay knows (ids, OPM names, field-office cities)." } : problem;

    /// <summary>A library message as a problem at the query parameter it names (" (Parameter 'x')", which it then drops).</summary>
    internal static RequestProblem LibraryProblem(string message)
    {
        // The runtime's "Actual value was …" suffix of an ArgumentOutOfRangeException is framework words, not ours.
        var actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
        message = actual >= 0 ? message[..actual].TrimEnd() : message;
        var at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (at < 0)
        {
            return new RequestProblem("", message);
        }

        var end = message.IndexOf("')", at, StringComparison.Ordinal);
        var name = message[(at + " (Parameter '".Length)..end];
        return new RequestProblem(name, message[..at] + message[(end + 2)..]);
    }
}
