using IceCareers.Diagnostics;
using IceCareers.Internal;

namespace IceCareers.Candidates;

/// <summary>
/// What a candidate tells the evaluator about themselves. Every property is optional: <see langword="null"/> means
/// unknown (the evaluator asks for it), while an empty list or <see langword="false"/> is a statement ("none", "no").
/// Build one in code or read one with <c>CandidateProfile.FromYaml</c> / <c>FromJson</c> (the document format of the
/// design: camelCase keys, kebab-case words such as <c>us-citizen</c>; declared beside the catalog, since a model knows no
/// reader). Immutable. <see cref="ToString"/> never reveals
/// convictions or drug use.
/// <para>
/// Every number has a range, refused with its field path when a document breaks it: GPAs 0–4, class-standing
/// percentile 1–100, grade 1–15, semester and quarter hours 0–1,000 per entry, pass/fail share 0–100, months 0–1,200
/// per entry, hours per week 1–168, repetitions 0–10,000, seconds 0–86,400. The evaluator refuses a profile built in code
/// whose hours or months lie outside their range (their sums could otherwise overflow).
/// </para>
/// <para>
/// Every list (education, experience, languages, convictions, drug use) holds at most <see cref="MaxEntries"/> entries:
/// a longer list is refused with its path when read, and by the evaluator when built in code, so that the work of an
/// evaluation stays bounded whatever the input.
/// </para>
/// </summary>
public sealed class CandidateProfile
{
    /// <summary>The largest profile document accepted, in UTF-8 bytes (1 MiB).</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    /// <summary>
    /// The most entries one list of a profile may hold (1,000): far more education, jobs, languages or records than
    /// any one person states, and few enough that evaluating every role stays within milliseconds.
    /// </summary>
    public const int MaxEntries = 1000;

    private readonly IReadOnlyList<Education>? _education;
    private readonly IReadOnlyList<Experience>? _experience;
    private readonly IReadOnlyList<LanguageSkill>? _languages;

    /// <summary>The date of birth.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Sex, used for Selective Service only.</summary>
    public Sex? Sex { get; init; }

    /// <summary>Citizenship or nationality status.</summary>
    public Citizenship? Citizenship { get; init; }

    /// <summary>Selective Service registration status.</summary>
    public SelectiveServiceStatus? SelectiveService { get; init; }

    /// <summary>Whether the candidate holds a valid driver's license.</summary>
    public bool? DriversLicense { get; init; }

    /// <summary>Education entries; empty for none, <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<Education>? Education { get => _education; init => _education = Frozen.ListOrNull(value); }

    /// <summary>Work experience; empty for none, <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<Experience>? Experience { get => _experience; init => _experience = Frozen.ListOrNull(value); }

    /// <summary>Military service.</summary>
    public Military? Military { get; init; }

    /// <summary>Whether the candidate served in a federal law-enforcement position under special (6(c)) retirement.</summary>
    public bool? PriorFederalLawEnforcement { get; init; }

    /// <summary>Criminal record and drug use.</summary>
    public History? History { get; init; }

    /// <summary>Languages spoken; empty for none besides English, <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<LanguageSkill>? Languages { get => _languages; init => _languages = Frozen.ListOrNull(value); }

    /// <summary>Physical fitness test results, when the candidate has taken a test.</summary>
    public FitnessResults? Fitness { get; init; }

    /// <summary>Whether the candidate has documented eligibility for Schedule A (5 CFR 213.3102(u)).</summary>
    public bool? ScheduleADisability { get; init; }

    /// <summary>Current or former federal civilian service, or <see cref="FederalService.None"/>.</summary>
    public FederalService? Federal { get; init; }

    /// <summary>Whether the candidate is a student now.</summary>
    public StudentStatus? Student { get; init; }

    /// <summary>Being the spouse of a service member, or <see cref="Candidates.MilitarySpouse.None"/>.</summary>
    public MilitarySpouse? MilitarySpouse { get; init; }

    /// <summary>
    /// Checks the rules a profile document must keep (plausible date of birth, no negative months or hours, GPA 0–4,
    /// percentile 1–100, no empty list entries) and returns every problem; empty when the profile is valid.
    /// </summary>
    /// <param name="today">The date the checks treat as today.</param>
    /// <returns>The problems, each with its field path.</returns>
    public IReadOnlyList<Problem> Validate(DateOnly today) => ProfileRules.Validate(this, today);

    /// <summary>A short summary that names which parts are known; it never reveals convictions, drug use or the date of birth.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        static string Count<T>(IReadOnlyList<T>? list, string what) =>
            list is null ? what + ": unknown" : FormattableString.Invariant($"{what}: {list.Count} {(list.Count == 1 ? "entry" : "entries")}");

        return "CandidateProfile (" + string.Join("; ",
            "date of birth " + (DateOfBirth is null ? "unknown" : "given"),
            "citizenship " + (Citizenship is { } c ? CandidateWords.Citizenships[c] : "unknown"),
            Count(Education, "education"),
            Count(Experience, "experience"),
            "military service " + (Military is null ? "unknown" : "given"),
            "history " + (History is null ? "unknown" : "given (details withheld)"),
            Count(Languages, "languages"),
            "fitness results " + (Fitness is null ? "none" : "given")) + ")";
    }
}
