namespace IceCareers.UsaJobs;

/// <summary>
/// The ranges a posting's numbers must keep to be read, in one place (the count and size of a document are
/// <see cref="Postings.AnnouncementReadOptions"/>). A value outside them is refused with its path, never shown as stated.
/// </summary>
internal static class PostingLimits
{
    /// <summary>The lowest GS/GL grade a posting may state as a number.</summary>
    public const int MinGrade = 1;

    /// <summary>The highest GS/GL grade a posting may state as a number.</summary>
    public const int MaxGrade = 15;

    /// <summary>The most a pay amount may be, in dollars (any interval): far above any federal salary, so only nonsense is refused.</summary>
    public const decimal MaxPay = 10_000_000m;

    /// <summary>The largest latitude, in degrees (north or south).</summary>
    public const double MaxLatitude = 90;

    /// <summary>The largest longitude, in degrees (east or west).</summary>
    public const double MaxLongitude = 180;
}
