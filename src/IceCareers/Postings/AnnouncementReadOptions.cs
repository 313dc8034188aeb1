namespace IceCareers.Postings;

/// <summary>Bounds for <see cref="UsaJobsSearchResult"/> parsing. Immutable; the defaults suit one page of search results.</summary>
public sealed class AnnouncementReadOptions
{
    /// <summary>The default of <see cref="MaxBytes"/>: 1 MiB (1,048,576 bytes).</summary>
    public const int DefaultMaxBytes = 1 << 20;

    /// <summary>The default of <see cref="MaxDepth"/>: 64 levels of nesting.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default of <see cref="MaxPostings"/>: 500, the most postings one Search API page holds.</summary>
    public const int DefaultMaxPostings = 500;

    /// <summary>The ready-made defaults.</summary>
    public static AnnouncementReadOptions Default { get; } = new();

    /// <summary>
    /// The largest document read, in UTF-8 bytes; a larger one is refused with <see cref="AnnouncementFormatException"/>
    /// before it is parsed. Default <see cref="DefaultMaxBytes"/> (1 MiB): a full Search API page of 500 postings with
    /// their long texts can exceed it, so raise it deliberately for such pages.
    /// </summary>
    public int MaxBytes
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxBytes), value, "The size limit must be positive.");
    } = DefaultMaxBytes;

    /// <summary>The deepest nesting of objects and arrays accepted. Default <see cref="DefaultMaxDepth"/> (64); Search API responses nest about 7 deep.</summary>
    public int MaxDepth
    {
        get;
        init => field = value is > 0 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "The depth limit must be from 1 to 1000.");
    } = DefaultMaxDepth;

    /// <summary>
    /// The most postings one document may hold; a document with more is refused with
    /// <see cref="AnnouncementFormatException"/> as soon as the one past the limit is reached, so the work of reading,
    /// matching and evaluating a document is bounded by it. Default <see cref="DefaultMaxPostings"/> (500, a Search API page).
    /// </summary>
    public int MaxPostings
    {
        get;
        init => field = value is > 0 and <= 100_000 ? value : throw new ArgumentOutOfRangeException(nameof(MaxPostings), value, "The postings limit must be from 1 to 100,000.");
    } = DefaultMaxPostings;
}
