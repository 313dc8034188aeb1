using IceCareers.Eligibility;
using IceCareers.Internal;
using IceCareers.Pay;
using IceCareers.Postings;
using IceCareers.Roles;

namespace IceCareers.Announcements;

/// <summary>
/// A candidate evaluated against one USAJOBS posting: the matched role's <see cref="EligibilityReport"/> restricted to
/// the grades the posting offers, and what the posting changes (grades, dates, hiring path, pay). Produced by
/// <see cref="AnnouncementEvaluations.Evaluate"/>. Immutable.
/// </summary>
public sealed class AnnouncementEvaluation
{
    private readonly IReadOnlyList<PayGrade> _offered = [];
    private readonly IReadOnlyList<PayGrade> _notEntry = [];
    private readonly IReadOnlyList<PayGrade> _entryNotOffered = [];
    private readonly IReadOnlyList<PayRange> _pay = [];
    private readonly IReadOnlyList<string> _notes = [];
    private readonly IReadOnlyList<PayEstimate> _estimates = [];

    /// <summary>The posting evaluated against.</summary>
    public required Announcement Announcement { get; init; }

    /// <summary>The role the posting matched, or none, and why.</summary>
    public required AnnouncementMatch Match { get; init; }

    /// <summary>The evaluation date.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>
    /// The matched role's report for this posting: qualifying grades limited to <see cref="OfferedGrades"/>, the
    /// education-and-experience result and the outcome adjusted when the candidate qualifies only at grades the posting
    /// does not offer, and <see cref="Notes"/> added to its warnings. <see langword="null"/> when no role matched.
    /// </summary>
    public EligibilityReport? Report { get; init; }

    /// <summary>Whether the posting takes applications on <see cref="AsOf"/>; <see langword="null"/> when a date it needs is not stated.</summary>
    public bool? IsOpen { get; init; }

    /// <summary>Whether the posting says it is filled under direct-hire authority (no veterans' preference).</summary>
    public bool IsDirectHire { get; init; }

    /// <summary>The posting's grades along the role's: the role's entry grades within the posting's low–high range, plus the range's ends when they are not entry grades.</summary>
    public IReadOnlyList<PayGrade> OfferedGrades { get => _offered; init => _offered = Frozen.List(value); }

    /// <summary>Grades the posting offers that the catalog does not list as entry grades of the role (not evaluated).</summary>
    public IReadOnlyList<PayGrade> GradesNotInCatalog { get => _notEntry; init => _notEntry = Frozen.List(value); }

    /// <summary>The role's entry grades the posting does not offer.</summary>
    public IReadOnlyList<PayGrade> EntryGradesNotOffered { get => _entryNotOffered; init => _entryNotOffered = Frozen.List(value); }

    /// <summary>The posting's pay ranges, as it states them.</summary>
    public IReadOnlyList<PayRange> Pay { get => _pay; init => _pay = Frozen.List(value); }

    /// <summary>
    /// The library's pay estimates beside <see cref="Pay"/>: base pay plus locality at step 1 for the lowest and highest
    /// offered entry grades, in the first duty city the pay data knows as a locality area (else Rest of U.S.).
    /// </summary>
    public IReadOnlyList<PayEstimate> PayEstimates { get => _estimates; init => _estimates = Frozen.List(value); }

    /// <summary>What the posting changes, in words: closed or not yet open (with the date), grades, direct hire, pay.</summary>
    public IReadOnlyList<string> Notes { get => _notes; init => _notes = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Announcement.PositionId} → {Match.RoleId ?? "no role"}: {(Report is { } r ? r.Outcome.ToString() : "not evaluated")}{(IsOpen == false ? " (not open)" : "")}";
}
