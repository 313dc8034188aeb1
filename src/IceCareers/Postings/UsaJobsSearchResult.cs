using System.Globalization;
using IceCareers.Internal;

namespace IceCareers.Postings;

/// <summary>
/// The postings of a USAJOBS Search API response (<c>GET /api/Search</c>: <c>SearchResult.SearchResultItems[].MatchedObjectDescriptor</c>),
/// as immutable <see cref="Announcement"/>s. Read one with <c>UsaJobsSearchResult.Parse</c> (from text or a stream,
/// bounded by <see cref="AnnouncementReadOptions"/>; a document that is not such a response is refused with
/// <see cref="AnnouncementFormatException"/>); the model itself knows no reader. Immutable.
/// </summary>
public sealed class UsaJobsSearchResult
{
    private readonly IReadOnlyList<Announcement> _announcements = [];

    /// <summary>The postings, in the document's order.</summary>
    public required IReadOnlyList<Announcement> Announcements { get => _announcements; init => _announcements = Frozen.ListWithoutNulls(value, nameof(Announcements)); }

    /// <summary>
    /// <c>SearchResult.SearchResultCountAll</c>: how many postings matched the search in all pages; <see langword="null"/>
    /// for a bare array or when absent.
    /// </summary>
    public int? SearchResultCountAll { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"USAJOBS search result: {Announcements.Count} posting{(Announcements.Count == 1 ? "" : "s")}{(SearchResultCountAll is { } all ? $" of {all}" : "")}");
}
