using System.Globalization;
using System.Runtime.CompilerServices;
using IceCareers.Candidates;
using IceCareers.Internal;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.3 with §2.0: finds every grade row of the OPM table the candidate meets (by education alone, experience
/// alone or a combination summing to 100 %), extends each qualifying grade to the rows below it, and meets the
/// requirement when one of the role's entry grades qualifies. Unknown fields are judged three-valued: NotMet only when
/// education and experience are both stated and even favourable answers to the unknown fields would not qualify.
/// </summary>
internal sealed class EducationExperienceCheck : RequirementCheck
{
    private const int NoRoute = 0;
    private const int ByEducation = 1;
    private const int ByExperience = 2;
    private const int ByCombination = 3;
    private const int ByHigherGrade = 4;

    private static readonly FieldPaths EducationLevelPaths = new("education", "level");
    private static readonly FieldPaths EducationFieldPaths = new("education", "field");
    private static readonly FieldPaths EducationGpaPaths = new("education", "gpa");
    private static readonly FieldPaths EducationMajorGpaPaths = new("education", "majorGpa");
    private static readonly FieldPaths EducationClassStandingPaths = new("education", "classStandingPercentile");
    private static readonly FieldPaths EducationHonorSocietyPaths = new("education", "honorSociety");
    private static readonly FieldPaths ExperienceSpecializedPaths = new("experience", "specialized");
    private static readonly FieldPaths ExperienceGradePaths = new("experience", "grade");
    private static readonly FieldPaths ExperienceMonthsPaths = new("experience", "months");
    private static readonly FieldPaths EducationGraduateHoursPaths = new("education", "graduateSemesterHours");
    private static readonly FieldPaths EducationHoursPaths = new("education", "semesterHours");

    private readonly EducationExperienceRequirement _requirement;
    private readonly SuperiorAcademicAchievementStandard _saa;
    private readonly GradeQualification[] _rows;
    private readonly DegreeRequirement[][] _degrees;
    private readonly PayGrade[] _entry;
    private readonly int[] _entryRow;
    private readonly int _lowestEntryRow;
    private readonly string _entryText;
    private readonly Gap _gainLowest;

    // What the lowest entry grade asks for, written on first read: only texts use it, and a first evaluation that reads
    // no text should not JIT-compile the code that describes qualification rows.
    private string? _lowestNeeds;
    private readonly IReadOnlyList<PayGrade>?[] _gradesByMask;

    // Met outcomes by what their reason names: most candidates who qualify do so in a few common ways, so a hit saves
    // the result and its deferred reason (past the memo's capacity an outcome is just made, still without text).
    private readonly Memo<MetKey, CheckOutcome> _met = new();

    // The outcome when neither education nor experience is stated: it depends on nothing else, so it is judged once.
    private StrongBox<CheckOutcome>? _nothingStated;

    public EducationExperienceCheck(EducationExperienceRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _requirement = requirement;
        _saa = requirement.SuperiorAcademicAchievement;
        _rows = requirement.Grades.ToArray();
        _degrees = _rows.Select(r => r.Education?.Degrees.ToArray() ?? []).ToArray();
        // Loops, not LINQ: over value types (grades, row numbers) every LINQ operator is more code to JIT-compile on the
        // first evaluation.
        var entry = setup.Role.Grades.Entry;
        _entry = new PayGrade[entry.Count];
        _entryRow = new int[entry.Count];
        _lowestEntryRow = -1;
        for (var i = 0; i < _entry.Length; i++)
        {
            _entry[i] = entry[i];
            _entryRow[i] = -1;
            for (var r = 0; r < _rows.Length; r++)
            {
                if (_rows[r].Grade == entry[i].Grade)
                {
                    _entryRow[i] = r;
                    break;
                }
            }

            if (_entryRow[i] >= 0 && (_lowestEntryRow < 0 || _entryRow[i] < _lowestEntryRow))
            {
                _lowestEntryRow = _entryRow[i];
            }
        }

        _entryText = JoinGrades(_entry);
        _gainLowest = NewGap(Text.Later(this, static self => $"Gain what the lowest entry grade asks for: {self.LowestNeeds}."), isRemediable: true);

        // The qualifying grades for each set of entry grades, shared by every Met result with that set.
        _gradesByMask = new IReadOnlyList<PayGrade>?[_entry.Length <= 8 ? 1 << _entry.Length : 0];
        for (var mask = 1; mask < _gradesByMask.Length; mask++)
        {
            _gradesByMask[mask] = Grades(mask);
        }
    }

    private string LowestNeeds => _lowestNeeds ??= _entry.Length == 0
        ? "the role lists no entry grade"
        : _entryRow[0] >= 0
            ? $"{_entry[0]} needs {Describe(_rows[_entryRow[0]])}"
            : $"the data has no qualification row for {_entry[0]}";

    // Per-thread working arrays rather than stackalloc: a method with a stackalloc and a loop cannot use on-stack
    // replacement, so the JIT compiles it fully optimised on its first call, which costs milliseconds at start-up.
    [ThreadStatic]
    private static int[]? t_routes;

    [ThreadStatic]
    private static int[]? t_laterRoutes;

    [ThreadStatic]
    private static Job[]? t_jobs;

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        var routes = Working(ref t_routes, _rows.Length);
        Judge(profile, asOf, routes);
        var count = 0;
        for (var i = 0; i < _entry.Length; i++)
        {
            if (_entryRow[i] >= 0 && routes[_entryRow[i]] != NoRoute)
            {
                count++;
            }
        }

        if (count > 0)
        {
            var mask = 0;
            var highestIndex = 0;
            for (var i = 0; i < _entry.Length; i++)
            {
                if (_entryRow[i] >= 0 && routes[_entryRow[i]] != NoRoute)
                {
                    mask |= 1 << i;
                    highestIndex = i;
                }
            }

            var row = _entryRow[highestIndex];
            var source = row;
            while (routes[source] == ByHigherGrade)
            {
                source++;
            }

            var key = new MetKey(mask, highestIndex, source, Find(source, routes[source], profile, asOf));
            scratch.QualifyingGrades = mask < _gradesByMask.Length ? _gradesByMask[mask]! : Grades(mask);
            scratch.HighestQualifyingGrade = _entry[highestIndex];
            return _met.Get(key, this, static (key, self) => self.Outcome(Verdict.Met, Text.Later((self, key), static state => state.self.MetReason(state.key))));
        }

        return Undecided(profile, asOf, routes, scratch);
    }

    /// <summary>A cleared span of <paramref name="length"/> items over a per-thread array, grown when too short.</summary>
    private static Span<T> Working<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new T[Math.Max(length, 16)];
        }

        var span = buffer.AsSpan(0, length);
        span.Clear();
        return span;
    }

    /// <summary>Which route (if any) meets each row on <paramref name="asOf"/>, with qualifying rows extended downwards.</summary>
    private void Judge(CandidateProfile profile, DateOnly asOf, Span<int> routes)
    {
        // The stated facts, read once: the rows below only compare numbers (the hot path of every report).
        var experience = profile.Experience;
        var jobCount = experience?.Count ?? 0;
        var jobs = Working(ref t_jobs, jobCount);
        for (var i = 0; i < jobCount; i++)
        {
            var entry = experience![i];
            jobs[i] = entry is null ? new Job(0, false, int.MinValue) : new Job(Math.Max(0, entry.Months ?? 0), entry.Specialized == true, entry.Grade ?? int.MinValue);
        }

        var maxLevel = -1;
        decimal undergraduate = 0, graduate = 0;
        var saa = false;
        if (profile.Education is { } education)
        {
            for (var i = 0; i < education.Count; i++)
            {
                var entry = education[i];
                if (entry is null || !Counts(entry, asOf))
                {
                    continue;
                }

                if (entry.Level is { } level && (int)level > maxLevel)
                {
                    maxLevel = (int)level;
                }

                undergraduate += entry.SemesterHours ?? 0;
                graduate += CouldHold(entry.Level, HoursKind.Graduate) ? entry.GraduateSemesterHours ?? 0 : 0;
                saa = saa || (entry.Level == EducationLevel.Bachelors && SaaOf(entry) == true);
            }
        }

        var facts = new Facts(maxLevel, undergraduate, graduate, saa);
        for (var r = 0; r < _rows.Length; r++)
        {
            routes[r] = Route(r, facts, jobs, profile, asOf);
        }

        var higher = false;
        for (var r = _rows.Length - 1; r >= 0; r--)
        {
            if (routes[r] != NoRoute)
            {
                higher = true;
            }
            else if (higher)
            {
                routes[r] = ByHigherGrade;
            }
        }
    }

    /// <summary>
    /// The first route (education, experience, combination) that meets row <paramref name="r"/> on what is stated, from
    /// facts read once; the same judgement as <see cref="RouteHolds"/> without unknowns, without its allocations.
    /// </summary>
    private int Route(int r, in Facts facts, ReadOnlySpan<Job> jobs, CandidateProfile profile, DateOnly asOf)
    {
        var row = _rows[r];
        if (row.Education is { } education && (facts.MaxLevel >= 0 || facts.Graduate > 0))
        {
            var degrees = _degrees[r];
            for (var d = 0; d < degrees.Length; d++)
            {
                var degree = degrees[d];
                if (degree.Field is null
                    ? facts.MaxLevel >= (int)degree.Level
                    : facts.MaxLevel >= (int)degree.Level && EducationHolds(education, profile, asOf, null))
                {
                    return ByEducation;
                }
            }

            if ((education.GraduateHours is { } hours && facts.Graduate >= hours) || (education.SuperiorAcademicAchievement && facts.Saa))
            {
                return ByEducation;
            }
        }

        if (row.Experience is { } experience && JobMonths(jobs, experience.Specialized, experience.MinimumGrade) >= experience.Months)
        {
            return ByExperience;
        }

        if (row.Combination is { } combination &&
            Reaches100(JobMonths(jobs, combination.Specialized, combination.MinimumGrade), combination.Hours == HoursKind.Graduate ? facts.Graduate : facts.Undergraduate, combination))
        {
            return ByCombination;
        }

        return NoRoute;
    }

    private static long JobMonths(ReadOnlySpan<Job> jobs, bool specialized, int? minimumGrade)
    {
        var minimum = minimumGrade ?? int.MinValue;
        long sum = 0;
        for (var i = 0; i < jobs.Length; i++)
        {
            if ((!specialized || jobs[i].Specialized) && jobs[i].Grade >= minimum)
            {
                sum += jobs[i].Months;
            }
        }

        return sum;
    }

    private CheckOutcome Undecided(CandidateProfile profile, DateOnly asOf, Span<int> routes, EvaluationScratch scratch)
    {
        var nothingStated = profile.Education is null && profile.Experience is null;
        if (nothingStated && Volatile.Read(ref _nothingStated) is { } known)
        {
            return known.Value;
        }

        var outcome = Judged(profile, asOf, routes, scratch);
        if (nothingStated)
        {
            // A benign race: racing threads judge the same outcome; any one of them may be kept.
            Volatile.Write(ref _nothingStated, new StrongBox<CheckOutcome>(outcome));
        }

        return outcome;
    }

    private CheckOutcome Judged(CandidateProfile profile, DateOnly asOf, Span<int> routes, EvaluationScratch scratch)
    {
        // Would favourable answers to the unknown fields qualify for an entry grade (directly or through a higher row)?
        var missing = scratch.Paths;
        var trial = scratch.Trial;
        missing.Clear();
        var possible = false;
        if (_lowestEntryRow >= 0)
        {
            for (var r = _lowestEntryRow; r < _rows.Length; r++)
            {
                for (var route = ByEducation; route <= ByCombination; route++)
                {
                    trial.Clear();
                    if (RouteHolds(_rows[r], route, profile, asOf, trial))
                    {
                        possible = true;
                        foreach (var path in trial)
                        {
                            missing.Add(path);
                        }
                    }
                }
            }
        }

        if (profile.Education is null)
        {
            missing.Add("education");
        }

        if (profile.Experience is null)
        {
            missing.Add("experience");
        }

        var earliest = EarliestByCompletion(profile, asOf);
        var tableGrade = HighestRow(routes);
        var observed = Observe(profile, asOf);
        if (possible || profile.Education is null || profile.Experience is null)
        {
            var paths = missing.ToArray();
            return Outcome(
                Verdict.Unknown,
                Text.Later((this, observed, tableGrade, paths), static state =>
                    $"Cannot decide: {Text.Join(state.paths, "and")} not stated, and no entry grade ({state.Item1._entryText}) qualifies on what is stated ({Describe(state.observed)}).{Below(state.tableGrade)} {Capitalized(state.Item1.LowestNeeds)}."),
                NewGap(Text.Later((this, paths), static state => $"State {Text.Join(state.paths, "and")}; {state.Item1.LowestNeeds}."), isRemediable: true, earliest),
                Array.AsReadOnly(paths));
        }

        return Outcome(
            Verdict.NotMet,
            Text.Later((this, observed, tableGrade), static state =>
                $"No entry grade ({state.Item1._entryText}) qualifies: {Describe(state.observed)}.{Below(state.tableGrade)} {Capitalized(state.Item1.LowestNeeds)}."),
            earliest is { } date
                ? NewGap(Text.Later((this, date), static state => $"Time alone fixes this: an education entry completed on {Text.Date(state.date)} qualifies you. Otherwise: {state.Item1.LowestNeeds}."), isRemediable: true, date)
                : _gainLowest);
    }

    private static string Below(int? tableGrade) =>
        tableGrade is { } g ? Text.Invariant($" The profile meets grade {g} of the table, below the entry grades.") : "";

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private int? HighestRow(ReadOnlySpan<int> routes)
    {
        for (var r = routes.Length - 1; r >= 0; r--)
        {
            if (routes[r] != NoRoute)
            {
                return _rows[r].Grade;
            }
        }

        return null;
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
        var future = 0;
        for (var i = 0; i < education.Count; i++)
        {
            if (education[i]?.Completed is { } completed && completed > asOf)
            {
                future++;
            }
        }

        if (future == 0)
        {
            return null;
        }

        var dates = new DateOnly[future];
        future = 0;
        for (var i = 0; i < education.Count; i++)
        {
            if (education[i]?.Completed is { } completed && completed > asOf)
            {
                dates[future++] = completed;
            }
        }

        Array.Sort(dates);
        var routes = Working(ref t_laterRoutes, _rows.Length);
        if (!QualifiesOn(profile, dates[^1], routes))
        {
            return null;
        }

        int low = 0, high = dates.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (QualifiesOn(profile, dates[middle], routes))
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

    private bool QualifiesOn(CandidateProfile profile, DateOnly date, Span<int> routes)
    {
        Judge(profile, date, routes);
        for (var i = 0; i < _entry.Length; i++)
        {
            if (_entryRow[i] >= 0 && routes[_entryRow[i]] != NoRoute)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="route"/> meets <paramref name="row"/>. With <paramref name="unknowns"/> given, every unknown
    /// field is taken as favourable and its path added (the "could still qualify" reading); without, unknown counts as not met.
    /// </summary>
    private bool RouteHolds(GradeQualification row, int route, CandidateProfile profile, DateOnly asOf, List<string>? unknowns) => route switch
    {
        ByEducation => row.Education is { } education && EducationHolds(education, profile, asOf, unknowns),
        ByExperience => row.Experience is { } experience &&
            (Months(profile.Experience, experience.Specialized, experience.MinimumGrade, unknowns) is var m && (m.Unbounded || m.Value >= experience.Months)),
        ByCombination => row.Combination is { } combination && CombinationHolds(combination, profile, asOf, unknowns),
        _ => false,
    };

    private bool EducationHolds(EducationStandard standard, CandidateProfile profile, DateOnly asOf, List<string>? unknowns)
    {
        if (profile.Education is not { } entries)
        {
            unknowns?.Add("education");
            return unknowns is not null && (standard.Degrees.Count > 0 || standard.GraduateHours is not null || standard.SuperiorAcademicAchievement);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !Counts(entry, asOf))
            {
                continue;
            }

            for (var d = 0; d < standard.Degrees.Count; d++)
            {
                var degree = standard.Degrees[d];
                if (entry.Level is not { } level)
                {
                    if (unknowns is not null)
                    {
                        unknowns.Add(EducationLevelPaths[i]);
                        return true;
                    }

                    continue;
                }

                if (degree.Field is null ? level >= degree.Level : level == degree.Level && FieldMatches(entry, degree.Field, i, unknowns))
                {
                    return true;
                }
            }
        }

        if (standard.GraduateHours is { } needed && Hours(entries, HoursKind.Graduate, asOf, unknowns) is var hours && (hours.Unbounded || hours.Value >= needed))
        {
            return true;
        }

        return standard.SuperiorAcademicAchievement && SuperiorAcademicAchievement(entries, asOf, unknowns);
    }

    private static bool FieldMatches(Education entry, string field, int index, List<string>? unknowns)
    {
        if (entry.Field is null)
        {
            unknowns?.Add(EducationFieldPaths[index]);
            return unknowns is not null;
        }

        return string.Equals(entry.Field.Trim(), field, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a bachelor's entry shows Superior Academic Achievement (favourably read when <paramref name="unknowns"/> is given).</summary>
    private bool SuperiorAcademicAchievement(IReadOnlyList<Education> entries, DateOnly asOf, List<string>? unknowns)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !Counts(entry, asOf))
            {
                continue;
            }

            if (entry.Level != EducationLevel.Bachelors)
            {
                if (entry.Level is null && unknowns is not null)
                {
                    unknowns.Add(EducationLevelPaths[i]);
                    return true;
                }

                continue;
            }

            var saa = SaaOf(entry);
            if (saa == true)
            {
                return true;
            }

            if (saa is null && unknowns is not null)
            {
                if (entry.Gpa is null)
                {
                    unknowns.Add(EducationGpaPaths[i]);
                }

                if (entry.MajorGpa is null)
                {
                    unknowns.Add(EducationMajorGpaPaths[i]);
                }

                if (entry.ClassStandingPercentile is null)
                {
                    unknowns.Add(EducationClassStandingPaths[i]);
                }

                if (_saa.HonorSociety && entry.HonorSociety is null)
                {
                    unknowns.Add(EducationHonorSocietyPaths[i]);
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Superior Academic Achievement of one bachelor's entry: true, false, or <see langword="null"/> when an unknown criterion could still meet it.</summary>
    private bool? SaaOf(Education entry)
    {
        var unknown = false;
        if (entry.Gpa is { } gpa)
        {
            if (Round(gpa) >= _saa.OverallGpa)
            {
                return true;
            }
        }
        else
        {
            unknown = true;
        }

        if (entry.MajorGpa is { } major)
        {
            if (Round(major) >= _saa.MajorGpa)
            {
                return true;
            }
        }
        else
        {
            unknown = true;
        }

        if (entry.ClassStandingPercentile is { } percentile)
        {
            if (percentile <= _saa.ClassStandingMaxPercentile)
            {
                return true;
            }
        }
        else
        {
            unknown = true;
        }

        if (_saa.HonorSociety)
        {
            if (entry.HonorSociety == true)
            {
                return true;
            }

            unknown |= entry.HonorSociety is null;
        }

        return unknown ? null : false;
    }

    private static bool CombinationHolds(CombinationStandard standard, CandidateProfile profile, DateOnly asOf, List<string>? unknowns)
    {
        var months = Months(profile.Experience, standard.Specialized, standard.MinimumGrade, unknowns);
        Amount hours;
        if (profile.Education is { } entries)
        {
            hours = Hours(entries, standard.Hours, asOf, unknowns);
        }
        else
        {
            unknowns?.Add("education");
            hours = new Amount(0, unknowns is not null);
        }
        if (months.Unbounded || hours.Unbounded)
        {
            return true;
        }

        return Reaches100(months.Value, hours.Value, standard);
    }

    /// <summary>
    /// Whether months / E + (hours − beyond) / H reaches 1, compared exactly without dividing:
    /// months·H + counted·E ≥ E·H (so 1/3 + 2/3 is exactly 100 %).
    /// </summary>
    private static bool Reaches100(decimal months, decimal hours, CombinationStandard standard)
    {
        var counted = hours > standard.HoursBeyond ? hours - standard.HoursBeyond : 0m;
        if (standard.ExperienceMonths > 0 && standard.HoursForFull > 0 && months <= 0 && counted <= 0)
        {
            return false; // nothing to add up: skip the decimal products
        }

        return standard.ExperienceMonths > 0 && standard.HoursForFull > 0
            ? (months * standard.HoursForFull) + (counted * standard.ExperienceMonths) >= standard.ExperienceMonths * standard.HoursForFull
            : Share(months, hours, standard) >= 1m;
    }

    /// <summary>The combination's total share, for explanations: experience months over their full count plus counted hours over theirs.</summary>
    private static decimal Share(decimal months, decimal hours, CombinationStandard standard)
    {
        var counted = Math.Max(0m, hours - standard.HoursBeyond);
        return (standard.ExperienceMonths > 0 ? months / standard.ExperienceMonths : 0m) + (standard.HoursForFull > 0 ? counted / standard.HoursForFull : 0m);
    }

    private static bool Counts(Education entry, DateOnly asOf) => entry.Completed is not { } completed || completed <= asOf;

    private readonly record struct Amount(decimal Value, bool Unbounded);

    /// <summary>The stated education and experience as an explanation names them (see <see cref="Observe"/>).</summary>
    private readonly record struct Observation(
        int? EducationCount,
        int Levels,
        int Counted,
        int NotCompleted,
        DateOnly AsOf,
        decimal GraduateHours,
        int? ExperienceCount,
        long TotalMonths,
        long SpecializedMonths,
        int TopSpecializedGrade);

    /// <summary>One experience entry as the table reads it (unknown months count as none, unknown grade as below every minimum).</summary>
    private readonly record struct Job(int Months, bool Specialized, int Grade);

    /// <summary>The stated education, read once per judgement.</summary>
    private readonly record struct Facts(int MaxLevel, decimal Undergraduate, decimal Graduate, bool Saa);

    private enum EvidenceKind
    {
        None,
        Degree,
        GraduateHours,
        OverallGpa,
        MajorGpa,
        ClassStanding,
        HonorSociety,
        Experience,
        Combination,
    }

    /// <summary>What meets a row, reduced to the values its explanation names: the deferred reason keeps these, not the profile.</summary>
    private readonly record struct Evidence(EvidenceKind Kind, decimal A = 0, decimal B = 0, EducationLevel Level = default, EducationLevel Needed = default, string? Field = null);

    /// <summary>Everything a Met reason depends on: which entry grades qualify, the highest, the row that carries it, and the evidence.</summary>
    private readonly record struct MetKey(int Mask, int Highest, int Source, Evidence Evidence);

    /// <summary>Months of experience that count for a standard; unbounded when an unknown could count (favourable reading only).</summary>
    private static Amount Months(IReadOnlyList<Experience>? entries, bool specialized, int? minimumGrade, List<string>? unknowns)
    {
        if (entries is null)
        {
            unknowns?.Add("experience");
            return new Amount(0, unknowns is not null);
        }

        decimal sum = 0;
        var unbounded = false;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null)
            {
                continue;
            }

            var kindOk = !specialized || entry.Specialized == true;
            var gradeOk = minimumGrade is not { } min || entry.Grade >= min;
            if (!(kindOk && gradeOk))
            {
                if (unknowns is null || !(kindOk || entry.Specialized is null) || !(gradeOk || entry.Grade is null))
                {
                    continue;
                }

                if (!kindOk)
                {
                    unknowns.Add(ExperienceSpecializedPaths[i]);
                }

                if (!gradeOk)
                {
                    unknowns.Add(ExperienceGradePaths[i]);
                }
            }

            if (entry.Months is { } months)
            {
                sum += Math.Max(0, months);
            }
            else if (unknowns is not null)
            {
                unknowns.Add(ExperienceMonthsPaths[i]);
                unbounded = true;
            }
        }

        return new Amount(sum, unbounded);
    }

    /// <summary>Semester hours of a kind from the entries that count; unbounded when an entry that could hold such hours does not say (favourable reading only).</summary>
    private static Amount Hours(IReadOnlyList<Education> entries, HoursKind kind, DateOnly asOf, List<string>? unknowns)
    {
        decimal sum = 0;
        var unbounded = false;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !Counts(entry, asOf))
            {
                continue;
            }

            if (!CouldHold(entry.Level, kind))
            {
                continue;
            }

            var hours = kind == HoursKind.Graduate ? entry.GraduateSemesterHours : entry.SemesterHours;
            if (hours is { } h)
            {
                sum += h;
            }
            else if (unknowns is not null)
            {
                unknowns.Add((kind == HoursKind.Graduate ? EducationGraduateHoursPaths : EducationHoursPaths)[i]);
                unbounded = true;
            }
        }

        return new Amount(sum, unbounded);
    }

    /// <summary>
    /// Whether an entry of <paramref name="level"/> carries hours of <paramref name="kind"/>: undergraduate hours on any
    /// entry (high-school entries too: dual-enrollment credit), graduate hours only on graduate study and graduate degrees
    /// (or an entry of unknown level). Hours stated elsewhere are not counted, so leaving them out never changes a verdict.
    /// </summary>
    private static bool CouldHold(EducationLevel? level, HoursKind kind) =>
        kind == HoursKind.Undergraduate || level is null || level >= EducationLevel.GraduateStudy;

    private static string JoinGrades(IReadOnlyList<PayGrade> grades) => Text.Join(Text.Grades(grades), "and");

    private string Describe(GradeQualification row)
    {
        var ways = new List<string>();
        if (row.Education is { } education)
        {
            ways.AddRange(education.Degrees.Select(d => "a " + Text.Level(d.Level) + (d.Field is null ? " (or a higher degree)" : " in " + d.Field)));
            if (education.GraduateHours is { } hours)
            {
                ways.Add($"{Text.Number(hours)} semester hours of graduate study");
            }

            if (education.SuperiorAcademicAchievement)
            {
                ways.Add("Superior Academic Achievement with a bachelor's degree (" + SaaText() + ")");
            }
        }

        if (row.Experience is { } experience)
        {
            ways.Add($"{Text.Number(experience.Months)} months of {(experience.Specialized ? "specialized " : "")}experience{Grade(experience.MinimumGrade)}");
        }

        if (row.Combination is { } c)
        {
            var hoursKind = c.Hours == HoursKind.Graduate ? "graduate" : "undergraduate";
            var beyond = c.HoursBeyond > 0 ? $" beyond the first {Text.Number(c.HoursBeyond)}" : "";
            ways.Add($"a combination of {(c.Specialized ? "specialized " : "")}experience{Grade(c.MinimumGrade)} (as a share of {Text.Number(c.ExperienceMonths)} months) and {hoursKind} semester hours{beyond} (as a share of {Text.Number(c.HoursForFull)}) adding up to 100 %");
        }

        return ways.Count == 0 ? "nothing the data lists" : Text.Join(ways);
    }

    /// <summary>What <paramref name="grade"/> asks for, in words ("GL-9 needs …"); <see langword="null"/> when the data has no row for its number.</summary>
    internal string? NeedsAt(PayGrade grade)
    {
        for (var r = 0; r < _rows.Length; r++)
        {
            if (_rows[r].Grade == grade.Grade)
            {
                return $"{grade} needs {Describe(_rows[r])}";
            }
        }

        return null;
    }

    private static string Grade(int? minimum) => minimum is { } g ? Text.Invariant($" at grade {g} or higher") : "";

    private string SaaText()
    {
        var criteria = new List<string>
        {
            $"an overall GPA of {Gpa(_saa.OverallGpa)} or a major GPA of {Gpa(_saa.MajorGpa)}, rounded to {Text.Number(_saa.GpaDecimals)} decimal{(_saa.GpaDecimals == 1 ? "" : "s")} first",
            $"class standing in the top {Text.Number(_saa.ClassStandingMaxPercentile)} %",
        };
        if (_saa.HonorSociety)
        {
            criteria.Add("membership in a national scholastic honor society");
        }

        return Text.Join(criteria);
    }

    /// <summary>What the profile states about education and experience, reduced to the values an explanation names.</summary>
    private static Observation Observe(CandidateProfile profile, DateOnly asOf)
    {
        int levels = 0, counted = 0, notCompleted = 0;
        decimal graduate = 0;
        if (profile.Education is { } education)
        {
            for (var i = 0; i < education.Count; i++)
            {
                var entry = education[i];
                if (entry is null)
                {
                    continue;
                }

                if (!Counts(entry, asOf))
                {
                    notCompleted++;
                    continue;
                }

                counted++;
                graduate += CouldHold(entry.Level, HoursKind.Graduate) ? entry.GraduateSemesterHours ?? 0 : 0;
                if (entry.Level is { } level)
                {
                    levels |= 1 << (int)level;
                }
            }
        }

        long total = 0, specialized = 0;
        var topGrade = int.MinValue;
        if (profile.Experience is { } experience)
        {
            for (var i = 0; i < experience.Count; i++)
            {
                var entry = experience[i];
                total += entry?.Months ?? 0;
                if (entry?.Specialized == true)
                {
                    specialized += entry.Months ?? 0;
                    topGrade = Math.Max(topGrade, entry.Grade ?? int.MinValue);
                }
            }
        }

        return new Observation(
            profile.Education?.Count,
            levels,
            counted,
            notCompleted,
            notCompleted > 0 ? asOf : default,
            graduate,
            profile.Experience?.Count,
            total,
            specialized,
            topGrade);
    }

    private static string Describe(Observation observed)
    {
        var parts = new List<string>(2);
        if (observed.EducationCount is not null)
        {
            var levels = Enum.GetValues<EducationLevel>().Where(l => (observed.Levels & (1 << (int)l)) != 0).Select(Text.Level).ToList();
            parts.Add((observed.Counted == 0 ? "no completed education listed" : "education: " + (levels.Count == 0 ? "entries without a level" : string.Join(", ", levels)))
                + (observed.GraduateHours > 0 ? $", {Text.Number(observed.GraduateHours)} graduate semester hours" : "")
                + (observed.NotCompleted > 0 ? Text.Invariant($" ({observed.NotCompleted} not completed by {Text.Date(observed.AsOf)})") : ""));
        }

        if (observed.ExperienceCount is { } count)
        {
            parts.Add(count == 0
                ? "no experience listed"
                : Text.Invariant($"{observed.TotalMonths} months of experience, {observed.SpecializedMonths} of them specialized")
                    + (observed.TopSpecializedGrade != int.MinValue ? Text.Invariant($" (up to grade {observed.TopSpecializedGrade})") : ""));
        }

        return parts.Count == 0 ? "nothing stated" : string.Join("; ", parts);
    }

    /// <summary>The entry grades in <paramref name="mask"/>, lowest first.</summary>
    private IReadOnlyList<PayGrade> Grades(int mask)
    {
        var count = 0;
        for (var i = 0; i < _entry.Length; i++)
        {
            count += (mask >> i) & 1;
        }

        var grades = new PayGrade[count];
        count = 0;
        for (var i = 0; i < _entry.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                grades[count++] = _entry[i];
            }
        }

        return Frozen.Wrap(grades);
    }

    private string MetReason(MetKey key)
    {
        var grades = Grades(key.Mask);
        var highest = _entry[key.Highest];
        var list = grades.Count == _entry.Length && grades.Count > 1 ? "every entry grade (" + _entryText + ")" : JoinGrades(grades);
        var how = Explain(key.Source, key.Evidence);
        if (key.Source != _entryRow[key.Highest])
        {
            how = Text.Invariant($"meets grade {_rows[key.Source].Grade} of the table, which covers the grades below it: ") + how;
        }

        return $"Qualifies for {list} of the entry grades {_entryText}; highest {highest}: {how}.";
    }

    /// <summary>What the profile shows that meets <paramref name="row"/> by <paramref name="route"/>: the evidence a reason names.</summary>
    private Evidence Find(int row, int route, CandidateProfile profile, DateOnly asOf)
    {
        var standard = _rows[row];
        switch (route)
        {
            case ByExperience:
                var experience = standard.Experience!;
                return new Evidence(EvidenceKind.Experience, Months(profile.Experience, experience.Specialized, experience.MinimumGrade, null).Value);
            case ByCombination:
                var c = standard.Combination!;
                return new Evidence(
                    EvidenceKind.Combination,
                    Months(profile.Experience, c.Specialized, c.MinimumGrade, null).Value,
                    profile.Education is { } all ? Hours(all, c.Hours, asOf, null).Value : 0);
        }

        var education = standard.Education!;
        var entries = profile.Education!;
        for (var d = 0; d < education.Degrees.Count; d++)
        {
            var degree = education.Degrees[d];
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (entry is not null && Counts(entry, asOf) && entry.Level is { } level &&
                    (degree.Field is null ? level >= degree.Level : level == degree.Level && FieldMatches(entry, degree.Field, i, null)))
                {
                    return new Evidence(EvidenceKind.Degree, Level: level, Needed: degree.Level, Field: entry.Field);
                }
            }
        }

        if (education.GraduateHours is { } needed && Hours(entries, HoursKind.Graduate, asOf, null).Value is var hours && hours >= needed)
        {
            return new Evidence(EvidenceKind.GraduateHours, hours);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null || !Counts(entry, asOf) || entry.Level != EducationLevel.Bachelors)
            {
                continue;
            }

            if (entry.Gpa is { } gpa && Round(gpa) >= _saa.OverallGpa)
            {
                return new Evidence(EvidenceKind.OverallGpa, gpa);
            }

            if (entry.MajorGpa is { } major && Round(major) >= _saa.MajorGpa)
            {
                return new Evidence(EvidenceKind.MajorGpa, major);
            }

            if (entry.ClassStandingPercentile is { } percentile && percentile <= _saa.ClassStandingMaxPercentile)
            {
                return new Evidence(EvidenceKind.ClassStanding, percentile);
            }

            if (_saa.HonorSociety && entry.HonorSociety == true)
            {
                return new Evidence(EvidenceKind.HonorSociety);
            }
        }

        return new Evidence(EvidenceKind.None);
    }

    /// <summary>The evidence in plain English, with the observed and the needed values.</summary>
    private string Explain(int row, Evidence evidence)
    {
        var standard = _rows[row];
        switch (evidence.Kind)
        {
            case EvidenceKind.Degree:
                return evidence.Level == evidence.Needed
                    ? $"a {Text.Level(evidence.Level)}{(evidence.Field is null ? "" : " in " + evidence.Field)}"
                    : $"a {Text.Level(evidence.Level)}, which counts as a {Text.Level(evidence.Needed)}";
            case EvidenceKind.GraduateHours:
                return $"{Text.Number(evidence.A)} graduate semester hours (needed: {Text.Number(standard.Education!.GraduateHours ?? 0)})";
            case EvidenceKind.OverallGpa:
                return $"Superior Academic Achievement with a bachelor's degree: overall GPA {Text.Number(evidence.A)}, {Gpa(Round(evidence.A))} rounded (needed: {Gpa(_saa.OverallGpa)})";
            case EvidenceKind.MajorGpa:
                return $"Superior Academic Achievement with a bachelor's degree: major GPA {Text.Number(evidence.A)}, {Gpa(Round(evidence.A))} rounded (needed: {Gpa(_saa.MajorGpa)})";
            case EvidenceKind.ClassStanding:
                return $"Superior Academic Achievement with a bachelor's degree: class standing at percentile {Text.Number(evidence.A)} (needed: {Text.Number(_saa.ClassStandingMaxPercentile)} or better)";
            case EvidenceKind.HonorSociety:
                return "Superior Academic Achievement with a bachelor's degree: membership in a national scholastic honor society";
            case EvidenceKind.Experience:
                var experience = standard.Experience!;
                return $"{Text.Number(evidence.A)} months of {(experience.Specialized ? "specialized " : "")}experience{Grade(experience.MinimumGrade)} (needed: {Text.Number(experience.Months)})";
            case EvidenceKind.Combination:
                var c = standard.Combination!;
                var counted = Math.Max(0m, evidence.B - c.HoursBeyond);
                var experienceShare = c.ExperienceMonths > 0 ? evidence.A / c.ExperienceMonths * 100 : 0;
                var hoursShare = c.HoursForFull > 0 ? counted / c.HoursForFull * 100 : 0;
                return $"a combination: {Text.Number(evidence.A)} months of {(c.Specialized ? "specialized " : "")}experience{Grade(c.MinimumGrade)} ({Pct(experienceShare)} of {Text.Number(c.ExperienceMonths)} months) and {Text.Number(counted)} {(c.Hours == HoursKind.Graduate ? "graduate" : "undergraduate")} semester hours{(c.HoursBeyond > 0 ? $" beyond the first {Text.Number(c.HoursBeyond)}" : "")} ({Pct(hoursShare)} of {Text.Number(c.HoursForFull)}), {Pct(Share(evidence.A, evidence.B, c) * 100)} in all (needed: 100 %)";
            default:
                return "met";
        }
    }

    private static string Pct(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private string Gpa(decimal value) => value.ToString("F" + Text.Number(Math.Clamp(_saa.GpaDecimals, 0, 28)), CultureInfo.InvariantCulture);

    private decimal Round(decimal gpa) => Math.Round(gpa, Math.Clamp(_saa.GpaDecimals, 0, 28), MidpointRounding.AwayFromZero);
}
