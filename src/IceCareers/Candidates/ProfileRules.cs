using System.Globalization;
using IceCareers.Diagnostics;

namespace IceCareers.Candidates;

/// <summary>
/// The rules every profile keeps, however it was made (read from a document or built in code): a plausible date of
/// birth, numbers within their fields' ranges (<see cref="ProfileLimits"/>), lists within
/// <see cref="CandidateProfile.MaxEntries"/>, no empty entries. They belong to the model; the profile reader adds the
/// line and column of each problem, and the evaluator refuses a profile whose sums could overflow.
/// </summary>
internal static class ProfileRules
{
    /// <summary>The oldest date of birth accepted, in years before today.</summary>
    private const int MaxAgeYears = 100;

    /// <summary>Every problem of <paramref name="profile"/> on <paramref name="today"/>, each with its field path; empty when it keeps the rules.</summary>
    public static IReadOnlyList<Problem> Validate(CandidateProfile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var problems = new List<Problem>();
        void Add(string path, string message) => problems.Add(Problem.At(path, message));

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

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
