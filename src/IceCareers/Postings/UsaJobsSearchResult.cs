using System.Buffers;
using System.Globalization;
using System.Text;
using IceCareers.Internal;
using IceCareers.UsaJobs;

namespace IceCareers.Postings;

/// <summary>
/// The postings of a USAJOBS Search API response (<c>GET /api/Search</c>: <c>SearchResult.SearchResultItems[].MatchedObjectDescriptor</c>),
/// read into immutable <see cref="Announcement"/>s. A bare JSON array of <c>MatchedObjectDescriptor</c> objects (or of
/// search result items) is read too. Fields the library does not use are ignored, so responses with fields added by
/// later API versions still read; a document that is not such a response is refused with
/// <see cref="AnnouncementFormatException"/>. Parsing is one forward pass (System.Text.Json's <c>Utf8JsonReader</c>, no
/// reflection), linear in the document's size and bounded by <see cref="AnnouncementReadOptions"/>. Immutable.
/// </summary>
public sealed class UsaJobsSearchResult
{
    private readonly IReadOnlyList<Announcement> _announcements = [];

    /// <summary>The postings, in the document's order.</summary>
    public required IReadOnlyList<Announcement> Announcements { get => _announcements; init => _announcements = Frozen.List(value); }

    /// <summary>
    /// <c>SearchResult.SearchResultCountAll</c>: how many postings matched the search in all pages; <see langword="null"/>
    /// for a bare array or when absent.
    /// </summary>
    public int? SearchResultCountAll { get; init; }

    /// <summary>Reads a Search API response (or a bare array of <c>MatchedObjectDescriptor</c>s) from JSON text, within the default bounds (1 MiB).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The postings.</returns>
    /// <exception cref="AnnouncementFormatException">The text is not a readable Search API response, or is larger than 1 MiB.</exception>
    public static UsaJobsSearchResult Parse(string json) => Parse(json, AnnouncementReadOptions.Default);

    /// <summary>Reads a Search API response (or a bare array of <c>MatchedObjectDescriptor</c>s) from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Bounds; <see cref="AnnouncementReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The postings.</returns>
    /// <exception cref="AnnouncementFormatException">The text is not a readable Search API response, or is larger than <see cref="AnnouncementReadOptions.MaxBytes"/>.</exception>
    public static UsaJobsSearchResult Parse(string json, AnnouncementReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= AnnouncementReadOptions.Default;

        // A char is at least one UTF-8 byte, so a text longer than the limit in chars is over it in bytes too.
        if (json.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(json) > options.MaxBytes)
        {
            throw TooLarge(options);
        }

        return new SearchResultReader(Encoding.UTF8.GetBytes(json), options).Read();
    }

    /// <summary>Reads a Search API response (or a bare array of <c>MatchedObjectDescriptor</c>s) from UTF-8 JSON, within the default bounds (1 MiB).</summary>
    /// <param name="utf8Json">The stream, read to its end (at most 1 MiB + 1 bytes); it is not closed.</param>
    /// <returns>The postings.</returns>
    /// <exception cref="AnnouncementFormatException">The stream is not a readable Search API response, or is larger than 1 MiB.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static UsaJobsSearchResult Parse(Stream utf8Json) => Parse(utf8Json, AnnouncementReadOptions.Default);

    /// <summary>Reads a Search API response (or a bare array of <c>MatchedObjectDescriptor</c>s) from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream, read to its end (at most <see cref="AnnouncementReadOptions.MaxBytes"/> + 1 bytes); it is not closed.</param>
    /// <param name="options">Bounds; <see cref="AnnouncementReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The postings.</returns>
    /// <exception cref="AnnouncementFormatException">The stream is not a readable Search API response, or is larger than <see cref="AnnouncementReadOptions.MaxBytes"/>.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static UsaJobsSearchResult Parse(Stream utf8Json, AnnouncementReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= AnnouncementReadOptions.Default;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(options.MaxBytes, 64 * 1024) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > options.MaxBytes)
                    {
                        throw TooLarge(options);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)options.MaxBytes + 1, buffer.Length * 2L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = utf8Json.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > options.MaxBytes)
            {
                throw TooLarge(options);
            }

            return new SearchResultReader(buffer.AsMemory(0, length), options).Read();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"USAJOBS search result: {Announcements.Count} posting{(Announcements.Count == 1 ? "" : "s")}{(SearchResultCountAll is { } all ? $" of {all}" : "")}");

    private static AnnouncementFormatException TooLarge(AnnouncementReadOptions options) => new(
        string.Create(CultureInfo.InvariantCulture, $"the document is larger than the limit of {options.MaxBytes:N0} bytes (AnnouncementReadOptions.MaxBytes)."),
        "$",
        null,
        null);
}
