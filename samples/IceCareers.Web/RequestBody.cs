using IceCareers.Candidates;
using Microsoft.AspNetCore.Http.Features;

namespace IceCareers.Web;

/// <summary>
/// Reads a JSON request body for every endpoint that takes one: at most <see cref="MaxBytes"/> bytes counted as they
/// arrive (strict UTF-8 is the readers' part: see <see cref="RequestJson"/>), and a client that sends too slowly (Kestrel's minimum data rate, the request timeout) or goes
/// away mid-body ends the request with 408 or nothing, logged at Debug only, never as an error.
/// </summary>
internal static partial class RequestBody
{
    /// <summary>The largest body accepted: a profile document's limit.</summary>
    public const int MaxBytes = CandidateProfile.MaxDocumentBytes;

    /// <summary>Reads the body; on any refusal the second item is the response to send (and the first is null).</summary>
    public static async Task<(byte[]? Body, IResult? Error)> ReadJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.NotJson());
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, Problems.TooLarge());
        }

        // Kestrel enforces the limit on chunked bodies too; TestServer does not, so the loop below counts as well.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return (null, Problems.TooLarge());
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge());
        }
        catch (BadHttpRequestException e)
        {
            // Too slow (408, Kestrel's minimum request body data rate) or a body that ended early (400).
            LogBodyFailed(Logger(request), e.StatusCode, request.Path.Value ?? "");
            return (null, e.StatusCode == StatusCodes.Status408RequestTimeout ? Problems.TimedOut() : Problems.IncompleteBody());
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The request timed out (the timeout middleware cancels the token) or the client went away mid-body; if it
            // is gone, the 408 is simply not delivered.
            LogBodyFailed(Logger(request), StatusCodes.Status408RequestTimeout, request.Path.Value ?? "");
            return (null, Problems.TimedOut());
        }

        // UTF-8 is checked where the body is read: the request object by the serializer, the profile by the library's
        // bounded reader (ProfileDocument.ReadJson) and the postings by UsaJobsSearchResult.Parse, each naming the place.
        return (buffer.ToArray(), null);
    }

    private static ILogger Logger(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("IceCareers.Web.RequestBody");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Request body of {Path} not read to the end (status {StatusCode}): the client was too slow or went away")]
    private static partial void LogBodyFailed(ILogger logger, int statusCode, string path);
}
