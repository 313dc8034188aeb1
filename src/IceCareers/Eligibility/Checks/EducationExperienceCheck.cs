using System.Runtime.CompilerServices;
using IceCareers.Candidates;
using IceCareers.Internal;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.3 with §2.0: judges the role's grade table in one pass (<see cref="GradeTable"/>) and turns the judgement
/// into a result. Met when an entry grade qualifies (the qualifying grades go back in the outcome); NeedsReview when an
/// entry grade qualifies only under some readings of texts that conflict; Unknown when favourable answers to the
/// unknown fields could still qualify one; otherwise NotMet. Wording lives in <see cref="EducationExperienceText"/>.
/// </summary>
internal sealed class EducationExperienceCheck : RequirementCheck
{
    private readonly GradeTable _table;
    private readonly EducationExperienceText _text;
    private readonly PayGrade[] _entry;
    private readonly IReadOnlyList<PayGrade>?[] _gradesByMask;
    private readonly IReadOnlyList<string>[] _reviewSources;
    private readonly Gap _gainLowest;

    // Met outcomes by what their reason names: most candidates who qualify do so in a few common ways, so a hit saves
    // the result and its deferred reason (past the memo's capacity an outcome is just made, still without text).
    private readonly Memo<MetKey, CheckOutcome> _met = new();

    // The outcome when neither education nor experience is stated: it depends on nothing else, so it is judged once.
    private StrongBox<CheckOutcome>? _nothingStated;

    public EducationExperienceCheck(EducationExperienceRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _entry = setup.Role.Grades.Entry.ToArray();
        _table = new GradeTable(requirement, _entry);
        _text = new EducationExperienceText(requirement, _table, _entry);
        _gainLowest = NewGap(Text.Later(_text, static text => text.GainGap()), isRemediable: true);

        // The qualifying grades for each set of entry grades, shared by every Met result with that set.
        _gradesByMask = new IReadOnlyList<PayGrade>?[_entry.Length <= 8 ? 1 << _entry.Length : 0];
        for (var mask = 1; mask < _gradesByMask.Length; mask++)
        {
            _gradesByMask[mask] = Grades(mask);
        }

        // A review rests on the row's readings as well as on the requirement's own sources.
        _reviewSources = requirement.Grades
            .Select(r => (IReadOnlyList<string>)Frozen.List(requirement.Sources.Concat(r.Combinations.SelectMany(c => c.Sources)).Distinct(StringComparer.Ordinal).ToList()))
            .ToArray();
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        var outcome = Judge(profile, asOf, scratch);
        return MilitaryNote(profile) is { } note ? WithMilitaryNote(outcome, note) : outcome;
    }

    /// <summary>
    /// When a job's grade was read from its military pay grade through the data's comparison table, the sentence that
    /// says so (which grade, from which table, and that the table is only a guide); otherwise <see langword="null"/>.
    /// </summary>
    private (string Text, IReadOnlyList<string> Sources)? MilitaryNote(CandidateProfile profile)
    {
        if (profile.Experience is not { } jobs)
        {
            return null;
        }

        List<string>? read = null;
        List<string>? unmapped = null;
        var sources = new List<string>();
        foreach (var job in jobs)
        {
            if (job is not { Grade: null, MilitaryPayGrade: { } payGrade })
            {
                continue;
            }

            if (_table.MilitaryRow(payGrade) is { } row)
            {
                (read ??= []).Add(row.LowGrade == row.HighGrade
                    ? Text.Invariant($"{payGrade} as GS-{row.LowGrade}")
                    : Text.Invariant($"{payGrade} as GS-{row.LowGrade} (the table gives GS-{row.LowGrade} to GS-{row.HighGrade})"));
                sources.AddRange(row.Sources.Where(id => !sources.Contains(id)));
            }
            else
            {
                (unmapped ??= []).Add(payGrade.ToString());
            }
        }

        if (read is null && unmapped is null)
        {
            return null;
        }

        var titles = sources.Select(id => Setup.Catalog.TryGetSource(id, out var source) ? $"{source.Publisher}'s \"{source.Title}\"" : id).Distinct(StringComparer.Ordinal);
        var text = read is null ? "" :
            $"The grade of military work was read from its military pay grade: {Text.Join(read, "and")}, the grade (the lowest of a range) that {Text.Join(titles, "and")} gives. "
            + "That table compares grades for protocol (identifying prisoners of war), not for qualification, and should be used only as a guide: the hiring office decides the grade of your experience (low confidence).";
        if (unmapped is not null)
        {
            text += (text.Length > 0 ? " " : "") + $"The data maps no GS grade for military pay grade {Text.Join(unmapped.Distinct(StringComparer.Ordinal), "and")}; state the GS-equivalent grade of that work instead.";
        }

        return (text, sources);
    }

    private CheckOutcome WithMilitaryNote(CheckOutcome outcome, (string Text, IReadOnlyList<string> Sources) note)
    {
        var result = outcome.Result;
        var sources = Frozen.List(result.Sources.Concat(note.Sources).Distinct(StringComparer.Ordinal).ToList());
        var reason = result.Reason.Length == 0 ? note.Text : $"{result.Reason} {note.Text}";
        var noted = new RequirementResult(Requirement, result.Verdict, reason, sources, result.MissingInformation);
        const string Guide = "A military pay grade was read as a GS grade through a comparison table made for protocol, which is only a guide (low confidence).";
        var warning = note.Sources.Count == 0 ? outcome.Warning : outcome.Warning is null ? Guide : $"{outcome.Warning} {Guide}";
        return outcome with { Result = noted, Warning = warning };
    }

    private CheckOutcome Judge(CandidateProfile profile, DateOnly asOf, EvaluationScratch scratch)
    {
        var nothingStated = profile.Education is null && profile.Experience is null;
        if (nothingStated && Volatile.Read(ref _nothingStated) is { } known)
        {
            return known.Value;
        }

        var unknowns = scratch.Paths;
        unknowns.Clear();
        var judged = _table.Judge(profile, asOf, unknowns);
        scratch.MissingTruncated |= unknowns.Truncated;
        if (judged.Met != 0)
        {
            var key = new MetKey(judged.Met, judged.Highest, judged.Source, judged.Evidence);
            var met = _met.Get(key, this, static (key, self) => self.Met(key));
            return judged.Raise is { Length: > 0 } raise ? WithRaise(met, judged.Highest, raise) : met;
        }

        if (judged.Review != 0)
        {
            return Review(judged);
        }

        var outcome = Undecided(profile, asOf, judged, unknowns);
        if (nothingStated)
        {
            // A benign race: racing threads judge the same outcome; any one of them may be kept.
            Volatile.Write(ref _nothingStated, new StrongBox<CheckOutcome>(outcome));
        }

        return outcome;
    }

    private CheckOutcome Met(MetKey key)
    {
        var grades = Grades(key.Mask);
        var outcome = Outcome(Verdict.Met, Text.Later((this, key, grades), static s => s.Item1._text.Met(s.grades, s.key.Highest, s.key.Source, s.key.Evidence)));
        return outcome with { QualifyingGrades = grades, HighestQualifyingGrade = _entry[key.Highest] };
    }

    /// <summary>
    /// A Met outcome whose higher entry grades wait on unknown facts: the facts become the result's missing information
    /// and a gap says what answering them could bring ("GL-7 may follow"), so that unknown is never read as no.
    /// </summary>
    private CheckOutcome WithRaise(CheckOutcome met, int highest, string[] raise)
    {
        var next = _entry[highest + 1];
        var result = met.Result;
        var missing = Array.AsReadOnly(raise);
        var raised = new RequirementResult(Requirement, result.Verdict, result.Reason, result.Sources, missing);
        var gap = NewGap(Text.Invariant($"Qualifies at {_entry[highest]}; {next} may follow with more answers: {string.Join(", ", raise)}."), isRemediable: true);
        return met with { Result = raised, Gap = gap };
    }

    private CheckOutcome Review(GradeJudgement judged)
    {
        var grades = Grades(judged.Review);
        var reason = Text.Later((_text, grades, judged.Source, judged.Evidence), static s => s._text.Review(s.grades, s.Source, s.Evidence));
        var result = new RequirementResult(Requirement, Verdict.NeedsReview, reason, _reviewSources[judged.Source], NoFields);
        return new CheckOutcome(result, null, Warning);
    }

    private CheckOutcome Undecided(CandidateProfile profile, DateOnly asOf, GradeJudgement judged, EvaluationScratch.UniqueList unknowns)
    {
        var earliest = EarliestByCompletion(profile, asOf);
        var observed = _text.Observe(profile, asOf);
        var tableGrade = judged.HighestRowMet;
        if (judged.Unknown && unknowns.Count > 0)
        {
            var paths = unknowns.ToArray();
            return Outcome(
                Verdict.Unknown,
                Text.Later((_text, observed, tableGrade, paths), static s => s._text.Unknown(s.observed, s.tableGrade, s.paths)),
                NewGap(Text.Later((_text, paths), static s => s._text.StateGap(s.paths)), isRemediable: true, earliest),
                Array.AsReadOnly(paths));
        }

        return Outcome(
            Verdict.NotMet,
            Text.Later((_text, observed, tableGrade), static s => s._text.NotMet(s.observed, s.tableGrade)),
            earliest is { } date ? NewGap(Text.Later((_text, date), static s => s._text.CompletionGap(s.date)), isRemediable: true, date) : _gainLowest);
    }

    /// <summary>What <paramref name="grade"/> asks for, in words ("GL-9 needs …"); <see langword="null"/> when the data has no row for its number.</summary>
    internal string? NeedsAt(PayGrade grade) => _text.NeedsAt(grade);

    /// <summary>The first future completion date of an education entry from which an entry grade qualifies.</summary>
    private DateOnly? EarliestByCompletion(CandidateProfile profile, DateOnly asOf)
    {
        if (profile.Education is not { } education)
        {
            return null;
        }

        // Counting more completed entries never lowers what the profile meets, so the earliest qualifying completion
        // date is found by binary search over the sorted future dates: O(n log n), not a judgement per date (quadratic).
        var dates = new List<DateOnly>();
        for (var i = 0; i < education.Count; i++)
        {
            if (education[i]?.Completed is { } completed && completed > asOf)
            {
                dates.Add(completed);
            }
        }

        if (dates.Count == 0 || !QualifiesOn(profile, dates.Max()))
        {
            return null;
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

    private bool QualifiesOn(CandidateProfile profile, DateOnly date) => _table.Judge(profile, date, null).Met != 0;

    /// <summary>The entry grades in <paramref name="mask"/>, lowest first (shared lists for the common masks).</summary>
    private IReadOnlyList<PayGrade> Grades(int mask)
    {
        if (mask < _gradesByMask.Length && _gradesByMask[mask] is { } shared)
        {
            return shared;
        }

        var grades = new List<PayGrade>();
        for (var i = 0; i < _entry.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                grades.Add(_entry[i]);
            }
        }

        return Frozen.Wrap(grades.ToArray());
    }

    /// <summary>Everything a Met reason depends on: which entry grades qualify, the highest, the row that carries it, and the evidence.</summary>
    private readonly record struct MetKey(int Mask, int Highest, int Source, QualificationEvidence Evidence);
}
