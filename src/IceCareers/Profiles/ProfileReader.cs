using System.Globalization;
using System.Text;
using IceCareers.Candidates;

namespace IceCareers.Profiles;

/// <summary>
/// Reads candidate profile documents — YAML (YamlDotNet's parser, refusing anchors, aliases and deep nesting) or JSON
/// (<see cref="System.Text.Json.Utf8JsonReader"/>) into one node shape, bound to the models through
/// <see cref="ProfileContract"/> — and checks the rules every profile must keep. Every problem becomes a <see cref="ProfileProblem"/>; all of them come
/// back together in one <see cref="ProfileValidationException"/>, and no other exception escapes.
/// </summary>
internal static class ProfileReader
{
    /// <summary>The oldest date of birth accepted, in years before today.</summary>
    private const int MaxAgeYears = 100;

    public static CandidateProfile FromYaml(string text, DateOnly today)
    {
        CheckSize(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ProfileValidationException([YamlProfileParser.Empty()]);
        }

        var problems = new List<ProfileProblem>();
        var root = YamlProfileParser.Parse(text, problems);
        return Read(root, json: false, problems, today);
    }

    public static CandidateProfile FromJson(string text, DateOnly today)
    {
        CheckSize(text);
        var problems = new List<ProfileProblem>();
        var root = JsonProfileParser.Parse(Encoding.UTF8.GetBytes(text), problems);
        return Read(root, json: true, problems, today);
    }

    /// <summary>
    /// Binds a parsed document to the profile contract and checks its values: every problem of the document (keys,
    /// types, words, dates, ranges) comes back in one exception, in document order.
    /// </summary>
    private static CandidateProfile Read(ProfileNode? root, bool json, List<ProfileProblem> problems, DateOnly today)
    {
        if (root is null)
        {
            throw new ProfileValidationException(problems);
        }

        var (profile, positions) = ProfileBinder.Bind(root, json, problems);
        foreach (var problem in Validate(profile, today))
        {
            problems.Add(Locate(problem, positions));
        }

        if (problems.Count > 0)
        {
            throw new ProfileValidationException(problems
                .DistinctBy(p => (p.Path, p.Message))
                .OrderBy(p => p.Line ?? 0)
                .ThenBy(p => p.Column ?? 0));
        }

        return profile;
    }

    public static IReadOnlyList<ProfileProblem> Validate(CandidateProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = new List<ProfileProblem>();
        void Add(string path, string message) => problems.Add(new ProfileProblem(path, message));

        if (profile.DateOfBirth is { } dob)
        {
            if (dob > today)
            {
                Add("dateOfBirth", Invariant($"{dob:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd})"));
            }
            else if (dob < today.AddYears(-MaxAgeYears))
            {
                Add("dateOfBirth", Invariant($"{dob:yyyy-MM-dd} is more than {MaxAgeYears} years ago"));
            }
        }

        Each(profile.Education, "education", Add, (e, path) =>
        {
            Range(e.Gpa, 0m, 4m, path + ".gpa", "a GPA", Add);
            Range(e.MajorGpa, 0m, 4m, path + ".majorGpa", "a GPA", Add);
            Range(e.ClassStandingPercentile, 1, 100, path + ".classStandingPercentile", "a class-standing percentile (1 = top of the class)", Add);
            Range(e.SemesterHours, 0m, ProfileLimits.MaxSemesterHours, path + ".semesterHours", "semester hours of one entry", Add);
            Range(e.GraduateSemesterHours, 0m, ProfileLimits.MaxSemesterHours, path + ".graduateSemesterHours", "semester hours of one entry", Add);
            Range(e.QuarterHours, 0m, Education.MaxQuarterHours, path + ".quarterHours", "quarter hours of one entry", Add);
            Range(e.GraduateQuarterHours, 0m, Education.MaxQuarterHours, path + ".graduateQuarterHours", "quarter hours of one entry", Add);
            Range(e.PassFailPercent, 0m, 100m, path + ".passFailPercent", "a percentage", Add);
        });
        Each(profile.Experience, "experience", Add, (e, path) =>
        {
            Range(e.Months, 0, ProfileLimits.MaxMonths, path + ".months", "months of one entry", Add);
            Range(e.HoursPerWeek, 1m, Experience.MaxHoursPerWeek, path + ".hoursPerWeek", "hours in a week", Add);
            Range(e.Grade, 1, 15, path + ".grade", "a GS-equivalent grade", Add);
        });
        if (profile.Military is { } military)
        {
            Range(military.ServiceMonths, 0, ProfileLimits.MaxMonths, "military.serviceMonths", "months of service", Add);
        }

        if (profile.History is { } history)
        {
            Each(history.Convictions, "history.convictions", Add, static (_, _) => { });
            Each(history.DrugUse, "history.drugUse", Add, static (_, _) => { });
        }

        Each(profile.Languages, "languages", Add, static (_, _) => { });
        if (profile.Fitness is { } fitness)
        {
            Range(fitness.SitUps, 0, ProfileLimits.MaxRepetitions, "fitness.sitUps", "a count of repetitions", Add);
            Range(fitness.PushUps, 0, ProfileLimits.MaxRepetitions, "fitness.pushUps", "a count of repetitions", Add);
            Range(fitness.Sprint220YardsSeconds, 0m, ProfileLimits.MaxSeconds, "fitness.sprint220YardsSeconds", "a time in seconds", Add);
            Range(fitness.Run1_5MileSeconds, 0m, ProfileLimits.MaxSeconds, "fitness.run1_5MileSeconds", "a time in seconds", Add);
        }

        return problems;
    }

    private static void Each<T>(IReadOnlyList<T>? items, string path, Action<string, string> add, Action<T, string> check)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        if (items.Count > CandidateProfile.MaxEntries)
        {
            add(path, Invariant($"{items.Count:N0} entries; a profile may hold at most {CandidateProfile.MaxEntries:N0} in one list"));
        }

        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = Invariant($"{path}[{i}]");
            if (items[i] is { } item)
            {
                check(item, itemPath);
            }
            else
            {
                add(itemPath, "empty entry; remove it or fill it in");
            }
        }
    }

    private static void Range<T>(T? value, T min, T max, string path, string what, Action<string, string> add)
        where T : struct, IComparable<T>, IFormattable
    {
        if (value is not { } v)
        {
            return;
        }

        if (v.CompareTo(min) < 0 && min.CompareTo(default) == 0)
        {
            add(path, Invariant($"{v} is negative; it is outside {min}–{max}, the range of {what}"));
        }
        else if (v.CompareTo(min) < 0 || v.CompareTo(max) > 0)
        {
            add(path, Invariant($"{v} is outside {min}–{max}, the range of {what}"));
        }
    }

    private static void CheckSize(string text)
    {
        // A char is at most 3 UTF-8 bytes; count exactly only when the cheap bound is inconclusive.
        if (text.Length > CandidateProfile.MaxDocumentBytes / 3 && Encoding.UTF8.GetByteCount(text) is var bytes && bytes > CandidateProfile.MaxDocumentBytes)
        {
            throw new ProfileValidationException([new ProfileProblem("", Invariant(
                $"the document is {bytes:N0} bytes; profiles may be at most {CandidateProfile.MaxDocumentBytes:N0} bytes (1 MiB)"))]);
        }
    }

    private static ProfileProblem Locate(ProfileProblem problem, IReadOnlyDictionary<string, (int Line, int Column)> positions)
    {
        // A problem about a missing key points at its nearest written ancestor.
        for (var probe = problem.Path; probe.Length > 0;)
        {
            if (positions.TryGetValue(probe, out var at))
            {
                return problem with { Line = at.Line, Column = at.Column };
            }

            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            probe = cut <= 0 ? "" : probe[..cut];
        }

        return problem;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
