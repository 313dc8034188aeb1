using System.Text.Json.Serialization;
using IceCareers.Eligibility;
using IceCareers.Internal;

namespace IceCareers.Announcements;

/// <summary>
/// One line of the <c>icecareers announcements</c> listing and of <c>POST /api/announcements/evaluate</c>: a posting,
/// its matched role, its grades and status on a date, and — with a profile — the report for the posting. Its JSON
/// (camelCase) is a documented contract. Immutable.
/// </summary>
public sealed class AnnouncementListing
{
    private readonly IReadOnlyList<string> _grades = [];
    private readonly IReadOnlyList<string> _notes = [];

    /// <summary>The announcement number (<c>PositionID</c>).</summary>
    public required string PositionId { get; init; }

    /// <summary>The job title.</summary>
    public required string Title { get; init; }

    /// <summary>The matched role's id, or <see langword="null"/> when the posting matches none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? RoleId { get; init; }

    /// <summary>Why the posting matches the role, or none.</summary>
    public required string MatchReason { get; init; }

    /// <summary>The grades offered, e.g. ["GL-5","GL-7","GL-9"]: along the matched role's grades, or the posting's low and high grades when no role matched.</summary>
    public IReadOnlyList<string> Grades { get => _grades; init => _grades = Frozen.List(value); }

    /// <summary>The day the posting opens, when stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateOnly? Opens { get; init; }

    /// <summary>The last day to apply, when stated.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateOnly? Closes { get; init; }

    /// <summary>Whether the posting takes applications on the as-of date; <see langword="null"/> when unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool? Open { get; init; }

    /// <summary>What the posting changes, in words (dates, grades, direct hire, pay).</summary>
    public IReadOnlyList<string> Notes { get => _notes; init => _notes = Frozen.List(value); }

    /// <summary>The report for this posting (with a profile, for a matched posting); otherwise <see langword="null"/>.</summary>
    public EligibilityReport? Report { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{PositionId}: {Title} → {RoleId ?? "no role"}";
}
