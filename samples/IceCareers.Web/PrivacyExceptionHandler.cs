using Microsoft.AspNetCore.Diagnostics;

namespace IceCareers.Web;

/// <summary>
/// Turns an unexpected exception into a 500 ProblemDetails and logs only its type and the route, never its message
/// (which could quote the profile). Handling it here also stops the default "unhandled exception" log entry.
/// </summary>
internal sealed partial class PrivacyExceptionHandler(IProblemDetailsService problemDetails, ILogger<PrivacyExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        LogFailure(logger, exception.GetType().FullName ?? "exception", httpContext.Request.Method, httpContext.Request.Path.Value ?? "");
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Unexpected error",
                Detail = "The server failed to handle the request. Nothing was stored.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed with {ExceptionType} (message withheld: it may quote the request)")]
    private static partial void LogFailure(ILogger logger, string exceptionType, string method, string path);
}
