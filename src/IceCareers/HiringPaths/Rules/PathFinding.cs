namespace IceCareers.HiringPaths.Rules;

/// <summary>What decided a path's verdict. The explanation writer turns each into words.</summary>
internal enum PathBecause
{
    /// <summary>Citizenship allows competitive appointment.</summary>
    Citizen,

    /// <summary>Citizenship does not allow it.</summary>
    NotCitizen,

    /// <summary>Citizenship not stated.</summary>
    CitizenshipUnknown,

    /// <summary>A current federal employee with competitive status.</summary>
    CurrentWithStatus,

    /// <summary>A current or former federal employee without competitive status.</summary>
    NoCompetitiveStatus,

    /// <summary>A former employee with career tenure (reinstatement without time limit).</summary>
    FormerCareer,

    /// <summary>A former career-conditional employee who is a preference eligible (reinstatement without time limit).</summary>
    FormerPreferenceEligible,

    /// <summary>A former career-conditional employee within the reinstatement years.</summary>
    FormerWithinReinstatement,

    /// <summary>A former career-conditional employee past the reinstatement years.</summary>
    FormerPastReinstatement,

    /// <summary>Never a federal employee.</summary>
    NeverFederal,

    /// <summary>Federal facts not stated (or not enough of them).</summary>
    FederalUnknown,

    /// <summary>Still serving: the path needs a discharge.</summary>
    StillServing,

    /// <summary>Discharged, but not under honorable conditions.</summary>
    NotUnderHonorableConditions,

    /// <summary>The discharge facts do not decide.</summary>
    DischargeUnknown,

    /// <summary>An uncharacterized separation, which the agency adjudicates.</summary>
    Uncharacterized,

    /// <summary>A disabled veteran.</summary>
    DisabledVeteran,

    /// <summary>A campaign medal (or the Armed Forces Service Medal).</summary>
    CampaignMedal,

    /// <summary>Service during a war.</summary>
    WarService,

    /// <summary>Discharged within the recently-separated years.</summary>
    RecentlySeparated,

    /// <summary>Discharged longer ago than that, with no other basis.</summary>
    NotRecentlySeparated,

    /// <summary>A preference eligible.</summary>
    PreferenceEligible,

    /// <summary>Continuous active service of the years needed.</summary>
    ContinuousService,

    /// <summary>Neither a preference eligible nor the continuous service.</summary>
    NoVeoaBasis,

    /// <summary>A rating at or above the path's percent, from the path's date.</summary>
    RatedEnough,

    /// <summary>A rating below the path's percent, or no service-connected disability.</summary>
    RatedTooLow,

    /// <summary>A rating from before the path's date.</summary>
    RatedTooEarly,

    /// <summary>A retiree with such a rating.</summary>
    RetiredWithRating,

    /// <summary>Disability facts not stated.</summary>
    DisabilityUnknown,

    /// <summary>Documented Schedule A eligibility.</summary>
    ScheduleA,

    /// <summary>No Schedule A eligibility.</summary>
    NoScheduleA,

    /// <summary>Schedule A eligibility not stated.</summary>
    ScheduleAUnknown,

    /// <summary>A qualifying completion within the application years.</summary>
    RecentCompletion,

    /// <summary>A qualifying completion within a veteran's extension.</summary>
    VeteranExtension,

    /// <summary>Every qualifying completion is older than the window.</summary>
    CompletionTooOld,

    /// <summary>A qualifying degree not completed yet.</summary>
    NotCompletedYet,

    /// <summary>No qualifying degree or certificate.</summary>
    NoQualifyingDegree,

    /// <summary>Education not stated (or a completion date missing).</summary>
    EducationUnknown,

    /// <summary>Enrolled now.</summary>
    Enrolled,

    /// <summary>Not enrolled.</summary>
    NotEnrolled,

    /// <summary>Enrollment not stated.</summary>
    EnrollmentUnknown,

    /// <summary>A spouse whose service member qualifies.</summary>
    EligibleSpouse,

    /// <summary>A surviving spouse who remarried.</summary>
    Remarried,

    /// <summary>Not a military spouse.</summary>
    NotASpouse,

    /// <summary>Spouse facts not stated.</summary>
    SpouseUnknown,

    /// <summary>Serving, with the release within the path's days.</summary>
    WithinLastDays,

    /// <summary>Serving, with the release further away.</summary>
    BeforeLastDays,

    /// <summary>Not serving (SkillBridge is for service members).</summary>
    NotServing,

    /// <summary>The posting is not open to the path.</summary>
    PostingNotOpen,
}

/// <summary>
/// The decision of one path rule: the verdict, what decided it, the facts the words need, and the profile fields that
/// would decide an unknown one.
/// </summary>
internal sealed record PathFinding(PathVerdict Verdict, PathBecause Because, IReadOnlyList<string> Missing)
{
    /// <summary>The last day the path is open, where time limits it.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>The first day the path opens, where time alone opens it.</summary>
    public DateOnly? From { get; init; }

    /// <summary>A number the words need (a percent, a count of years).</summary>
    public int? Number { get; init; }

    /// <summary>A word the words need (a medal, a character of discharge, a citizenship).</summary>
    public string? Word { get; init; }

    /// <summary>A date the words need (a discharge, a completion, a rating).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Whether the verdict rests on a certification while serving (5 U.S.C. 2108a).</summary>
    public bool Tentative { get; init; }

    public static PathFinding Eligible(PathBecause because) => new(PathVerdict.Eligible, because, []);

    public static PathFinding NotEligible(PathBecause because) => new(PathVerdict.NotEligible, because, []);

    public static PathFinding Unknown(PathBecause because, params string[] missing) => new(PathVerdict.Unknown, because, missing);

    public static PathFinding NotApplicable(PathBecause because) => new(PathVerdict.NotApplicable, because, []);
}
