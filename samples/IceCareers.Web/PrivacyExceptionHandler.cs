using Microsoft.AspNetCore.Diagnostics;

namespace IceCareers.Web;

/// <summary>
/// Turns exceptions that escape an endpoint into ProblemDetails without ever logging their messages (they may quote the
/// request). Refusals are not failures: an <see cref="ArgumentException"/> from the library (a date it cannot judge, a
/// number out of range) is a 400 with its message; a client that is too slow or went away is a 408 or nothing, logged
/// at Debug. Anything else is a 500, logged by exception type only.
/// </summary>
internal sealed partial class PrivacyExceptionHandler(IProblemDetailsService problemDetails, ILogger<PrivacyExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var path = httpContext.Request.Path.Value ?? "";
        int status;
        string title, detail;
        RequestProblem[]? problems = null;
        switch (exception)
        {
            case BadHttpRequestException bad:
                LogClient(logger, bad.StatusCode, httpContext.Request.Method, path);
                status = bad.StatusCode;
                title = status == StatusCodes.Status408RequestTimeout ? "Request timeout" : "Bad request";
                detail = status == StatusCodes.Status408RequestTimeout ? "The request arrived too slowly." : "The request could not be read.";
                break;
            case OperationCanceledException or IOException when httpContext.RequestAborted.IsCancellationRequested:
                LogClient(logger, StatusCodes.Status408RequestTimeout, httpContext.Request.Method, path);
                status = StatusCodes.Status408RequestTimeout;
                title = "Request timeout";
                detail = "The request was cancelled before it completed.";
                break;
            case ArgumentException argument when argument is not ArgumentNullException:
                LogClient(logger, StatusCodes.Status400BadRequest, httpContext.Request.Method, path);
                status = StatusCodes.Status400BadRequest;
                title = "The request has a problem";
                var problem = PayEndpoints.LibraryProblem(argument.Message);
                detail = problem.Message;
                problems = [problem with { Path = problem.Path.Length > 0 ? problem.Path : argument.ParamName ?? "" }];
                break;
            default:
                LogFailure(logger, exception.GetType().FullName ?? "exception", httpContext.Request.Method, path);
                status = StatusCodes.Status500InternalServerError;
                title = "Unexpected error";
                detail = "The server failed to handle the request. Nothing was stored.";
                break;
        }

        if (httpContext.Response.HasStarted || httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        };
        if (problems is not null)
        {
            // Every 400 lists its problems with their paths, as the endpoints' own refusals do.
            context.ProblemDetails.Extensions["problems"] = problems;
        }

        return await problemDetails.TryWriteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed with {ExceptionType} (message withheld: it may quote the request)")]
    private static partial void LogFailure(ILogger logger, string exceptionType, string method, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request {Method} {Path} refused with {StatusCode} (a client problem, not a failure)")]
    private static partial void LogClient(ILogger logger, int statusCode, string method, string path);
}
