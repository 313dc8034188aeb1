using System.Globalization;
using IceCareers.Postings;
using Microsoft.Extensions.Options;

namespace IceCareers.Web;

/// <summary>
/// The <c>UsaJobs</c> settings. With <see cref="ApiKey"/> and <see cref="UserAgent"/> both set, the sample searches the
/// USAJOBS Search API for a role's current ICE postings; without them the page offers to read a saved search result.
/// </summary>
internal sealed class UsaJobsOptions
{
    /// <summary>The configuration section: <c>UsaJobs:ApiKey</c>, <c>UsaJobs:UserAgent</c>, <c>UsaJobs:BaseAddress</c>, <c>UsaJobs:TimeoutSeconds</c>.</summary>
    public const string Section = "UsaJobs";

    /// <summary>The Search API's host, which its documentation asks for in a <c>Host</c> header.</summary>
    public const string Host = "data.usajobs.gov";

    /// <summary>The API key USAJOBS issued, sent as <c>Authorization-Key</c>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The e-mail address the key was requested with, sent as <c>User-Agent</c>.</summary>
    public string? UserAgent { get; set; }

    /// <summary>Where the API answers: <c>https://data.usajobs.gov/</c> (a test points it at a local stub server).</summary>
    public Uri BaseAddress { get; set; } = new("https://" + Host + "/");

    /// <summary>The longest wait for USAJOBS's answer before the person is told it did not answer in time.</summary>
    public const int DefaultTimeoutSeconds = 20;

    /// <summary>
    /// The most <c>UsaJobs:TimeoutSeconds</c> may be: below the 30 seconds every request of this server is given, so
    /// the person hears "USAJOBS did not answer in time" rather than the server's own timeout.
    /// </summary>
    public const int MaxTimeoutSeconds = 25;

    /// <summary>How long to wait for USAJOBS (<c>UsaJobs:TimeoutSeconds</c>, 1 to <see cref="MaxTimeoutSeconds"/>; default 20).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(DefaultTimeoutSeconds);

    /// <summary>Reads the settings (by name, without reflection-based binding: the app is AOT-compatible).</summary>
    /// <exception cref="InvalidOperationException">
    /// A setting is given but cannot be used (<c>BaseAddress</c> not an absolute address, <c>TimeoutSeconds</c> not a
    /// whole number from 1 to <see cref="MaxTimeoutSeconds"/>): the server does not start on a setting it would ignore.
    /// </exception>
    public static UsaJobsOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new UsaJobsOptions { ApiKey = section["ApiKey"], UserAgent = section["UserAgent"] };
        if (section["BaseAddress"] is { } baseAddress)
        {
            options.BaseAddress = Uri.TryCreate(baseAddress, UriKind.Absolute, out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:BaseAddress must be an absolute address such as https://{Host}/.");
        }

        if (section["TimeoutSeconds"] is { } timeout)
        {
            options.Timeout = int.TryParse(timeout, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 1 and <= MaxTimeoutSeconds
                ? TimeSpan.FromSeconds(seconds)
                : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{Section}:TimeoutSeconds must be a whole number of seconds from 1 to {MaxTimeoutSeconds}."));
        }

        return options;
    }

    /// <summary>Whether a live search can be made.</summary>
    public bool Configured => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(UserAgent);
}

/// <summary>
/// A typed <see cref="HttpClient"/> for the USAJOBS Search API (<c>GET https://data.usajobs.gov/api/Search</c>, documented at
/// https://developer.usajobs.gov/api-reference/get-api-search and in its "Search Jobs" tutorial: the headers
/// <c>Host</c>, <c>User-Agent</c> and <c>Authorization-Key</c>; the parameters <c>Keyword</c>, <c>JobCategoryCode</c>
/// (the series) and <c>ResultsPerPage</c>). The answer is read with the library's reader, bounded like an upload.
/// Nothing of the person's profile is ever sent: only the role's series and ICE's name.
/// </summary>
internal sealed partial class UsaJobsClient(HttpClient http, IOptions<UsaJobsOptions> options, ILogger<UsaJobsClient> logger)
{
    /// <summary>The keyword that narrows the search to ICE (the agency's name; ICE's organization code has no source here).</summary>
    public const string AgencyKeyword = "Immigration and Customs Enforcement";

    /// <summary>What the person can do when the search fails, the end of every failure's message.</summary>
    public const string Later = "Try again later, or open a search result saved from USAJOBS.";

    /// <summary>Postings a page; the API documents at most 500.</summary>
    public const int ResultsPerPage = 250;

    /// <summary>Whether a key and user agent are configured.</summary>
    public bool Configured => options.Value.Configured;

    /// <summary>The address searched for a series, e.g. <c>https://data.usajobs.gov/api/Search?Keyword=…&amp;JobCategoryCode=1801&amp;ResultsPerPage=250</c>.</summary>
    public Uri SearchUri(string series) => new(
        options.Value.BaseAddress,
        string.Create(CultureInfo.InvariantCulture, $"api/Search?Keyword={Uri.EscapeDataString(AgencyKeyword)}&JobCategoryCode={Uri.EscapeDataString(series)}&ResultsPerPage={ResultsPerPage}"));

    /// <summary>
    /// ICE's current postings for <paramref name="series"/>: the Search API's document as it came (at most
    /// <see cref="AnnouncementReadOptions.DefaultMaxBytes"/> bytes), checked with the library's reader.
    /// </summary>
    /// <exception cref="UsaJobsUnavailableException">
    /// The API did not answer, refused, or answered something that is no search result. Its message is a plain sentence
    /// for the person: it never quotes what USAJOBS or the HTTP stack said (an address, a reason phrase, a parser's words).
    /// </exception>
    public async Task<byte[]> SearchAsync(string series, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Configured)
        {
            throw new InvalidOperationException("The USAJOBS search is not configured.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, SearchUri(series));
        request.Headers.Host = UsaJobsOptions.Host;
        request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        request.Headers.TryAddWithoutValidation("Authorization-Key", settings.ApiKey);
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogStatus(logger, (int)response.StatusCode);
                throw new UsaJobsUnavailableException(string.Create(CultureInfo.InvariantCulture, $"USAJOBS answered the search with an error (status {(int)response.StatusCode}). {Later}"));
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var limit = AnnouncementReadOptions.DefaultMaxBytes;
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new UsaJobsUnavailableException(string.Create(CultureInfo.InvariantCulture, $"USAJOBS answered with more than {limit:N0} bytes, more than a search result this page reads. {Later}"));
                }

                buffer.Write(chunk, 0, read);
            }

            var document = buffer.ToArray();
            _ = UsaJobsSearchResult.Parse(new MemoryStream(document, writable: false));
            return document;
        }
        catch (AnnouncementFormatException e)
        {
            LogFailure(logger, e.GetType().Name);
            throw new UsaJobsUnavailableException("USAJOBS answered with something that is not a search result. " + Later);
        }
        catch (HttpRequestException e)
        {
            LogFailure(logger, e.GetType().Name);
            throw new UsaJobsUnavailableException("USAJOBS could not be reached. " + Later);
        }
        catch (IOException e)
        {
            LogFailure(logger, e.GetType().Name);
            // The connection broke while the answer was arriving (HttpIOException is an IOException, not an HttpRequestException).
            throw new UsaJobsUnavailableException("USAJOBS stopped answering before the search result arrived. " + Later);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailure(logger, e.GetType().Name);
            throw new UsaJobsUnavailableException("USAJOBS did not answer in time. " + Later);
        }
    }

    // For the operator: what failed, never the messages (they may quote addresses or what USAJOBS said) nor anything
    // of the person.
    [LoggerMessage(Level = LogLevel.Warning, Message = "USAJOBS search answered status {Status}")]
    private static partial void LogStatus(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "USAJOBS search failed with {ExceptionType} (message withheld)")]
    private static partial void LogFailure(ILogger logger, string exceptionType);
}

/// <summary>The USAJOBS Search API could not give a search result; the message says why, in words.</summary>
internal sealed class UsaJobsUnavailableException(string message) : Exception(message);
