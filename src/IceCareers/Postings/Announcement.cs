using IceCareers.Internal;

namespace IceCareers.Postings;

/// <summary>
/// One USAJOBS job opportunity announcement, read from a Search API <c>MatchedObjectDescriptor</c> by
/// <see cref="UsaJobsSearchResult"/>. Texts are kept as written (trimmed; an empty string is read as absent); a field
/// the response leaves out is <see langword="null"/> (unknown), and a list it leaves out is empty. docs/usajobs.md names
/// the source of every mapping. Immutable.
/// </summary>
public sealed class Announcement
{
    private readonly IReadOnlyList<string> _applyUris = [];
    private readonly IReadOnlyList<string> _series = [];
    private readonly IReadOnlyList<string> _payPlans = [];
    private readonly IReadOnlyList<PayRange> _pay = [];
    private readonly IReadOnlyList<AnnouncementLocation> _locations = [];
    private readonly IReadOnlyList<string> _hiringPaths = [];
    private readonly IReadOnlyList<string> _majorDuties = [];

    /// <summary>The USAJOBS control number (<c>MatchedObjectId</c>, the number in the job's address), when given.</summary>
    public string? ControlNumber { get; init; }

    /// <summary>The agency's announcement number (<c>PositionID</c>), e.g. "HSI-ELHU-12864563-DH-RIR".</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required string PositionId { get; init => field = value ?? throw new ArgumentNullException(nameof(PositionId), "An announcement has an announcement number (PositionId)."); }

    /// <summary>The job title (<c>PositionTitle</c>).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public required string Title { get; init => field = value ?? throw new ArgumentNullException(nameof(Title), "An announcement has a job title (Title)."); }

    /// <summary>The announcement's address on USAJOBS (<c>PositionURI</c>).</summary>
    public string? PositionUri { get; init; }

    /// <summary>The addresses to apply at (<c>ApplyURI</c>).</summary>
    public IReadOnlyList<string> ApplyUris { get => _applyUris; init => _applyUris = Frozen.ListWithoutNulls(value, nameof(ApplyUris)); }

    /// <summary>The hiring organisation (<c>OrganizationName</c>), e.g. "U.S. Immigration and Customs Enforcement".</summary>
    public string? OrganizationName { get; init; }

    /// <summary>The department (<c>DepartmentName</c>), e.g. "Department of Homeland Security"; USAJOBS sometimes writes an empty string (read as absent).</summary>
    public string? DepartmentName { get; init; }

    /// <summary>The organisation codes (<c>UserArea.Details.OrganizationCodes</c>), e.g. "DD/DD12", as written.</summary>
    public string? OrganizationCodes { get; init; }

    /// <summary>The occupational series (<c>JobCategory[].Code</c>), e.g. "1811", as written.</summary>
    public IReadOnlyList<string> Series { get => _series; init => _series = Frozen.ListWithoutNulls(value, nameof(Series)); }

    /// <summary>The pay plans (<c>JobGrade[].Code</c>), e.g. "GL" or "GS", as written.</summary>
    public IReadOnlyList<string> PayPlans { get => _payPlans; init => _payPlans = Frozen.ListWithoutNulls(value, nameof(PayPlans)); }

    /// <summary>The lowest grade offered (<c>UserArea.Details.LowGrade</c>), as written: "5", or a band letter on some pay plans.</summary>
    public string? LowGrade { get; init; }

    /// <summary>The highest grade offered (<c>UserArea.Details.HighGrade</c>), as written.</summary>
    public string? HighGrade { get; init; }

    /// <summary>The promotion potential (<c>UserArea.Details.PromotionPotential</c>), as written: "12", or "None".</summary>
    public string? PromotionPotential { get; init; }

    /// <summary>The pay ranges (<c>PositionRemuneration</c>).</summary>
    public IReadOnlyList<PayRange> Pay { get => _pay; init => _pay = Frozen.ListWithoutNulls(value, nameof(Pay)); }

    /// <summary>The duty locations (<c>PositionLocation</c>).</summary>
    public IReadOnlyList<AnnouncementLocation> Locations { get => _locations; init => _locations = Frozen.ListWithoutNulls(value, nameof(Locations)); }

    /// <summary>The location summary USAJOBS shows (<c>PositionLocationDisplay</c>), e.g. "Multiple Locations", when given.</summary>
    public string? LocationDisplay { get; init; }

    /// <summary>The day the announcement opens (<c>PublicationStartDate</c>): the calendar date as written, time and offset dropped.</summary>
    public DateOnly? PublicationStartDate { get; init; }

    /// <summary>The last day to apply (<c>ApplicationCloseDate</c>): the calendar date as written, time and offset dropped.</summary>
    public DateOnly? ApplicationCloseDate { get; init; }

    /// <summary>The hiring paths (<c>UserArea.Details.HiringPath</c>), as written, e.g. "public", "fed-competitive".</summary>
    public IReadOnlyList<string> HiringPaths { get => _hiringPaths; init => _hiringPaths = Frozen.ListWithoutNulls(value, nameof(HiringPaths)); }

    /// <summary>Who may apply (<c>UserArea.Details.WhoMayApply.Name</c>), as written.</summary>
    public string? WhoMayApply { get; init; }

    /// <summary>The code of <see cref="WhoMayApply"/> (<c>UserArea.Details.WhoMayApply.Code</c>), as written.</summary>
    public string? WhoMayApplyCode { get; init; }

    /// <summary>How many vacancies (<c>UserArea.Details.TotalOpenings</c>), as written: a number, or a word such as "Many".</summary>
    public string? TotalOpenings { get; init; }

    /// <summary>Whether a drug test is required (<c>UserArea.Details.DrugTestRequired</c>, written "True" or "False"); <see langword="null"/> when absent or unreadable.</summary>
    public bool? DrugTestRequired { get; init; }

    /// <summary>The security clearance (<c>UserArea.Details.SecurityClearance</c>), as written, e.g. "Secret".</summary>
    public string? SecurityClearance { get; init; }

    /// <summary>The position's sensitivity and risk (<c>UserArea.Details.PositionSensitivitiy</c>, the API's own spelling), as written.</summary>
    public string? PositionSensitivity { get; init; }

    /// <summary>The major duties (<c>UserArea.Details.MajorDuties</c>).</summary>
    public IReadOnlyList<string> MajorDuties { get => _majorDuties; init => _majorDuties = Frozen.ListWithoutNulls(value, nameof(MajorDuties)); }

    /// <summary>The qualification summary (<c>QualificationSummary</c>).</summary>
    public string? QualificationSummary { get; init; }

    /// <summary>The job summary (<c>UserArea.Details.JobSummary</c>).</summary>
    public string? JobSummary { get; init; }

    /// <summary>Whether the announcement is open on <paramref name="date"/>: <see langword="null"/> when a date it needs is unknown.</summary>
    /// <param name="date">The day asked about.</param>
    /// <returns>True from the publication date through the closing date (both inclusive).</returns>
    public bool? IsOpenOn(DateOnly date)
    {
        if (PublicationStartDate is { } opens && date < opens)
        {
            return false;
        }

        if (ApplicationCloseDate is { } closes && date > closes)
        {
            return false;
        }

        return PublicationStartDate is null || ApplicationCloseDate is null ? null : true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{PositionId}: {Title} ({OrganizationName ?? "organisation not stated"})";
}
