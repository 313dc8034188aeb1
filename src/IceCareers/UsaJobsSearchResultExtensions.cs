using IceCareers.Postings;
using IceCareers.UsaJobs;

namespace IceCareers;

/// <summary>
/// <c>UsaJobsSearchResult.Parse</c>: the posting model knows no reader (it sits below them), so its reading entry points
/// are declared here, beside the catalog, and reach the USAJOBS reader. In the root namespace they are found with the
/// usual <c>using IceCareers;</c>.
/// </summary>
public static class UsaJobsSearchResultExtensions
{
    extension(UsaJobsSearchResult)
    {
        /// <summary>Reads a Search API response (or a bare array of <c>MatchedObjectDescriptor</c>s) from JSON text, within the default bounds (1 MiB).</summary>
        /// <param name="json">The JSON text.</param>
        /// <returns>The postings.</returns>
        /// <exception cref="AnnouncementFormatException">The text is not a readable Search API response, or is larger than 1 MiB.</exception>
        /// <remarks>
        /// A bare JSON array of <c>MatchedObjectDescriptor</c> objects (or of search result items) is read too. Fields the
        /// library does not use are ignored, so responses with fields added by later API versions still read. Parsing is
        /// one forward pass (System.Text.Json's <c>Utf8JsonReader</c>, no reflection), linear in the document's size.
        /// </remarks>
        public static UsaJobsSearchResult Parse(string json) => SearchResultReader.Parse(json, AnnouncementReadOptions.Default);

        /// <summary>Reads a Search API response (or a bare array of <c>MatchedObjectDescriptor</c>s) from JSON text.</summary>
        /// <param name="json">The JSON text.</param>
        /// <param name="options">Bounds; <see cref="AnnouncementReadOptions.Default"/> when <see langword="null"/>.</param>
        /// <returns>The postings.</returns>
        /// <exception cref="AnnouncementFormatException">The text is not a readable Search API response, or is larger than <see cref="AnnouncementReadOptions.MaxBytes"/>.</exception>
        public static UsaJobsSearchResult Parse(string json, AnnouncementReadOptions? options) => SearchResultReader.Parse(json, options);

        /// <summary>Reads a Search API response (or a bare array of <c>MatchedObjectDescriptor</c>s) from UTF-8 JSON, within the default bounds (1 MiB).</summary>
        /// <param name="utf8Json">The stream, read to its end (at most 1 MiB + 1 bytes); it is not closed.</param>
        /// <returns>The postings.</returns>
        /// <exception cref="AnnouncementFormatException">The stream is not a readable Search API response, or is larger than 1 MiB.</exception>
        /// <exception cref="IOException">The stream could not be read.</exception>
        public static UsaJobsSearchResult Parse(Stream utf8Json) => SearchResultReader.Parse(utf8Json, AnnouncementReadOptions.Default);

        /// <summary>Reads a Search API response (or a bare array of <c>MatchedObjectDescriptor</c>s) from UTF-8 JSON.</summary>
        /// <param name="utf8Json">The stream, read to its end (at most <see cref="AnnouncementReadOptions.MaxBytes"/> + 1 bytes); it is not closed.</param>
        /// <param name="options">Bounds; <see cref="AnnouncementReadOptions.Default"/> when <see langword="null"/>.</param>
        /// <returns>The postings.</returns>
        /// <exception cref="AnnouncementFormatException">The stream is not a readable Search API response, or is larger than <see cref="AnnouncementReadOptions.MaxBytes"/>.</exception>
        /// <exception cref="IOException">The stream could not be read.</exception>
        public static UsaJobsSearchResult Parse(Stream utf8Json, AnnouncementReadOptions? options) => SearchResultReader.Parse(utf8Json, options);
    }
}
