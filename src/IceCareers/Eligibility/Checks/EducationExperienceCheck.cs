using IceCareers.Candidates;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.3 with §2.0: the requirement is met when one of the role's entry grades qualifies on the grade table
/// (<see cref="GradeTable"/>); under review when one qualifies only under some readings of texts that conflict; unknown
/// when favourable answers to the fields not stated could still qualify one (those fields are named); otherwise not met.
/// Where an education entry completes later, the gap gives the first completion date from which an entry grade qualifies.
/// </summary>
internal sealed class EducationExperienceCheck : IRule<EducationExperienceFinding>
{
    private readonly EducationExperienceRequirement _requirement;
    private readonly IReadOnlyList<string>[] _reviewSources;
    private readonly IReadOnlyList<PayGrade>[] _entryGradesUpTo;
    private readonly IReadOnlyList<string>[] _militarySources;

    public EducationExperienceCheck(EducationExperienceRequirement requirement, IReadOnlyList<PayGrade> entry)
    {
        _requirement = requirement;
        Table = new GradeTable(requirement, entry);

        // Shared by every finding that names them: the qualifying entry grades when row r is the highest met.
        _entryGradesUpTo = Enumerable.Range(0, Table.Rows.Count).Select(Table.EntryGradesUpTo).ToArray();

        // A review rests on the row's readings as well as on the requirement's own sources.
        _reviewSources = Table.Rows
            .Select(r => (IReadOnlyList<string>)requirement.Sources.Concat(r.Combinations.SelectMany(c => c.Sources)).Distinct(StringComparer.Ordinal).ToList().AsReadOnly())
            .ToArray();

        // A finding that read a job's grade from its military pay grade rests on the comparison table's sources too:
        // basis Bases + b is basis b with them.
        var military = requirement.MilitaryGrades.SelectMany(m => m.Sources).Distinct(StringComparer.Ordinal).ToList();
        _militarySources = Enumerable.Range(0, Bases)
            .Select(b => (IReadOnlyList<string>)SourcesOf(b).Concat(military).Distinct(StringComparer.Ordinal).ToList().AsReadOnly())
            .ToArray();
    }

    /// <summary>How many bases a finding without a military reading can have: the requirement's, then one a row.</summary>
    public int Bases => Table.Rows.Count + 1;

    public Requirement Requirement => _requirement;

    public GradeTable Table { get; }

    /// <summary>
    /// Basis 0: the requirement's sources; basis r + 1: those of a review at row r; basis <see cref="Bases"/> + b: basis
    /// b with the sources of the military comparison table (a job's grade was read from its military pay grade).
    /// </summary>
    public IReadOnlyList<string> SourcesOf(int basis) => basis >= Bases
        ? _militarySources[basis - Bases]
        : basis == 0 ? _requirement.Sources : _reviewSources[basis - 1];

    public EducationExperienceFinding Decide(CandidateProfile profile, RuleContext context)
    {
        var finding = Judge(profile, context);
        var military = Table.ReadMilitary(profile);
        return military.IsEmpty
            ? finding
            : finding with { Military = military, Basis = military.Read != 0 ? finding.Basis + Bases : finding.Basis };
    }

    private EducationExperienceFinding Judge(CandidateProfile profile, RuleContext context)
    {
        var asOf = context.AsOf;
        var unknowns = context.Paths;
        unknowns.Clear();
        var judged = Table.Judge(profile, asOf, unknowns, untilEntryMet: true);
        if (judged.TopEntryRowMet >= 0)
        {
            return new(
                Verdict.Met,
                _entryGradesUpTo[judged.TopEntryRowMet],
                Table.EntryGradeAt(judged.TopEntryRowMet),
                judged.TopEntryRowMet,
                judged.SourceRow,
                judged.Evidence);
        }

        if (judged.TopEntryRowInReview >= 0)
        {
            return new(
                Verdict.NeedsReview,
                _entryGradesUpTo[judged.TopEntryRowInReview],
                null,
                judged.TopEntryRowInReview,
                judged.ReviewRow,
                judged.ReviewEvidence,
                Basis: judged.ReviewRow + 1);
        }

        var earliest = EarliestByCompletion(profile, asOf);
        var observed = Observation.Of(Table, profile, asOf);
        return judged.Unknown && unknowns.Count > 0
            ? new(Verdict.Unknown, null, null, -1, -1, default, observed, judged.HighestRowMet, new FieldList(unknowns.ToArray()), earliest)
            : new(Verdict.NotMet, null, null, -1, -1, default, observed, judged.HighestRowMet, default, earliest);
    }

    /// <summary>The first future completion date of an education entry from which an entry grade qualifies.</summary>
    private DateOnly? EarliestByCompletion(CandidateProfile profile, DateOnly asOf)
    {
        if (profile.Education is not { } education)
        {
            return null;
        }

        // Counting more completed entries never lowers what the profile meets, so the earliest qualifying completion
        // date is found by binary search over the sorted future dates: O(n log n), not a judgement per date (quadratic).
        DateOnly? latest = null;
        var future = 0;
        for (var i = 0; i < education.Count; i++)
        {
            if (education[i]?.Completed is { } completed && completed > asOf)
            {
                future++;
                latest = latest > completed ? latest : completed;
            }
        }

        if (latest is not { } last || !QualifiesOn(profile, last))
        {
            return null;
        }

        if (future == 1)
        {
            return last;
        }

        var dates = new List<DateOnly>(future);
        for (var i = 0; i < education.Count; i++)
        {
            if (education[i]?.Completed is { } completed && completed > asOf)
            {
                dates.Add(completed);
            }
        }

        dates.Sort();
        int low = 0, high = dates.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (QualifiesOn(profile, dates[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return dates[low];
    }

    private bool QualifiesOn(CandidateProfile profile, DateOnly date) => Table.Judge(profile, date, null, untilEntryMet: true).TopEntryRowMet >= 0;
}

/// <summary>
/// The education-and-experience decision. Met: the qualifying entry grades, the highest, its row, the row that carries
/// it and the evidence. Under review: the entry grades in question and the row whose readings split. Not met or
/// unknown: what the profile states (<see cref="Observed"/>), the highest table grade met below the entry grades, the
/// fields to state and the completion date from which time alone qualifies. Whatever the verdict: the military pay grades
/// whose work was graded through the data's comparison table, and those it cannot map (<see cref="Military"/>).
/// </summary>
internal readonly record struct EducationExperienceFinding(
    Verdict Verdict,
    IReadOnlyList<PayGrade>? Grades,
    PayGrade? Highest,
    int EntryRow,
    int SourceRow,
    QualificationEvidence Evidence,
    Observation? Observed = null,
    int? TableGradeMet = null,
    FieldList Unknown = default,
    DateOnly? EarliestDate = null,
    int Basis = 0,
    MilitaryReading Military = default) : IFinding, IGradedFinding
{
    public bool Remediable => true;

    public IReadOnlyList<PayGrade>? QualifyingGrades => Verdict == Verdict.Met ? Grades : null;

    public PayGrade? HighestQualifyingGrade => Verdict == Verdict.Met ? Highest : null;
}

/// <summary>What a profile states about education and experience, reduced to the values an explanation names.</summary>
internal readonly record struct Observation(
    int? EducationCount,
    int Levels,
    int Counted,
    int NotCompleted,
    DateOnly AsOf,
    decimal GraduateHours,
    int? ExperienceCount,
    decimal TotalMonths,
    decimal SpecializedMonths,
    int TopSpecializedGrade)
{
    /// <summary>Whether a counted entry of <paramref name="level"/> is listed.</summary>
    public bool Lists(EducationLevel level) => (Levels & (1 << (int)level)) != 0;

    public static Observation Of(GradeTable table, CandidateProfile profile, DateOnly asOf)
    {
        int levels = 0, counted = 0, notCompleted = 0;
        decimal graduate = 0;
        if (profile.Education is { } education)
        {
            for (var i = 0; i < education.Count; i++)
            {
                if (education[i] is not { } entry)
                {
                    continue;
                }

                if (!GradeTable.Counts(entry, asOf))
                {
                    notCompleted++;
                    continue;
                }

                counted++;
                graduate += GradeTable.CouldHold(entry.Level, HoursKind.Graduate) ? table.SemesterHours(entry.GraduateSemesterHours, entry.GraduateQuarterHours) ?? 0 : 0;
                if (entry.Level is { } level)
                {
                    levels |= 1 << (int)level;
                }
            }
        }

        decimal total = 0, specialized = 0;
        var topGrade = int.MinValue;
        if (profile.Experience is { } experience)
        {
            for (var i = 0; i < experience.Count; i++)
            {
                if (experience[i] is not { } job)
                {
                    continue;
                }

                var credit = table.Credit(job);
                total += credit;
                if (job.Specialized == true)
                {
                    specialized += credit;
                    topGrade = Math.Max(topGrade, table.GradeOf(job) ?? int.MinValue);
                }
            }
        }

        return new Observation(profile.Education?.Count, levels, counted, notCompleted, notCompleted > 0 ? asOf : default, graduate,
            profile.Experience?.Count, total, specialized, topGrade);
    }
}
