using System.Globalization;
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

    private readonly EducationExperienceRequirement _requirement;
    private readonly SuperiorAcademicAchievementStandard _saa;
    private readonly GradeQualification[] _rows;
    private readonly PayGrade[] _entry;
    private readonly int[] _entryRow;
    private readonly int _lowestEntryRow;
    private readonly string[] _rowText;
    private readonly string _entryText;
    private readonly string _lowestNeeds;

    public EducationExperienceCheck(EducationExperienceRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _requirement = requirement;
        _saa = requirement.SuperiorAcademicAchievement;
        _rows = requirement.Grades.ToArray();
        _entry = setup.Role.Grades.Entry.ToArray();
        _entryRow = _entry.Select(g => Array.FindIndex(_rows, r => r.Grade == g.Grade)).ToArray();
        _lowestEntryRow = _entryRow.Where(r => r >= 0).DefaultIfEmpty(-1).Min();
        _rowText = _rows.Select(Describe).ToArray();
        _entryText = Text.Join(_entry.Select(g => g.ToString()), "and");
        _lowestNeeds = _entry.Length == 0
            ? "the role lists no entry grade"
            : _entryRow[0] >= 0
                ? $"{_entry[0]} needs {_rowText[_entryRow[0]]}"
                : $"the data has no qualification row for {_entry[0]}";
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        Span<int> routes = _rows.Length <= 32 ? stackalloc int[_rows.Length] : new int[_rows.Length];
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
            var grades = new PayGrade[count];
            var highestIndex = 0;
            for (int i = 0, k = 0; i < _entry.Length; i++)
            {
                if (_entryRow[i] >= 0 && routes[_entryRow[i]] != NoRoute)
                {
                    grades[k++] = _entry[i];
                    highestIndex = i;
                }
            }

            var highest = grades[^1];
            scratch.QualifyingGrades = Frozen.Wrap(grades);
            scratch.HighestQualifyingGrade = highest;
            var how = How(_entryRow[highestIndex], routes, profile, asOf);
            var list = count == _entry.Length && count > 1 ? "every entry grade (" + _entryText + ")" : JoinGrades(grades);
            return Outcome(Verdict.Met, $"Qualifies for {list} of the entry grades {_entryText}; highest {highest}: {how}.");
        }

        return Undecided(profile, asOf, routes);
    }

    /// <summary>Which route (if any) meets each row on <paramref name="asOf"/>, with qualifying rows extended downwards.</summary>
    private void Judge(CandidateProfile profile, DateOnly asOf, Span<int> routes)
    {
        for (var r = 0; r < _rows.Length; r++)
        {
            routes[r] = Route(_rows[r], profile, asOf, unknowns: null);
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

    private CheckOutcome Undecided(CandidateProfile profile, DateOnly asOf, Span<int> routes)
    {
        // Would favourable answers to the unknown fields qualify for an entry grade (directly or through a higher row)?
        var missing = new List<string>();
        var possible = false;
        if (_lowestEntryRow >= 0)
        {
            var trial = new List<string>();
            for (var r = _lowestEntryRow; r < _rows.Length; r++)
            {
                foreach (var route in (ReadOnlySpan<int>)[ByEducation, ByExperience, ByCombination])
                {
                    trial.Clear();
                    if (RouteHolds(_rows[r], route, profile, asOf, trial))
                    {
                        possible = true;
                        foreach (var path in trial)
                        {
                            EvaluationScratch.AddUnique(missing, path);
                        }
                    }
                }
            }
        }

        if (profile.Education is null)
        {
            EvaluationScratch.AddUnique(missing, "education");
        }

        if (profile.Experience is null)
        {
            EvaluationScratch.AddUnique(missing, "experience");
        }

        var earliest = EarliestByCompletion(profile, asOf);
        var tableGrade = HighestRow(routes);
        var below = tableGrade is { } g ? Text.Invariant($" The profile meets grade {g} of the table, below the entry grades.") : "";
        if (possible || profile.Education is null || profile.Experience is null)
        {
            var fields = Text.Join(missing, "and");
            return Outcome(
                Verdict.Unknown,
                $"Cannot decide: {fields} not stated, and no entry grade ({_entryText}) qualifies on what is stated ({Observed(profile, asOf)}).{below} {Capitalized(_lowestNeeds)}.",
                NewGap($"State {fields}; {_lowestNeeds}.", isRemediable: true, earliest),
                Array.AsReadOnly(missing.ToArray()));
        }

        return Outcome(
            Verdict.NotMet,
            $"No entry grade ({_entryText}) qualifies: {Observed(profile, asOf)}.{below} {Capitalized(_lowestNeeds)}.",
            NewGap(
                earliest is { } date
                    ? $"Time alone fixes this: an education entry completed on {Text.Date(date)} qualifies you. Otherwise: {_lowestNeeds}."
                    : $"Gain what the lowest entry grade asks for: {_lowestNeeds}.",
                isRemediable: true,
                earliest));
    }

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

        var dates = education.Where(e => e?.Completed > asOf).Select(e => e.Completed!.Value).Distinct().Order();
        Span<int> routes = _rows.Length <= 32 ? stackalloc int[_rows.Length] : new int[_rows.Length];
        foreach (var date in dates)
        {
            Judge(profile, date, routes);
            for (var i = 0; i < _entry.Length; i++)
            {
                if (_entryRow[i] >= 0 && routes[_entryRow[i]] != NoRoute)
                {
                    return date;
                }
            }
        }

        return null;
    }

    private int Route(GradeQualification row, CandidateProfile profile, DateOnly asOf, List<string>? unknowns)
    {
        if (RouteHolds(row, ByEducation, profile, asOf, unknowns))
        {
            return ByEducation;
        }

        if (RouteHolds(row, ByExperience, profile, asOf, unknowns))
        {
            return ByExperience;
        }

        return RouteHolds(row, ByCombination, profile, asOf, unknowns) ? ByCombination : NoRoute;
    }

    /// <summary>
    /// Whether <paramref name="route"/> meets <paramref name="row"/>. With <paramref name="unknowns"/> given, every unknown
    /// field is taken as favourable and its path added (the "could still qualify" reading); without, unknown counts as not met.
    /// </summary>
    private bool RouteHolds(GradeQualification row, int route, CandidateProfile profile, DateOnly asOf, List<string>? unknowns) => route switch
    {
        ByEducation => row.Education is { } education && EducationHolds(education, profile, asOf, unknowns),
        ByExperience => row.Experience is { } experience &&
            (Months(profile.Experience, experience.Specialized, experience.MinimumGrade, unknowns) is var m && (m.Unbounded || m.Months >= experience.Months)),
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

            foreach (var degree in standard.Degrees)
            {
                if (entry.Level is not { } level)
                {
                    if (unknowns is not null)
                    {
                        unknowns.Add(Path("education", i, "level"));
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

        if (standard.GraduateHours is { } needed && Hours(entries, HoursKind.Graduate, asOf, unknowns) is var hours && (hours.Unbounded || hours.Hours >= needed))
        {
            return true;
        }

        return standard.SuperiorAcademicAchievement && SuperiorAcademicAchievement(entries, asOf, unknowns);
    }

    private static bool FieldMatches(Education entry, string field, int index, List<string>? unknowns)
    {
        if (entry.Field is null)
        {
            unknowns?.Add(Path("education", index, "field"));
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
                    unknowns.Add(Path("education", i, "level"));
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
                    unknowns.Add(Path("education", i, "gpa"));
                }

                if (entry.MajorGpa is null)
                {
                    unknowns.Add(Path("education", i, "majorGpa"));
                }

                if (entry.ClassStandingPercentile is null)
                {
                    unknowns.Add(Path("education", i, "classStandingPercentile"));
                }

                if (_saa.HonorSociety && entry.HonorSociety is null)
                {
                    unknowns.Add(Path("education", i, "honorSociety"));
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

        return Share(months.Months, hours.Hours, standard) >= 1m;
    }

    /// <summary>The combination's total share: experience months over their full count plus counted hours over theirs.</summary>
    private static decimal Share(decimal months, decimal hours, CombinationStandard standard)
    {
        var counted = Math.Max(0m, hours - standard.HoursBeyond);
        if (standard.ExperienceMonths > 0 && standard.HoursForFull > 0)
        {
            // Exact comparison without repeating decimals: months/E + counted/H >= 1  <=>  months*H + counted*E >= E*H.
            var full = standard.ExperienceMonths * standard.HoursForFull;
            return ((months * standard.HoursForFull) + (counted * standard.ExperienceMonths)) / full;
        }

        return (standard.ExperienceMonths > 0 ? months / standard.ExperienceMonths : 0m) + (standard.HoursForFull > 0 ? counted / standard.HoursForFull : 0m);
    }

    private static bool Counts(Education entry, DateOnly asOf) => entry.Completed is not { } completed || completed <= asOf;

    private static string Path(string list, int index, string field) => Text.Invariant($"{list}[{index}].{field}");

    private readonly record struct Amount(decimal Value, bool Unbounded)
    {
        public decimal Months => Value;

        public decimal Hours => Value;
    }

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
                    unknowns.Add(Path("experience", i, "specialized"));
                }

                if (!gradeOk)
                {
                    unknowns.Add(Path("experience", i, "grade"));
                }
            }

            if (entry.Months is { } months)
            {
                sum += months;
            }
            else if (unknowns is not null)
            {
                unknowns.Add(Path("experience", i, "months"));
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

            var hours = kind == HoursKind.Graduate ? entry.GraduateSemesterHours : entry.SemesterHours;
            if (hours is { } h)
            {
                sum += h;
            }
            else if (unknowns is not null && CouldHold(entry.Level, kind))
            {
                unknowns.Add(Path("education", i, kind == HoursKind.Graduate ? "graduateSemesterHours" : "semesterHours"));
                unbounded = true;
            }
        }

        return new Amount(sum, unbounded);
    }

    private static bool CouldHold(EducationLevel? level, HoursKind kind) => level switch
    {
        null => true,
        EducationLevel.HighSchool => false,
        _ when kind == HoursKind.Graduate => level >= EducationLevel.GraduateStudy,
        _ => true,
    };

    private static string JoinGrades(IReadOnlyList<PayGrade> grades) => Text.Join(grades.Select(g => g.ToString()), "and");

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

    private string Observed(CandidateProfile profile, DateOnly asOf)
    {
        var parts = new List<string>(2);
        if (profile.Education is { } education)
        {
            var counted = education.Where(e => e is not null && Counts(e, asOf)).ToList();
            var levels = counted.Where(e => e.Level is not null).Select(e => e.Level!.Value).Distinct().Order().Select(Text.Level).ToList();
            var graduate = counted.Sum(e => e.GraduateSemesterHours ?? 0);
            var future = education.Count(e => e is not null && !Counts(e, asOf));
            parts.Add((counted.Count == 0 ? "no completed education listed" : "education: " + (levels.Count == 0 ? "entries without a level" : string.Join(", ", levels)))
                + (graduate > 0 ? $", {Text.Number(graduate)} graduate semester hours" : "")
                + (future > 0 ? Text.Invariant($" ({future} not completed by {Text.Date(asOf)})") : ""));
        }

        if (profile.Experience is { } experience)
        {
            var total = experience.Sum(e => e?.Months ?? 0);
            var specialized = experience.Where(e => e?.Specialized == true).ToList();
            parts.Add(experience.Count == 0
                ? "no experience listed"
                : Text.Invariant($"{total} months of experience, {specialized.Sum(e => e.Months ?? 0)} of them specialized")
                    + (specialized.Count > 0 && specialized.Max(e => e.Grade) is { } top ? Text.Invariant($" (up to grade {top})") : ""));
        }

        return parts.Count == 0 ? "nothing stated" : string.Join("; ", parts);
    }

    /// <summary>How the row at <paramref name="rowIndex"/> is met, in plain English with the observed values.</summary>
    private string How(int rowIndex, ReadOnlySpan<int> routes, CandidateProfile profile, DateOnly asOf)
    {
        var row = _rows[rowIndex];
        switch (routes[rowIndex])
        {
            case ByHigherGrade:
                for (var r = rowIndex + 1; r < _rows.Length; r++)
                {
                    if (routes[r] is not NoRoute and not ByHigherGrade)
                    {
                        return Text.Invariant($"meets grade {_rows[r].Grade} of the table, which covers the grades below it: ") + How(r, routes, profile, asOf);
                    }
                }

                return "meets a higher grade of the table";
            case ByEducation:
                return HowEducation(row.Education!, profile, asOf);
            case ByExperience:
                var experience = row.Experience!;
                var months = Months(profile.Experience, experience.Specialized, experience.MinimumGrade, null).Months;
                return $"{Text.Number(months)} months of {(experience.Specialized ? "specialized " : "")}experience{Grade(experience.MinimumGrade)} (needed: {Text.Number(experience.Months)})";
            case ByCombination:
                var c = row.Combination!;
                var m = Months(profile.Experience, c.Specialized, c.MinimumGrade, null).Months;
                var h = profile.Education is { } entries ? Hours(entries, c.Hours, asOf, null).Hours : 0;
                var counted = Math.Max(0m, h - c.HoursBeyond);
                var experienceShare = c.ExperienceMonths > 0 ? m / c.ExperienceMonths * 100 : 0;
                var hoursShare = c.HoursForFull > 0 ? counted / c.HoursForFull * 100 : 0;
                return $"a combination: {Text.Number(m)} months of {(c.Specialized ? "specialized " : "")}experience{Grade(c.MinimumGrade)} ({Pct(experienceShare)} of {Text.Number(c.ExperienceMonths)} months) and {Text.Number(counted)} {(c.Hours == HoursKind.Graduate ? "graduate" : "undergraduate")} semester hours{(c.HoursBeyond > 0 ? $" beyond the first {Text.Number(c.HoursBeyond)}" : "")} ({Pct(hoursShare)} of {Text.Number(c.HoursForFull)}), {Pct(Share(m, h, c) * 100)} in all (needed: 100 %)";
            default:
                return "not met";
        }
    }

    private static string Pct(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private string HowEducation(EducationStandard standard, CandidateProfile profile, DateOnly asOf)
    {
        var entries = profile.Education!;
        foreach (var degree in standard.Degrees)
        {
            foreach (var entry in entries)
            {
                if (entry is not null && Counts(entry, asOf) && entry.Level is { } level &&
                    (degree.Field is null ? level >= degree.Level : level == degree.Level && FieldMatches(entry, degree.Field, 0, null)))
                {
                    return level == degree.Level
                        ? $"a {Text.Level(level)}{(entry.Field is null ? "" : " in " + entry.Field)}"
                        : $"a {Text.Level(level)}, which counts as a {Text.Level(degree.Level)}";
                }
            }
        }

        if (standard.GraduateHours is { } needed)
        {
            var hours = Hours(entries, HoursKind.Graduate, asOf, null).Hours;
            if (hours >= needed)
            {
                return $"{Text.Number(hours)} graduate semester hours (needed: {Text.Number(needed)})";
            }
        }

        return "Superior Academic Achievement with a bachelor's degree: " + SaaEvidence(entries, asOf);
    }

    private string SaaEvidence(IReadOnlyList<Education> entries, DateOnly asOf)
    {
        foreach (var entry in entries)
        {
            if (entry is null || !Counts(entry, asOf) || entry.Level != EducationLevel.Bachelors)
            {
                continue;
            }

            if (entry.Gpa is { } gpa && Round(gpa) >= _saa.OverallGpa)
            {
                return $"overall GPA {Text.Number(gpa)}, {Gpa(Round(gpa))} rounded (needed: {Gpa(_saa.OverallGpa)})";
            }

            if (entry.MajorGpa is { } major && Round(major) >= _saa.MajorGpa)
            {
                return $"major GPA {Text.Number(major)}, {Gpa(Round(major))} rounded (needed: {Gpa(_saa.MajorGpa)})";
            }

            if (entry.ClassStandingPercentile is { } percentile && percentile <= _saa.ClassStandingMaxPercentile)
            {
                return Text.Invariant($"class standing at percentile {percentile} (needed: {_saa.ClassStandingMaxPercentile} or better)");
            }

            if (_saa.HonorSociety && entry.HonorSociety == true)
            {
                return "membership in a national scholastic honor society";
            }
        }

        return "met";
    }

    private string Gpa(decimal value) => value.ToString("F" + Text.Number(Math.Clamp(_saa.GpaDecimals, 0, 28)), CultureInfo.InvariantCulture);

    private decimal Round(decimal gpa) => Math.Round(gpa, Math.Clamp(_saa.GpaDecimals, 0, 28), MidpointRounding.AwayFromZero);
}
