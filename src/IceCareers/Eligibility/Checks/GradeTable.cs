using IceCareers.Candidates;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.3 with §2.0: one three-valued pass over an OPM grade table for a role's entry grades. Each row is judged
/// once, from the highest grade down, by education, experience and combination; a met row covers the grades below it.
/// Every route is three-valued: met on what is stated, unknown when favourable answers to the unknown fields would meet
/// it (their paths are added to the caller's list), or not met. Conflicting readings of a combination rule make a row
/// met only when all of them meet it, and under review when some do and some do not.
/// </summary>
internal sealed class GradeTable
{
    private static readonly FieldPaths LevelPaths = new("education", "level");
    private static readonly FieldPaths FieldPaths = new("education", "field");
    private static readonly FieldPaths GpaPaths = new("education", "gpa");
    private static readonly FieldPaths MajorGpaPaths = new("education", "majorGpa");
    private static readonly FieldPaths ClassStandingPaths = new("education", "classStandingPercentile");
    private static readonly FieldPaths HonorSocietyPaths = new("education", "honorSociety");
    private static readonly FieldPaths PassFailPaths = new("education", "passFailPercent");
    private static readonly FieldPaths HoursPaths = new("education", "semesterHours");
    private static readonly FieldPaths GraduateHoursPaths = new("education", "graduateSemesterHours");
    private static readonly FieldPaths SpecializedPaths = new("experience", "specialized");
    private static readonly FieldPaths GradePaths = new("experience", "grade");
    private static readonly FieldPaths MonthsPaths = new("experience", "months");

    private readonly GradeQualification[] _rows;
    private readonly DegreeRequirement[][] _degrees;
    private readonly CombinationStandard[][] _combinations;
    private readonly SuperiorAcademicAchievementStandard? _saa;
    private readonly QualificationConversions _conversions;
    private readonly MilitaryGradeEquivalent[] _military;

    // Bit i of _rowEntries[r] is set when the role's entry grade i is row r's grade.
    private readonly int[] _rowEntries;
    private readonly int[] _entryRow;

    public GradeTable(EducationExperienceRequirement requirement, IReadOnlyList<PayGrade> entry)
    {
        _rows = requirement.Grades.ToArray();
        _degrees = _rows.Select(r => r.Education?.Degrees.ToArray() ?? []).ToArray();
        _combinations = _rows.Select(r => r.Combinations.ToArray()).ToArray();
        _saa = requirement.SuperiorAcademicAchievement;
        _conversions = requirement.Conversions;
        _military = requirement.MilitaryGrades.ToArray();
        _rowEntries = new int[_rows.Length];
        _entryRow = new int[entry.Count];
        LowestEntryRow = -1;
        for (var i = 0; i < entry.Count; i++)
        {
            _entryRow[i] = Array.FindIndex(_rows, r => r.Grade == entry[i].Grade);
            if (_entryRow[i] >= 0 && i < 31)
            {
                _rowEntries[_entryRow[i]] |= 1 << i;
                LowestEntryRow = LowestEntryRow < 0 ? _entryRow[i] : Math.Min(LowestEntryRow, _entryRow[i]);
            }
        }
    }

    public IReadOnlyList<GradeQualification> Rows => _rows;

    /// <summary>
    /// The GS-equivalent grade of a job: the grade stated, else the lowest GS grade the data's comparison table gives for
    /// its military pay grade, else unknown.
    /// </summary>
    public int? GradeOf(Experience job)
    {
        if (job.Grade is { } stated)
        {
            return stated;
        }

        return job.MilitaryPayGrade is { } payGrade ? MilitaryRow(payGrade)?.LowGrade : null;
    }

    /// <summary>The comparison-table row of a military pay grade, or <see langword="null"/> when the data has none.</summary>
    public MilitaryGradeEquivalent? MilitaryRow(MilitaryPayGrade payGrade)
    {
        foreach (var row in _military)
        {
            if (row.PayGrade == payGrade)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The row of the lowest entry grade the table has, or -1 when it has none.</summary>
    public int LowestEntryRow { get; }

    /// <summary>The row of entry grade <paramref name="index"/>, or -1 when the table has no row for it.</summary>
    public int EntryRow(int index) => _entryRow[index];

    /// <summary>
    /// Judges every row once, from the highest grade down, and the entry grades with them. Paths of unknown fields that
    /// could still qualify an entry grade are added to <paramref name="unknowns"/> (when given; duplicates are skipped).
    /// </summary>
    public GradeJudgement Judge(CandidateProfile profile, DateOnly asOf, EvaluationScratch.UniqueList? unknowns)
    {
        var facts = ReadHours(profile.Education, asOf);
        (RowState State, QualificationEvidence Evidence)? saa = null;
        int met = 0, review = 0, highest = -1, source = -1, reviewSource = -1;
        var unknown = false;
        int? highestRowMet = null;
        QualificationEvidence evidence = default, reviewEvidence = default;

        // The best state of the rows judged so far (all at or above the current one), and the nearest row carrying it.
        var carry = RowState.NotMet;
        var carryRow = -1;
        var carryEvidence = default(QualificationEvidence);
        string[]? raise = null;
        for (var r = _rows.Length - 1; r >= 0; r--)
        {
            var before = unknowns?.Count ?? 0;
            var (state, rowEvidence) = JudgeRow(r, profile, asOf, facts, ref saa, r >= LowestEntryRow ? unknowns : null);
            if (state == RowState.Met && highestRowMet is null && before > 0 && unknowns is not null)
            {
                // The unknown facts of the rows above the highest row met: answering them could raise the grade.
                raise = new string[before];
                for (var k = 0; k < before; k++)
                {
                    raise[k] = unknowns[k];
                }
            }

            LowerRowsFirst(unknowns, before);
            if (state == RowState.Met)
            {
                highestRowMet ??= _rows[r].Grade;
            }

            if (state == RowState.Met || state > carry)
            {
                (carry, carryRow, carryEvidence) = (state, r, rowEvidence);
            }

            for (var entries = _rowEntries[r]; entries != 0; entries &= entries - 1)
            {
                var i = System.Numerics.BitOperations.TrailingZeroCount(entries);
                switch (carry)
                {
                    case RowState.Met:
                        met |= 1 << i;
                        if (highest < 0)
                        {
                            (highest, source, evidence) = (i, carryRow, carryEvidence);
                        }

                        break;
                    case RowState.Review:
                        review |= 1 << i;
                        if (reviewSource < 0)
                        {
                            (reviewSource, reviewEvidence) = (carryRow, carryEvidence);
                        }

                        break;
                    case RowState.Unknown:
                        unknown = true;
                        break;
                }
            }
        }

        return met != 0
            ? new GradeJudgement(met, highest, source, evidence, review, unknown, highestRowMet) { Raise = highest < _entryRow.Length - 1 ? raise : null }
            : new GradeJudgement(0, -1, reviewSource, reviewEvidence, review, unknown, highestRowMet);
    }

    /// <summary>The best route to row <paramref name="r"/>: education, then experience, then the combination.</summary>
    private (RowState State, QualificationEvidence Evidence) JudgeRow(
        int r, CandidateProfile profile, DateOnly asOf, in Hours facts, ref (RowState, QualificationEvidence)? saa, EvaluationScratch.UniqueList? unknowns)
    {
        var row = _rows[r];
        var best = RowState.NotMet;
        if (row.Education is { } education)
        {
            var (state, evidence) = EducationRoute(r, education, profile, asOf, facts, ref saa, unknowns);
            if (state == RowState.Met)
            {
                return (state, evidence);
            }

            best = state;
        }

        if (row.Experience is { } experience)
        {
            var (state, evidence) = ExperienceRoute(experience, profile.Experience, unknowns);
            if (state == RowState.Met)
            {
                return (state, evidence);
            }

            best = Max(best, state);
        }

        if (_combinations[r].Length > 0)
        {
            var (state, evidence) = CombinationRoute(_combinations[r], profile, asOf, facts, unknowns);
            if (state is RowState.Met or RowState.Review)
            {
                return (state, evidence);
            }

            best = Max(best, state);
        }

        return (best, default);
    }

    private (RowState, QualificationEvidence) EducationRoute(
        int r, EducationStandard standard, CandidateProfile profile, DateOnly asOf, in Hours facts, ref (RowState, QualificationEvidence)? saa, EvaluationScratch.UniqueList? unknowns)
    {
        if (profile.Education is not { } entries)
        {
            Add(unknowns, "education");
            return (RowState.Unknown, default);
        }

        var state = RowState.NotMet;
        var degrees = _degrees[r];
        for (var i = 0; degrees.Length > 0 && i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !Counts(entry, asOf))
            {
                continue;
            }

            if (entry.Level is not { } level)
            {
                state = RowState.Unknown;
                Add(unknowns, LevelPaths[i]);
                continue;
            }

            for (var d = 0; d < degrees.Length; d++)
            {
                var degree = degrees[d];
                if (degree.Field is null ? level >= degree.Level : level == degree.Level && entry.Field is { } field && Same(field, degree.Field))
                {
                    return (RowState.Met, new QualificationEvidence(EvidenceKind.Degree, Level: level, Needed: degree.Level, Field: entry.Field));
                }

                if (degree.Field is not null && level == degree.Level && entry.Field is null)
                {
                    state = RowState.Unknown;
                    Add(unknowns, FieldPaths[i]);
                }
            }
        }

        if (standard.GraduateHours is { } needed)
        {
            if (facts.Graduate >= needed)
            {
                return (RowState.Met, new QualificationEvidence(EvidenceKind.GraduateHours, facts.Graduate));
            }

            if (facts.GraduateOpen)
            {
                state = RowState.Unknown;
                AddHoursPaths(entries, asOf, HoursKind.Graduate, unknowns);
            }
        }

        if (standard.SuperiorAcademicAchievement && _saa is not null)
        {
            saa ??= SuperiorAcademicAchievement(_saa, entries, asOf, unknowns);
            if (saa.Value.Item1 == RowState.Met)
            {
                return saa.Value;
            }

            state = Max(state, saa.Value.Item1);
        }

        return (state, default);
    }

    /// <summary>
    /// Superior Academic Achievement of the counted bachelor's entries: any one criterion of one entry meets it. A GPA
    /// counts only when the share of pass/fail hours is within the limit (unknown share: the GPA criterion is unknown).
    /// </summary>
    private static (RowState, QualificationEvidence) SuperiorAcademicAchievement(
        SuperiorAcademicAchievementStandard saa, IReadOnlyList<Education> entries, DateOnly asOf, EvaluationScratch.UniqueList? unknowns)
    {
        var state = RowState.NotMet;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !Counts(entry, asOf))
            {
                continue;
            }

            if (entry.Level is null)
            {
                state = RowState.Unknown;
                Add(unknowns, LevelPaths[i]);
                continue;
            }

            if (entry.Level != EducationLevel.Bachelors)
            {
                continue;
            }

            var gpaCounts = saa.PassFailMaxPercent is not { } max ? RowState.Met
                : entry.PassFailPercent is { } share ? (share <= max ? RowState.Met : RowState.NotMet)
                : RowState.Unknown;
            if (gpaCounts != RowState.NotMet)
            {
                foreach (var (gpa, needed, kind, paths) in (ReadOnlySpan<(decimal?, decimal, EvidenceKind, FieldPaths)>)
                    [(entry.Gpa, saa.OverallGpa, EvidenceKind.OverallGpa, GpaPaths), (entry.MajorGpa, saa.MajorGpa, EvidenceKind.MajorGpa, MajorGpaPaths)])
                {
                    if (gpa is not { } value)
                    {
                        state = Max(state, RowState.Unknown);
                        Add(unknowns, paths[i]);
                    }
                    else if (Round(value, saa.GpaDecimals) >= needed)
                    {
                        if (gpaCounts == RowState.Met)
                        {
                            return (RowState.Met, new QualificationEvidence(kind, value));
                        }

                        state = Max(state, RowState.Unknown);
                        Add(unknowns, PassFailPaths[i]);
                    }
                }
            }

            if (entry.ClassStandingPercentile is { } percentile)
            {
                if (percentile <= saa.ClassStandingMaxPercentile)
                {
                    return (RowState.Met, new QualificationEvidence(EvidenceKind.ClassStanding, percentile));
                }
            }
            else
            {
                state = Max(state, RowState.Unknown);
                Add(unknowns, ClassStandingPaths[i]);
            }

            if (saa.HonorSociety && entry.HonorSociety is not false)
            {
                if (entry.HonorSociety == true)
                {
                    return (RowState.Met, new QualificationEvidence(EvidenceKind.HonorSociety));
                }

                state = Max(state, RowState.Unknown);
                Add(unknowns, HonorSocietyPaths[i]);
            }
        }

        return (state, default);
    }

    private (RowState, QualificationEvidence) ExperienceRoute(ExperienceStandard standard, IReadOnlyList<Experience>? jobs, EvaluationScratch.UniqueList? unknowns)
    {
        if (jobs is null)
        {
            Add(unknowns, "experience");
            return (RowState.Unknown, default);
        }

        // Without a part at the minimum grade every month must be at it; with one, the months count at any grade.
        var all = Months(jobs, standard.Specialized, standard.MonthsAtMinimumGrade is null ? standard.MinimumGrade : null);
        var atGrade = standard.MonthsAtMinimumGrade is null ? all : Months(jobs, standard.Specialized, standard.MinimumGrade);
        var part = standard.MonthsAtMinimumGrade ?? 0;
        if (all.Known >= standard.Months && atGrade.Known >= part)
        {
            return (RowState.Met, new QualificationEvidence(EvidenceKind.Experience, all.Known, atGrade.Known));
        }

        if (all.Reaches(standard.Months) && atGrade.Reaches(part))
        {
            AddExperiencePaths(jobs, standard.Specialized, standard.MinimumGrade, unknowns);
            return (RowState.Unknown, default);
        }

        return (RowState.NotMet, default);
    }

    private (RowState, QualificationEvidence) CombinationRoute(
        CombinationStandard[] readings, CandidateProfile profile, DateOnly asOf, in Hours facts, EvaluationScratch.UniqueList? unknowns)
    {
        int met = 0, notMet = 0;
        var unknown = false;
        var evidence = default(QualificationEvidence);
        for (var k = 0; k < readings.Length; k++)
        {
            var c = readings[k];
            var months = profile.Experience is { } jobs ? Months(jobs, c.Specialized, c.MinimumGrade) : new Amount(0, 0, Open: true);
            var (hours, hoursOpen) = profile.Education is null ? (0m, true)
                : c.Hours == HoursKind.Graduate ? (facts.Graduate, facts.GraduateOpen) : (facts.Undergraduate, facts.UndergraduateOpen);
            if (k == 0)
            {
                evidence = new QualificationEvidence(EvidenceKind.Combination, months.Known, hours);
            }

            if (Reaches100(months.Known, hours, c))
            {
                met |= 1 << k;
            }
            else if (months.Open || hoursOpen || Reaches100(months.Favourable, hours, c))
            {
                unknown = true;
                if (profile.Experience is { } stated)
                {
                    AddExperiencePaths(stated, c.Specialized, c.MinimumGrade, unknowns);
                }
                else
                {
                    Add(unknowns, "experience");
                }

                if (profile.Education is { } entries)
                {
                    AddHoursPaths(entries, asOf, c.Hours, unknowns);
                }
                else
                {
                    Add(unknowns, "education");
                }
            }
            else
            {
                notMet |= 1 << k;
            }
        }

        evidence = evidence with { Readings = met };
        return met == (1 << readings.Length) - 1 ? (RowState.Met, evidence)
            : met != 0 && notMet != 0 ? (RowState.Review, evidence)
            : unknown ? (RowState.Unknown, default)
            : (RowState.NotMet, default);
    }

    /// <summary>
    /// Whether months / E + (hours − beyond) / H reaches 1, compared exactly without dividing:
    /// months·H + counted·E ≥ E·H (so 1/3 + 2/3 is exactly 100 %). A combination needs some education that counts:
    /// experience alone is judged by the experience route, with its own rules (such as the year at a minimum grade).
    /// </summary>
    public static bool Reaches100(decimal months, decimal hours, CombinationStandard standard)
    {
        var counted = hours > standard.HoursBeyond ? hours - standard.HoursBeyond : 0m;
        return counted > 0
            && (months * standard.HoursForFull) + (counted * standard.ExperienceMonths) >= standard.ExperienceMonths * standard.HoursForFull;
    }

    /// <summary>A combination's share (1 = 100 %) for explanations: months over their full count plus counted hours over theirs.</summary>
    public static decimal Share(decimal months, decimal hours, CombinationStandard standard) =>
        (months / standard.ExperienceMonths) + (Math.Max(0m, hours - standard.HoursBeyond) / standard.HoursForFull);

    public static decimal Round(decimal gpa, int decimals) => Math.Round(gpa, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);

    /// <summary>Full-time-equivalent months of one job: its months prorated by hours a week against the full-time week (never above full time).</summary>
    public decimal Credit(Experience job) =>
        job.Months is not { } months ? 0m
        : job.HoursPerWeek is not { } hours ? Math.Max(0, months)
        : Math.Max(0, months) * Math.Clamp(hours, 0m, _conversions.FullTimeHoursPerWeek) / _conversions.FullTimeHoursPerWeek;

    /// <summary>Semester hours of one entry, quarter hours converted; <see langword="null"/> when the entry states neither.</summary>
    public decimal? SemesterHours(decimal? semester, decimal? quarter) =>
        semester is null && quarter is null ? null : Math.Max(0, semester ?? 0) + (Math.Max(0, quarter ?? 0) / _conversions.QuarterHoursPerSemesterHour);

    /// <summary>
    /// Whether an entry of <paramref name="level"/> carries hours of <paramref name="kind"/>: undergraduate hours on any
    /// entry (high-school entries too: dual-enrollment credit), graduate hours only on graduate study and graduate degrees
    /// (or an entry of unknown level). Hours stated elsewhere are not counted, so leaving them out never changes a verdict.
    /// </summary>
    public static bool CouldHold(EducationLevel? level, HoursKind kind) =>
        kind == HoursKind.Undergraduate || level is null || level >= EducationLevel.GraduateStudy;

    public static bool Counts(Education entry, DateOnly asOf) => entry.Completed is not { } completed || completed <= asOf;

    /// <summary>The stated hours of the counted entries, quarter hours converted; "open" when an entry that could hold them states none.</summary>
    private Hours ReadHours(IReadOnlyList<Education>? entries, DateOnly asOf)
    {
        decimal undergraduate = 0, graduate = 0;
        bool undergraduateOpen = false, graduateOpen = false;
        for (var i = 0; entries is not null && i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !Counts(entry, asOf))
            {
                continue;
            }

            var hours = SemesterHours(entry.SemesterHours, entry.QuarterHours);
            undergraduate += hours ?? 0;
            undergraduateOpen |= hours is null;
            if (CouldHold(entry.Level, HoursKind.Graduate))
            {
                var graduateHours = SemesterHours(entry.GraduateSemesterHours, entry.GraduateQuarterHours);
                graduate += graduateHours ?? 0;
                graduateOpen |= graduateHours is null;
            }
        }

        return new Hours(undergraduate, undergraduateOpen, graduate, graduateOpen);
    }

    /// <summary>Full-time-equivalent months of the jobs that count: known, and with every unknown kind or grade read favourably.</summary>
    private Amount Months(IReadOnlyList<Experience> jobs, bool specialized, int? minimumGrade)
    {
        decimal known = 0, favourable = 0;
        var open = false;
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            if (job is null || (specialized && job.Specialized == false) || (minimumGrade is { } min && GradeOf(job) < min))
            {
                continue;
            }

            var credit = Credit(job);
            favourable += credit;
            open |= job.Months is null;
            if ((!specialized || job.Specialized == true) && (minimumGrade is null || GradeOf(job) is not null))
            {
                known += credit;
            }
        }

        return new Amount(known, favourable, open);
    }

    private void AddExperiencePaths(IReadOnlyList<Experience> jobs, bool specialized, int? minimumGrade, EvaluationScratch.UniqueList? unknowns)
    {
        for (var i = 0; unknowns is not null && i < jobs.Count; i++)
        {
            var job = jobs[i];
            if (job is null || (specialized && job.Specialized == false))
            {
                continue;
            }

            if (specialized && job.Specialized is null)
            {
                Add(unknowns, SpecializedPaths[i]);
            }

            if (minimumGrade is not null && GradeOf(job) is null)
            {
                Add(unknowns, GradePaths[i]);
            }

            if (job.Months is null)
            {
                Add(unknowns, MonthsPaths[i]);
            }
        }
    }

    private void AddHoursPaths(IReadOnlyList<Education> entries, DateOnly asOf, HoursKind kind, EvaluationScratch.UniqueList? unknowns)
    {
        for (var i = 0; unknowns is not null && i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !Counts(entry, asOf) || !CouldHold(entry.Level, kind))
            {
                continue;
            }

            var stated = kind == HoursKind.Graduate
                ? SemesterHours(entry.GraduateSemesterHours, entry.GraduateQuarterHours)
                : SemesterHours(entry.SemesterHours, entry.QuarterHours);
            if (stated is null)
            {
                Add(unknowns, (kind == HoursKind.Graduate ? GraduateHoursPaths : HoursPaths)[i]);
            }
        }
    }

    /// <summary>
    /// Moves the paths a row just added (from <paramref name="start"/> on) in front of those of the higher rows, so that a
    /// report asks first for what the lowest grades need, in the order of the routes.
    /// </summary>
    private static void LowerRowsFirst(EvaluationScratch.UniqueList? unknowns, int start) => unknowns?.MoveToFront(start);

    private static void Add(EvaluationScratch.UniqueList? unknowns, string path)
    {
        unknowns?.Add(path);
    }

    private static bool Same(string stated, string needed) => string.Equals(stated.Trim(), needed, StringComparison.OrdinalIgnoreCase);

    private static RowState Max(RowState a, RowState b) => a > b ? a : b;

    /// <summary>The stated hours of a profile's counted education, read once per pass.</summary>
    private readonly record struct Hours(decimal Undergraduate, bool UndergraduateOpen, decimal Graduate, bool GraduateOpen);

    /// <summary>Months that count: on what is stated, and with unknown kinds and grades read favourably (open: an unknown number of months).</summary>
    private readonly record struct Amount(decimal Known, decimal Favourable, bool Open)
    {
        public bool Reaches(decimal needed) => Open || Favourable >= needed;
    }
}
