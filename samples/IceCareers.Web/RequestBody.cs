using IceCareers.Candidates;
using Microsoft.AspNetCore.Http.Features;

namespace IceCareers.Web;

/// <summary>Reads a JSON request body of at most <see cref="MaxBytes"/> bytes into memory, never logging or keeping it.</summary>
internal static class RequestBody
{
    /// <summary>The largest body accepted: 1 MiB, the library's bound on a profile document.</summary>
    public const int MaxBytes = CandidateProfile.MaxDocumentBytes;

    /// <summary>The body's bytes, or the error response to send instead (415 when not JSON, 413 when too large).</summary>
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

        return (buffer.ToArray(), null);
    }
}
