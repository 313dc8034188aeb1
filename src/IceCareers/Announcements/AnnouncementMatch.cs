using IceCareers.Postings;
using IceCareers.Roles;

namespace IceCareers.Announcements;

/// <summary>
/// Which catalog role a USAJOBS posting is for, if any, and why — the result of
/// <see cref="AnnouncementMatching.MatchRole"/>. Immutable.
/// </summary>
public sealed class AnnouncementMatch
{
    /// <summary>The posting's announcement number (<see cref="Announcement.PositionId"/>).</summary>
    public required string PositionId { get; init; }

    /// <summary>The matched role, or <see langword="null"/> when the posting matches none.</summary>
    public Role? Role { get; init; }

    /// <summary>The matched role's id, or <see langword="null"/> when the posting matches none.</summary>
    public string? RoleId => Role?.Id;

    /// <summary>Whether the posting's organisation or department names U.S. Immigration and Customs Enforcement.</summary>
    public required bool IsIce { get; init; }

    /// <summary>Why the posting matches the role, or why it matches none, in words.</summary>
    public required string Reason { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{PositionId} → {RoleId ?? "no role"}: {Reason}";
}
