using IceCareers.Candidates;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.3: an OPM grade table. A candidate qualifies for a grade by education alone, by experience alone, or by
/// a combination of the two whose shares add up to at least 100 %; qualifying for a grade also qualifies for the grades
/// below it. Each row is judged once, from the highest grade down, and every route is three-valued (§2.0): met on what
/// is stated; unknown when favourable answers to the fields not stated would meet it (those fields are asked for, the
/// lower rows' first); otherwise not met. Where texts disagree on a combination, a row is met only when every reading
/// meets it, and under review when some do and some do not.
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
    private readonly int[] _entryRow;
    private readonly bool[] _hasEntry;
    private readonly MilitaryGradeEquivalent[] _military;

    public GradeTable(EducationExperienceRequirement requirement, IReadOnlyList<PayGrade> entry)
    {
        _rows = [.. requirement.Grades];

        // Each row's degrees and combination readings, as arrays: a pass reads them at every row it judges.
        _degrees = [.. _rows.Select(r => r.Education?.Degrees.ToArray() ?? [])];
        _combinations = [.. _rows.Select(r => r.Combinations.ToArray())];
        _military = [.. requirement.MilitaryGrades];
        _saa = requirement.SuperiorAcademicAchievement;
        _conversions = requirement.Conversions;
        Entry = [.. entry];
        _entryRow = Entry.Select(e => Array.FindIndex(_rows, r => r.Grade == e.Grade)).ToArray();
        LowestEntryRow = _entryRow.Where(r => r >= 0).DefaultIfEmpty(-1).Min();
        _hasEntry = Enumerable.Range(0, _rows.Length).Select(r => _entryRow.Contains(r)).ToArray();
    }

    /// <summary>The table's rows, lowest grade first.</summary>
    public IReadOnlyList<GradeQualification> Rows => _rows;

    /// <summary>The role's entry grades, in the role's order.</summary>
    public IReadOnlyList<PayGrade> Entry { get; }

    /// <summary>The requirement's Superior Academic Achievement standard, if it has one.</summary>
    public SuperiorAcademicAchievementStandard? SuperiorAcademicAchievementStandard => _saa;

    /// <summary>The data's comparison of military pay grades with GS grades (empty when it has none).</summary>
    public IReadOnlyList<MilitaryGradeEquivalent> MilitaryGrades => _military;

    /// <summary>
    /// The GS-equivalent grade of a job: the grade stated; else, for work stated by its military pay grade, the lowest
    /// GS grade the data's comparison table gives for it; else unknown (<see langword="null"/>).
    /// </summary>
    public int? GradeOf(Experience job) => job.Grade ?? (job.MilitaryPayGrade is { } payGrade ? MilitaryRow(payGrade)?.LowGrade : null);

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

    /// <summary>Which jobs' grades the decision reads from their military pay grades, and which pay grades the data cannot map.</summary>
    public MilitaryReading ReadMilitary(CandidateProfile profile)
    {
        var reading = default(MilitaryReading);
        if (profile.Experience is not { } jobs)
        {
            return reading;
        }

        for (var i = 0; i < jobs.Count; i++)
        {
            if (jobs[i] is { Grade: null, MilitaryPayGrade: { } payGrade })
            {
                reading = MilitaryRow(payGrade) is null ? reading.WithUnmapped(payGrade) : reading.WithRead(payGrade);
            }
        }

        return reading;
    }

    /// <summary>The row of the lowest entry grade the table has, or -1 when it has none.</summary>
    public int LowestEntryRow { get; }

    /// <summary>The row of entry grade <paramref name="index"/>, or -1 when the table has no row for it.</summary>
    public int EntryRow(int index) => _entryRow[index];

    /// <summary>
    /// Judges the rows from the highest grade down. Paths of fields whose absence leaves an entry grade undecided are
    /// added to <paramref name="unknowns"/> when it is given; with <paramref name="untilEntryMet"/> the pass stops at the
    /// first answer that decides the highest qualifying entry grade (what a met result and its reason need).
    /// </summary>
    public GradeJudgement Judge(CandidateProfile profile, DateOnly asOf, EvaluationScratch.UniqueList? unknowns, bool untilEntryMet = false)
    {
        var pass = new Pass(this, profile, asOf, unknowns);
        var judgement = new GradeJudgement();

        // The best standing of the rows judged so far (all at or above the current one), and the nearest row holding it:
        // a met row covers the grades below it.
        var carry = Standing.NotMet;
        var carryRow = -1;
        var carryEvidence = default(QualificationEvidence);
        for (var r = _rows.Length - 1; r >= 0; r--)
        {
            var before = unknowns?.Count ?? 0;
            var standing = pass.Row(r, asksForFields: r >= LowestEntryRow);
            unknowns?.MoveToFront(before);
            if (standing == Standing.Met)
            {
                judgement.HighestRowMet ??= _rows[r].Grade;
            }

            if (standing == Standing.Met || standing > carry)
            {
                (carry, carryRow) = (standing, r);
                carryEvidence = standing >= Standing.Review ? pass.Evidence : default;
            }

            if (!HasEntryAt(r))
            {
                continue;
            }

            switch (carry)
            {
                case Standing.Met when judgement.TopEntryRowMet < 0:
                    (judgement.TopEntryRowMet, judgement.SourceRow, judgement.Evidence) = (r, carryRow, carryEvidence);
                    if (untilEntryMet)
                    {
                        return judgement;
                    }

                    break;
                case Standing.Review when judgement.TopEntryRowInReview < 0:
                    (judgement.TopEntryRowInReview, judgement.ReviewRow, judgement.ReviewEvidence) = (r, carryRow, carryEvidence);
                    break;
                case Standing.Unknown:
                    judgement.Unknown = true;
                    break;
            }
        }

        return judgement;
    }

    /// <summary>The entry grades whose rows are at or below <paramref name="row"/>, in the role's order.</summary>
    public IReadOnlyList<PayGrade> EntryGradesUpTo(int row)
    {
        var grades = new List<PayGrade>();
        for (var i = 0; i < Entry.Count; i++)
        {
            if (_entryRow[i] >= 0 && _entryRow[i] <= row)
            {
                grades.Add(Entry[i]);
            }
        }

        return grades.AsReadOnly();
    }

    /// <summary>The highest entry grade at row <paramref name="row"/> (the first in the role's order when two share it).</summary>
    public PayGrade EntryGradeAt(int row) => Entry[Array.IndexOf(_entryRow, row)];

    /// <summary>Whether months / E + (hours − beyond) / H reaches 100 % for <paramref name="standard"/> (see <see cref="Share"/>).</summary>
    /// <remarks>
    /// Compared exactly, without dividing: months·H + counted·E ≥ E·H, so 1/3 + 2/3 is exactly 100 %. A combination
    /// needs some education that counts: experience alone is judged by the experience route, with its own rules.
    /// </remarks>
    public static bool Reaches100(decimal months, decimal hours, CombinationStandard standard)
    {
        var counted = hours > standard.HoursBeyond ? hours - standard.HoursBeyond : 0m;
        if (counted <= 0)
        {
            return false;
        }

        // Whole numbers (the common case) compare in integers; the decimal comparison below is the same test.
        if (decimal.IsInteger(months) && decimal.IsInteger(counted) && decimal.IsInteger(standard.HoursForFull)
            && months < int.MaxValue && counted < int.MaxValue && standard.HoursForFull < int.MaxValue)
        {
            long e = standard.ExperienceMonths, h = (long)standard.HoursForFull;
            return ((long)months * h) + ((long)counted * e) >= e * h;
        }

        return (months * standard.HoursForFull) + (counted * standard.ExperienceMonths) >= standard.ExperienceMonths * standard.HoursForFull;
    }

    /// <summary>A combination's share (1 = 100 %): months over their full count plus counted hours over theirs.</summary>
    public static decimal Share(decimal months, decimal hours, CombinationStandard standard) =>
        (months / standard.ExperienceMonths) + (Math.Max(0m, hours - standard.HoursBeyond) / standard.HoursForFull);

    /// <summary>A GPA rounded as the standard says (half away from zero: 2.95 → 3.0).</summary>
    public static decimal Round(decimal gpa, int decimals) => Math.Round(gpa, Math.Clamp(decimals, 0, 28), MidpointRounding.AwayFromZero);

    /// <summary>
    /// Full-time-equivalent months of one job: a week of at least the full-time threshold counts as full time; a
    /// shorter week counts in proportion to the full-time week; no hours stated means full time.
    /// </summary>
    public decimal Credit(Experience job)
    {
        if (job.Months is not { } stated)
        {
            return 0m;
        }

        var months = Math.Max(0, stated);
        if (job.HoursPerWeek is not { } hours || hours >= (_conversions.FullTimeFromHoursPerWeek ?? _conversions.FullTimeHoursPerWeek))
        {
            return months;
        }

        return months * Math.Clamp(hours, 0m, _conversions.FullTimeHoursPerWeek) / _conversions.FullTimeHoursPerWeek;
    }

    /// <summary>Semester hours of one entry, quarter hours converted; <see langword="null"/> when the entry states neither.</summary>
    public decimal? SemesterHours(decimal? semester, decimal? quarter) => quarter is { } q
        ? Math.Max(0, semester ?? 0) + (Math.Max(0, q) / _conversions.QuarterHoursPerSemesterHour)
        : semester is { } s ? Math.Max(0, s) : null;

    /// <summary>
    /// Whether an entry of <paramref name="level"/> holds hours of <paramref name="kind"/>: undergraduate hours on any
    /// entry (high-school entries too: dual-enrollment credit), graduate hours only on graduate study and graduate degrees
    /// (or an entry of unknown level). Hours stated elsewhere are not counted, so leaving them out never changes a verdict.
    /// </summary>
    public static bool CouldHold(EducationLevel? level, HoursKind kind) =>
        kind == HoursKind.Undergraduate || level is null || level >= EducationLevel.GraduateStudy;

    /// <summary>Education counts from its completion date; an entry without one counts.</summary>
    public static bool Counts(Education entry, DateOnly asOf) => entry.Completed is not { } completed || completed <= asOf;

    private bool HasEntryAt(int row) => _hasEntry[row];

    /// <summary>
    /// One pass over the table for one profile: the routes of rules.md §2.3, and the facts they share. A route returns
    /// how the row stands; the one that meets it (or splits it, for a review) also leaves what meets it in <see cref="Evidence"/>.
    /// </summary>
    private ref struct Pass(GradeTable table, CandidateProfile profile, DateOnly asOf, EvaluationScratch.UniqueList? unknowns)
    {
        private readonly Hours _hours = Hours.Read(table, profile.Education, asOf);
        private readonly ReadOnlySpan<Job> _jobs = table.ReadJobs(profile.Experience);
        private readonly int _educationCount = profile.Education?.Count ?? 0;
        private Standing? _saa;
        private QualificationEvidence _saaEvidence;
        private EvaluationScratch.UniqueList? _asking;

        /// <summary>What meets the row last judged met, or splits the row last judged under review.</summary>
        public QualificationEvidence Evidence;

        /// <summary>The best route to row <paramref name="r"/>: education, then experience, then a combination.</summary>
        public Standing Row(int r, bool asksForFields)
        {
            _asking = asksForFields ? unknowns : null;
            var row = table._rows[r];
            var best = Standing.NotMet;
            if (row.Education is { } education)
            {
                var standing = ByEducation(education, table._degrees[r]);
                if (standing == Standing.Met)
                {
                    return standing;
                }

                best = standing;
            }

            if (row.Experience is { } experience)
            {
                var standing = ByExperience(experience);
                if (standing == Standing.Met)
                {
                    return standing;
                }

                best = ThreeValued.Better(best, standing);
            }

            if (table._combinations[r] is { Length: > 0 } readings)
            {
                var standing = ByCombination(readings);
                if (standing is Standing.Met or Standing.Review)
                {
                    return standing;
                }

                best = ThreeValued.Better(best, standing);
            }

            return best;
        }

        /// <summary>A route that meets its row: <paramref name="evidence"/> is what meets it.</summary>
        private Standing Met(QualificationEvidence evidence)
        {
            Evidence = evidence;
            return Standing.Met;
        }

        /// <summary>Education alone: a degree the row lists, the row's graduate hours, or Superior Academic Achievement.</summary>
        private Standing ByEducation(EducationStandard standard, DegreeRequirement[] degrees)
        {
            if (profile.Education is not { } entries)
            {
                Ask("education");
                return Standing.Unknown;
            }

            var standing = Standing.NotMet;
            for (var i = 0; degrees.Length > 0 && i < _educationCount; i++)
            {
                if (entries[i] is not { } entry || !Counts(entry, asOf))
                {
                    continue;
                }

                if (entry.Level is not { } level)
                {
                    standing = Standing.Unknown;
                    Ask(LevelPaths[i]);
                    continue;
                }

                foreach (var degree in degrees)
                {
                    // A degree of no named field is met by it or any higher degree; a named field needs that degree in it.
                    if (degree.Field is null ? level >= degree.Level : level == degree.Level && entry.Field is { } field && Same(field, degree.Field))
                    {
                        return Met(new QualificationEvidence(EvidenceKind.Degree, Level: level, Needed: degree.Level, Field: entry.Field));
                    }

                    if (degree.Field is not null && level == degree.Level && entry.Field is null)
                    {
                        standing = Standing.Unknown;
                        Ask(FieldPaths[i]);
                    }
                }
            }

            if (standard.GraduateHours is { } needed)
            {
                if (_hours.Graduate >= needed)
                {
                    return Met(new QualificationEvidence(EvidenceKind.GraduateHours, _hours.Graduate));
                }

                if (_hours.GraduateOpen)
                {
                    standing = Standing.Unknown;
                    AskForHours(entries, HoursKind.Graduate);
                }
            }

            if (standard.SuperiorAcademicAchievement && table._saa is { } saa)
            {
                // Judged once per pass: the same bachelor's entries answer it at every row that accepts it.
                _saa ??= SuperiorAcademicAchievement(saa, entries, out _saaEvidence);
                if (_saa == Standing.Met)
                {
                    return Met(_saaEvidence);
                }

                standing = ThreeValued.Better(standing, _saa.Value);
            }

            return standing;
        }

        /// <summary>
        /// Superior Academic Achievement with a bachelor's degree: an overall GPA or a major GPA at least the standard's,
        /// each rounded first; or class standing in the upper part the standard names; or membership in a national
        /// scholastic honor society. A GPA counts only while the share of pass/fail hours is within the limit.
        /// </summary>
        private Standing SuperiorAcademicAchievement(SuperiorAcademicAchievementStandard saa, IReadOnlyList<Education> entries, out QualificationEvidence evidence)
        {
            evidence = default;
            var standing = Standing.NotMet;
            for (var i = 0; i < _educationCount; i++)
            {
                if (entries[i] is not { } entry || !Counts(entry, asOf))
                {
                    continue;
                }

                if (entry.Level is null)
                {
                    standing = Standing.Unknown;
                    Ask(LevelPaths[i]);
                    continue;
                }

                if (entry.Level != EducationLevel.Bachelors)
                {
                    continue;
                }

                var gpaCounts = saa.PassFailMaxPercent is not { } limit ? Standing.Met
                    : entry.PassFailPercent is not { } share ? Standing.Unknown
                    : share <= limit ? Standing.Met : Standing.NotMet;
                if (gpaCounts != Standing.NotMet)
                {
                    var overall = Gpa(entry.Gpa, saa.OverallGpa, EvidenceKind.OverallGpa, GpaPaths[i], PassFailPaths[i], gpaCounts, saa.GpaDecimals, ref standing);
                    if (overall is { } met)
                    {
                        evidence = met;
                        return Standing.Met;
                    }

                    var major = Gpa(entry.MajorGpa, saa.MajorGpa, EvidenceKind.MajorGpa, MajorGpaPaths[i], PassFailPaths[i], gpaCounts, saa.GpaDecimals, ref standing);
                    if (major is { } majorMet)
                    {
                        evidence = majorMet;
                        return Standing.Met;
                    }
                }

                if (entry.ClassStandingPercentile is not { } percentile)
                {
                    standing = ThreeValued.Better(standing, Standing.Unknown);
                    Ask(ClassStandingPaths[i]);
                }
                else if (percentile <= saa.ClassStandingMaxPercentile)
                {
                    evidence = new QualificationEvidence(EvidenceKind.ClassStanding, percentile);
                    return Standing.Met;
                }

                if (saa.HonorSociety && entry.HonorSociety == true)
                {
                    evidence = new QualificationEvidence(EvidenceKind.HonorSociety);
                    return Standing.Met;
                }

                if (saa.HonorSociety && entry.HonorSociety is null)
                {
                    standing = ThreeValued.Better(standing, Standing.Unknown);
                    Ask(HonorSocietyPaths[i]);
                }
            }

            return standing;
        }

        /// <summary>One GPA criterion: met when the rounded GPA reaches the standard and GPAs count; asks for what is missing.</summary>
        private QualificationEvidence? Gpa(decimal? gpa, decimal needed, EvidenceKind kind, string gpaPath, string passFailPath, Standing gpaCounts, int decimals, ref Standing standing)
        {
            if (gpa is not { } value)
            {
                standing = ThreeValued.Better(standing, Standing.Unknown);
                Ask(gpaPath);
                return null;
            }

            if (Round(value, decimals) < needed)
            {
                return null;
            }

            if (gpaCounts == Standing.Met)
            {
                return new QualificationEvidence(kind, value);
            }

            // High enough, but whether the GPA counts depends on the pass/fail share, which is not stated.
            standing = ThreeValued.Better(standing, Standing.Unknown);
            Ask(passFailPath);
            return null;
        }

        /// <summary>
        /// Experience alone: the row's months of (specialized) experience at its grade; where only part of the months must
        /// be at a grade (GS-5: 36 months, 12 of them at GS-4 or above), the rest count at any grade.
        /// </summary>
        private Standing ByExperience(ExperienceStandard standard)
        {
            if (profile.Experience is null)
            {
                Ask("experience");
                return Standing.Unknown;
            }

            var part = standard.MonthsAtMinimumGrade;
            var all = Months(_jobs, standard.Specialized, part is null ? standard.MinimumGrade : null);
            var atGrade = part is null ? all : Months(_jobs, standard.Specialized, standard.MinimumGrade);
            if (all.Known >= standard.Months && atGrade.Known >= (part ?? 0))
            {
                return Met(new QualificationEvidence(EvidenceKind.Experience, all.Known, atGrade.Known));
            }

            if (all.Reaches(standard.Months) && atGrade.Reaches(part ?? 0))
            {
                AskForExperience(standard.Specialized, standard.MinimumGrade);
                return Standing.Unknown;
            }

            return Standing.NotMet;
        }

        /// <summary>
        /// A combination: months of experience as a share of the row's, plus the education that counts as a share of its
        /// full amount, reaching 100 %. With several readings of the texts, met only when all of them meet it.
        /// </summary>
        private Standing ByCombination(CombinationStandard[] readings)
        {
            bool anyMet = false, anyNotMet = false, unknown = false;
            var evidence = default(QualificationEvidence);
            for (var k = 0; k < readings.Length; k++)
            {
                var c = readings[k];
                var months = profile.Experience is not null ? Months(_jobs, c.Specialized, c.MinimumGrade) : new Amount(0, 0, Open: true);
                var (hours, hoursOpen) = profile.Education is null ? (0m, true) : _hours.Of(c.Hours);
                if (k == 0)
                {
                    evidence = new QualificationEvidence(EvidenceKind.Combination, months.Known, hours);
                }

                if (Reaches100(months.Known, hours, c))
                {
                    anyMet = true;
                }
                else if (months.Open || hoursOpen || Reaches100(months.Favourable, hours, c))
                {
                    unknown = true;
                    if (profile.Experience is not null)
                    {
                        AskForExperience(c.Specialized, c.MinimumGrade);
                    }
                    else
                    {
                        Ask("experience");
                    }

                    if (profile.Education is { } entries)
                    {
                        AskForHours(entries, c.Hours);
                    }
                    else
                    {
                        Ask("education");
                    }
                }
                else
                {
                    anyNotMet = true;
                }
            }

            if (anyMet && anyNotMet)
            {
                Evidence = evidence with { Readings = ReadingsMetBy(readings) };
                return Standing.Review;
            }

            return anyMet && !unknown ? Met(evidence)
                : unknown ? Standing.Unknown
                : Standing.NotMet;
        }

        /// <summary>Which readings the stated facts meet (for a row under review, whose words name each reading).</summary>
        private readonly ReadingsMet ReadingsMetBy(CombinationStandard[] readings)
        {
            var met = new bool[readings.Length];
            for (var k = 0; k < met.Length; k++)
            {
                var c = readings[k];
                var months = profile.Experience is not null ? Months(_jobs, c.Specialized, c.MinimumGrade).Known : 0m;
                met[k] = Reaches100(months, profile.Education is null ? 0m : _hours.Of(c.Hours).Hours, c);
            }

            return new ReadingsMet(met);
        }

        private void Ask(string path) => _asking?.Add(path);

        private void AskForExperience(bool specialized, int? minimumGrade)
        {
            for (var i = 0; _asking is not null && i < _jobs.Length; i++)
            {
                var job = _jobs[i];
                if (specialized && job.Specialized == false)
                {
                    continue;
                }

                if (specialized && job.Specialized is null)
                {
                    Ask(SpecializedPaths[job.Index]);
                }

                if (minimumGrade is not null && job.Grade is null)
                {
                    Ask(GradePaths[job.Index]);
                }

                if (job.Months is null)
                {
                    Ask(MonthsPaths[job.Index]);
                }
            }
        }

        private void AskForHours(IReadOnlyList<Education> entries, HoursKind kind)
        {
            for (var i = 0; _asking is not null && i < _educationCount; i++)
            {
                if (entries[i] is not { } entry || !Counts(entry, asOf) || !CouldHold(entry.Level, kind))
                {
                    continue;
                }

                var stated = kind == HoursKind.Graduate
                    ? table.SemesterHours(entry.GraduateSemesterHours, entry.GraduateQuarterHours)
                    : table.SemesterHours(entry.SemesterHours, entry.QuarterHours);
                if (stated is null)
                {
                    Ask((kind == HoursKind.Graduate ? GraduateHoursPaths : HoursPaths)[i]);
                }
            }
        }

        private static bool Same(string stated, string needed) => string.Equals(stated.Trim(), needed, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// What the routes read of one job, read once a pass: its place in the profile's list (for the paths of its fields),
    /// whether it is specialized, its GS-equivalent grade (<see cref="GradeOf"/>), its months, and whether it counts as
    /// full time; a part-time job's full-time-equivalent months (<see cref="Credit"/>).
    /// </summary>
    private readonly record struct Job(int Index, bool? Specialized, int? Grade, int? Months, bool FullTime, decimal PartTimeCredit);

    /// <summary>The stated jobs of a profile (<see langword="null"/> entries left out), read into the thread's working array.</summary>
    private ReadOnlySpan<Job> ReadJobs(IReadOnlyList<Experience>? jobs)
    {
        if (jobs is null)
        {
            return default;
        }

        var count = jobs.Count;
        var read = EvaluationScratch.WorkingArray<Job>(count);
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            if (jobs[i] is not { } job)
            {
                continue;
            }

            var fullTime = job.HoursPerWeek is not { } hours || hours >= (_conversions.FullTimeFromHoursPerWeek ?? _conversions.FullTimeHoursPerWeek);
            read[n++] = new Job(i, job.Specialized, GradeOf(job), job.Months, fullTime, fullTime ? 0m : Credit(job));
        }

        return read.AsSpan(0, n);
    }

    /// <summary>Full-time-equivalent months of the jobs that count: on what is stated, and with every unknown kind or grade read favourably.</summary>
    private static Amount Months(ReadOnlySpan<Job> jobs, bool specialized, int? minimumGrade)
    {
        var known = default(MonthSum);
        var favourable = default(MonthSum);
        var open = false;
        foreach (ref readonly var job in jobs)
        {
            if ((specialized && job.Specialized == false) || (minimumGrade is { } min && job.Grade < min))
            {
                continue;
            }

            var counts = (!specialized || job.Specialized == true) && (minimumGrade is null || job.Grade is not null);
            open |= job.Months is null;
            if (job.FullTime)
            {
                // A full-time job counts its whole months: summed as integers, the common case.
                var months = Math.Max(0, job.Months ?? 0);
                favourable.Whole += months;
                known.Whole += counts ? months : 0;
            }
            else
            {
                favourable.Add(job.PartTimeCredit);
                if (counts)
                {
                    known.Add(job.PartTimeCredit);
                }
            }
        }

        return new Amount(known.Total, favourable.Total, open);
    }

    /// <summary>Months summed as whole months and prorated parts, so that a profile of full-time jobs needs no decimal arithmetic.</summary>
    private struct MonthSum
    {
        public long Whole;
        private decimal _part;
        private bool _hasPart;

        public readonly decimal Total => _hasPart ? Whole + _part : Whole;

        public void Add(decimal part) => (_part, _hasPart) = (_part + part, true);
    }

    /// <summary>The stated hours of a profile's counted education, quarter hours converted; "open" when an entry that could hold them states none.</summary>
    private readonly record struct Hours(decimal Undergraduate, bool UndergraduateOpen, decimal Graduate, bool GraduateOpen)
    {
        public (decimal Hours, bool Open) Of(HoursKind kind) => kind == HoursKind.Graduate ? (Graduate, GraduateOpen) : (Undergraduate, UndergraduateOpen);

        public static Hours Read(GradeTable table, IReadOnlyList<Education>? entries, DateOnly asOf)
        {
            decimal undergraduate = 0, graduate = 0;
            bool undergraduateOpen = false, graduateOpen = false;
            for (var i = 0; entries is not null && i < entries.Count; i++)
            {
                if (entries[i] is not { } entry || !Counts(entry, asOf))
                {
                    continue;
                }

                var hours = table.SemesterHours(entry.SemesterHours, entry.QuarterHours);
                undergraduate += hours ?? 0;
                undergraduateOpen |= hours is null;
                if (CouldHold(entry.Level, HoursKind.Graduate))
                {
                    var graduateHours = table.SemesterHours(entry.GraduateSemesterHours, entry.GraduateQuarterHours);
                    graduate += graduateHours ?? 0;
                    graduateOpen |= graduateHours is null;
                }
            }

            return new Hours(undergraduate, undergraduateOpen, graduate, graduateOpen);
        }
    }
}
