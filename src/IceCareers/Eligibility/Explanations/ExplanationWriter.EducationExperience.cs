using System.Globalization;
using IceCareers.Candidates;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Explanations;

/// <summary>The words of the education-and-experience rule (rules.md §2.3).</summary>
internal sealed partial class ExplanationWriter
{
    public EducationExperienceWords For(EducationExperienceCheck rule) => new(rule.Table, MilitaryTableTitles(rule.Table));

    /// <summary>The comparison table's sources as a reader would name them: the publisher's "title".</summary>
    private string MilitaryTableTitles(GradeTable table) => Text.Join(
        table.MilitaryGrades.SelectMany(m => m.Sources).Distinct(StringComparer.Ordinal)
            .Select(id => Catalog.TryGetSource(id, out var source) ? $"{source.Publisher}'s \"{source.Title}\"" : id)
            .Distinct(StringComparer.Ordinal),
        "and");
}

/// <summary>
/// The explanation writer's section for rules.md §2.3: what a row asks for, what met it, why a result needs review,
/// and what the profile states.
/// </summary>
internal sealed class EducationExperienceWords : IExplains<EducationExperienceFinding>
{
    private readonly GradeTable _table;
    private readonly SuperiorAcademicAchievementStandard? _saa;
    private readonly IReadOnlyList<PayGrade> _entry;
    private readonly string _militaryTable;

    public EducationExperienceWords(GradeTable table, string militaryTable = "")
    {
        _table = table;
        _militaryTable = militaryTable;
        _saa = table.SuperiorAcademicAchievementStandard;
        _entry = table.Entry;
        EntryText = Text.Join(Text.Grades(_entry), "and");
    }

    /// <summary>The role's entry grades, e.g. <c>GS-5, GS-7 and GS-9</c>.</summary>
    public string EntryText { get; }

    /// <summary>What the lowest entry grade asks for.</summary>
    public string LowestNeeds => _entry.Count == 0
        ? "the role lists no entry grade"
        : _table.EntryRow(0) >= 0
            ? $"{_entry[0]} needs {Describe(_table.Rows[_table.EntryRow(0)])}"
            : $"the data has no qualification row for {_entry[0]}";

    public string Reason(EducationExperienceFinding f)
    {
        var reason = f.Verdict switch
        {
            Verdict.Met => Met(f.Grades!, f.Highest!.Value, f.EntryRow, f.SourceRow, f.Evidence),
            Verdict.NeedsReview => Review(f.Grades!, f.SourceRow, f.Evidence),
            Verdict.Unknown => Unknown(f.Observed!.Value, f.TableGradeMet, f.Unknown),
            _ => NotMet(f.Observed!.Value, f.TableGradeMet),
        };
        return f.Military.IsEmpty ? reason : reason + " " + MilitaryNote(f.Military);
    }

    /// <summary>
    /// How the grade of military work was read: each pay grade with the GS grade used (the lowest of the table's range),
    /// the table, and that it is a protocol table and only a guide; and the pay grades the data does not map.
    /// </summary>
    public string MilitaryNote(MilitaryReading military)
    {
        var parts = new List<string>(2);
        if (military.Read != 0)
        {
            var read = MilitaryReading.Grades(military.Read).Select(p => _table.MilitaryRow(p) is { } row
                ? row.LowGrade == row.HighGrade
                    ? Text.Invariant($"{p} as GS-{row.LowGrade}")
                    : Text.Invariant($"{p} as GS-{row.LowGrade} (the table gives GS-{row.LowGrade} to GS-{row.HighGrade})")
                : p.ToString());
            parts.Add($"The grade of military work was read from its military pay grade: {Text.Join(read, "and")}, the grade (the lowest of a range) that {_militaryTable} gives. "
                + "That table compares grades for protocol (identifying prisoners of war), not for qualification, and should be used only as a guide: the hiring office decides the grade of your experience (low confidence).");
        }

        if (military.Unmapped != 0)
        {
            parts.Add($"The data maps no GS grade for military pay grade {Text.Join(MilitaryReading.Grades(military.Unmapped).Select(p => p.ToString()), "and")}; state the GS-equivalent grade of that work instead.");
        }

        return string.Join(" ", parts);
    }

    public string Gap(EducationExperienceFinding f) => f.Verdict == Verdict.Unknown
        ? StateGap(f.Unknown)
        : f.EarliestDate is { } date ? CompletionGap(date) : GainGap();

    /// <summary>What <paramref name="grade"/> asks for ("GL-9 needs …"); <see langword="null"/> when the table has no row for its number.</summary>
    public string? NeedsAt(PayGrade grade)
    {
        foreach (var row in _table.Rows)
        {
            if (row.Grade == grade.Grade)
            {
                return $"{grade} needs {Describe(row)}";
            }
        }

        return null;
    }

    private string Met(IReadOnlyList<PayGrade> grades, PayGrade highest, int entryRow, int source, QualificationEvidence evidence)
    {
        var list = grades.Count == _entry.Count && grades.Count > 1 ? "every entry grade (" + EntryText + ")" : Text.Join(Text.Grades(grades), "and");
        var how = Explain(source, evidence);
        if (source != entryRow)
        {
            how = Text.Invariant($"meets grade {_table.Rows[source].Grade} of the table, which covers the grades below it: ") + how;
        }

        return $"Qualifies for {list} of the entry grades {EntryText}; highest {highest}: {how}.";
    }

    private string Review(IReadOnlyList<PayGrade> grades, int row, QualificationEvidence evidence)
    {
        var readings = _table.Rows[row].Combinations;
        var parts = new List<string>(readings.Count);
        for (var k = 0; k < readings.Count; k++)
        {
            var c = readings[k];
            var share = GradeTable.Share(evidence.A, evidence.B, c) * 100;
            parts.Add(Text.Invariant($"reading {k + 1}, {Formula(c)}{Cited(c)}: {Pct(share)}, {(evidence.Readings[k] ? "met" : "not met")}"));
        }

        return $"Needs review: {Text.Join(Text.Grades(grades), "and")} would rest on combining education and experience at grade {Text.Number(_table.Rows[row].Grade)}, "
            + $"and the texts disagree on how the two combine. With {Text.Number(evidence.A)} months of experience and {Text.Number(evidence.B)} {HoursWord(readings[0].Hours)} semester hours: "
            + string.Join("; ", parts) + ". The hiring agency's human-resources office must decide which reading applies; qualifying by education or experience alone avoids the question.";
    }

    private string Unknown(Observation observed, int? tableGrade, FieldList paths) =>
        $"Cannot decide: {Join(paths)} not stated, and no entry grade ({EntryText}) qualifies on what is stated ({Describe(observed)}).{Below(tableGrade)} {Capitalized(LowestNeeds)}.";

    private string NotMet(Observation observed, int? tableGrade) =>
        $"No entry grade ({EntryText}) qualifies: {Describe(observed)}.{Below(tableGrade)} {Capitalized(LowestNeeds)}.";

    private string StateGap(FieldList paths) => $"State {Join(paths)}; {LowestNeeds}.";

    private string CompletionGap(DateOnly date) => $"Time alone fixes this: an education entry completed on {Text.Date(date)} qualifies you. Otherwise: {LowestNeeds}.";

    private string GainGap() => $"Gain what the lowest entry grade asks for: {LowestNeeds}.";

    private static string Describe(Observation observed)
    {
        var parts = new List<string>(2);
        if (observed.EducationCount is not null)
        {
            var levels = Enum.GetValues<EducationLevel>().Where(observed.Lists).Select(Text.Level).ToList();
            parts.Add((observed.Counted == 0 ? "no completed education listed" : "education: " + (levels.Count == 0 ? "entries without a level" : string.Join(", ", levels)))
                + (observed.GraduateHours > 0 ? $", {Text.Number(observed.GraduateHours)} graduate semester hours" : "")
                + (observed.NotCompleted > 0 ? Text.Invariant($" ({observed.NotCompleted} not completed by {Text.Date(observed.AsOf)})") : ""));
        }

        if (observed.ExperienceCount is { } count)
        {
            parts.Add(count == 0
                ? "no experience listed"
                : $"{Text.Number(observed.TotalMonths)} months of experience, {Text.Number(observed.SpecializedMonths)} of them specialized"
                    + (observed.TopSpecializedGrade != int.MinValue ? Text.Invariant($" (up to grade {observed.TopSpecializedGrade})") : ""));
        }

        return parts.Count == 0 ? "nothing stated" : string.Join("; ", parts);
    }

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

            if (education.SuperiorAcademicAchievement && _saa is not null)
            {
                ways.Add("Superior Academic Achievement with a bachelor's degree (" + SaaText(_saa) + ")");
            }
        }

        if (row.Experience is { } experience)
        {
            ways.Add($"{Text.Number(experience.Months)} months of {(experience.Specialized ? "specialized " : "")}experience"
                + (experience.MonthsAtMinimumGrade is { } part && experience.MinimumGrade is { } g
                    ? Text.Invariant($", {part} of them at grade {g} or higher")
                    : Grade(experience.MinimumGrade)));
        }

        if (row.Combinations.Count == 1)
        {
            var c = row.Combinations[0];
            ways.Add($"a combination of {(c.Specialized ? "specialized " : "")}experience{Grade(c.MinimumGrade)} (as a share of {Text.Number(c.ExperienceMonths)} months) and {HoursWord(c.Hours)} semester hours{Beyond(c)} (as a share of {Text.Number(c.HoursForFull)}) adding up to 100 %");
        }
        else if (row.Combinations.Count > 1)
        {
            ways.Add($"a combination of experience and education, which the texts read in {Text.Number(row.Combinations.Count)} ways ({string.Join("; ", row.Combinations.Select(c => Formula(c) + Cited(c)))})");
        }

        return ways.Count == 0 ? "nothing the data lists" : Text.Join(ways);
    }

    /// <summary>The evidence in plain English, with the observed and the needed values.</summary>
    private string Explain(int row, QualificationEvidence evidence)
    {
        var standard = _table.Rows[row];
        switch (evidence.Kind)
        {
            case EvidenceKind.Degree:
                return evidence.Level == evidence.Needed
                    ? $"a {Text.Level(evidence.Level)}{(evidence.Field is null ? "" : " in " + evidence.Field)}"
                    : $"a {Text.Level(evidence.Level)}, which counts as a {Text.Level(evidence.Needed)}";
            case EvidenceKind.GraduateHours:
                return $"{Text.Number(evidence.A)} graduate semester hours (needed: {Text.Number(standard.Education!.GraduateHours ?? 0)})";
            case EvidenceKind.OverallGpa:
                return $"Superior Academic Achievement with a bachelor's degree: overall GPA {Text.Number(evidence.A)}, {Gpa(Round(evidence.A))} rounded (needed: {Gpa(_saa!.OverallGpa)})";
            case EvidenceKind.MajorGpa:
                return $"Superior Academic Achievement with a bachelor's degree: major GPA {Text.Number(evidence.A)}, {Gpa(Round(evidence.A))} rounded (needed: {Gpa(_saa!.MajorGpa)})";
            case EvidenceKind.ClassStanding:
                return $"Superior Academic Achievement with a bachelor's degree: class standing at percentile {Text.Number(evidence.A)} (needed: {Text.Number(_saa!.ClassStandingMaxPercentile)} or better)";
            case EvidenceKind.HonorSociety:
                return "Superior Academic Achievement with a bachelor's degree: membership in a national scholastic honor society";
            case EvidenceKind.Experience:
                var experience = standard.Experience!;
                return $"{Text.Number(evidence.A)} months of {(experience.Specialized ? "specialized " : "")}experience{Grade(experience.MonthsAtMinimumGrade is null ? experience.MinimumGrade : null)} (needed: {Text.Number(experience.Months)})"
                    + (experience.MonthsAtMinimumGrade is { } part && experience.MinimumGrade is { } g
                        ? Text.Invariant($", {Text.Number(evidence.B)} of them at grade {g} or higher (needed: {part})")
                        : "");
            case EvidenceKind.Combination:
                var c = standard.Combinations[0];
                var counted = Math.Max(0m, evidence.B - c.HoursBeyond);
                return $"a combination: {Text.Number(evidence.A)} months of {(c.Specialized ? "specialized " : "")}experience{Grade(c.MinimumGrade)} ({Pct(evidence.A / c.ExperienceMonths * 100)} of {Text.Number(c.ExperienceMonths)} months) and {Text.Number(counted)} {HoursWord(c.Hours)} semester hours{Beyond(c)} ({Pct(counted / c.HoursForFull * 100)} of {Text.Number(c.HoursForFull)}), {Pct(GradeTable.Share(evidence.A, evidence.B, c) * 100)} in all (needed: 100 %)"
                    + (standard.Combinations.Count > 1 ? Text.Invariant($"; every one of the {standard.Combinations.Count} readings of the texts agrees") : "");
            default:
                return "met";
        }
    }

    private static string Formula(CombinationStandard c) =>
        $"months / {Text.Number(c.ExperienceMonths)} + ({HoursWord(c.Hours)} semester hours{(c.HoursBeyond > 0 ? " − " + Text.Number(c.HoursBeyond) : "")}) / {Text.Number(c.HoursForFull)}";

    private static string Cited(CombinationStandard c) => c.Sources.Count == 0 ? "" : " (" + string.Join(", ", c.Sources) + ")";

    private static string HoursWord(HoursKind kind) => kind == HoursKind.Graduate ? "graduate" : "undergraduate";

    private static string Beyond(CombinationStandard c) => c.HoursBeyond > 0 ? $" beyond the first {Text.Number(c.HoursBeyond)}" : "";

    private static string Below(int? tableGrade) =>
        tableGrade is { } g ? Text.Invariant($" The profile meets grade {g} of the table, below the entry grades.") : "";

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Grade(int? minimum) => minimum is { } g ? Text.Invariant($" at grade {g} or higher") : "";

    private static string SaaText(SuperiorAcademicAchievementStandard saa)
    {
        var criteria = new List<string>
        {
            $"an overall GPA of {Gpa(saa.OverallGpa, saa.GpaDecimals)} or a major GPA of {Gpa(saa.MajorGpa, saa.GpaDecimals)}, rounded to {Text.Number(saa.GpaDecimals)} decimal{(saa.GpaDecimals == 1 ? "" : "s")} first"
                + (saa.PassFailMaxPercent is { } max ? $" (a GPA counts only with at most {Text.Number(max)} % of undergraduate hours taken pass/fail)" : ""),
            $"class standing in the top {Text.Number(saa.ClassStandingMaxPercentile)} %",
        };
        if (saa.HonorSociety)
        {
            criteria.Add("membership in a national scholastic honor society");
        }

        return Text.Join(criteria);
    }

    private static string Pct(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    private string Gpa(decimal value) => Gpa(value, _saa!.GpaDecimals);

    private static string Gpa(decimal value, int decimals) => value.ToString("F" + Text.Number(Math.Clamp(decimals, 0, 28)), CultureInfo.InvariantCulture);

    private decimal Round(decimal gpa) => GradeTable.Round(gpa, _saa!.GpaDecimals);

    private static string Join(FieldList paths)
    {
        var list = new string[paths.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = paths[i];
        }

        return Text.Join(list, "and");
    }
}
