using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using IceCareers.Candidates;
using IceCareers.Data.Yaml;
using IceCareers.Internal;
using IceCareers.Serialization;

namespace IceCareers.Data;

/// <summary>
/// Reads candidate profile documents (YAML through the guarded YAML reader, JSON through <see cref="IceCareersJsonContext"/>)
/// and checks the rules every profile must keep. Every problem becomes a <see cref="ProfileProblem"/>; all of them come
/// back together in one <see cref="ProfileValidationException"/>, and no other exception escapes.
/// </summary>
internal static partial class ProfileReader
{
    /// <summary>The oldest date of birth accepted, in years before today.</summary>
    private const int MaxAgeYears = 100;

    // Messages of the YAML reader that already say what is wrong in the document's own terms.
    private static readonly string[] KnownYamlMessages =
        ["unknown key", "duplicate key", "wrong type", "value has the wrong shape", "anchors are not allowed", "aliases are not allowed", "nesting is deeper", "expected a mapping"];

    private static readonly Lazy<YamlDocumentReader> Yaml = new(() => new YamlDocumentReader(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static CandidateProfile FromYaml(string text, DateOnly today)
    {
        CheckSize(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ProfileValidationException([new ProfileProblem("", "the document is empty; expected a mapping of profile fields (write {} for a profile with nothing known)")]);
        }

        var errors = new List<CatalogError>();
        var dto = Yaml.Value.Deserialize<ProfileDto>("profile", text, errors, out var positions);
        if (errors.Count > 0 || dto is null)
        {
            throw new ProfileValidationException(errors.Select(FromCatalogError));
        }

        var problems = new List<ProfileProblem>();
        var profile = new YamlMapper(problems).Map(dto);
        problems.AddRange(Validate(profile, today));
        if (problems.Count > 0)
        {
            throw new ProfileValidationException(problems
                .Select(p => Locate(p, positions))
                .DistinctBy(p => (p.Path, p.Message))
                .OrderBy(p => p.Line ?? 0)
                .ThenBy(p => p.Column ?? 0));
        }

        return profile;
    }

    public static CandidateProfile FromJson(string text, DateOnly today)
    {
        CheckSize(text);
        var keyProblems = JsonKeyScanner.Scan(Encoding.UTF8.GetBytes(text), IceCareersJsonContext.Default.CandidateProfile);
        if (keyProblems.Count > 0)
        {
            throw new ProfileValidationException(keyProblems);
        }

        CandidateProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize(text, IceCareersJsonContext.Default.CandidateProfile);
        }
        catch (JsonException e)
        {
            throw new ProfileValidationException([FromJsonException(e)]);
        }

        if (profile is null)
        {
            throw new ProfileValidationException([new ProfileProblem("", "expected a JSON object of profile fields, found null")]);
        }

        var problems = Validate(profile, today);
        return problems.Count > 0 ? throw new ProfileValidationException(problems) : profile;
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
            NotNegative(e.SemesterHours, path + ".semesterHours", "semester hours", Add);
            NotNegative(e.GraduateSemesterHours, path + ".graduateSemesterHours", "semester hours", Add);
            Range(e.QuarterHours, 0m, Education.MaxQuarterHours, path + ".quarterHours", "quarter hours", Add);
            Range(e.GraduateQuarterHours, 0m, Education.MaxQuarterHours, path + ".graduateQuarterHours", "quarter hours", Add);
            Range(e.PassFailPercent, 0m, 100m, path + ".passFailPercent", "a percentage", Add);
        });
        Each(profile.Experience, "experience", Add, (e, path) =>
        {
            NotNegative(e.Months, path + ".months", "months", Add);
            Range(e.HoursPerWeek, 1m, Experience.MaxHoursPerWeek, path + ".hoursPerWeek", "hours in a week", Add);
            Range(e.Grade, 1, 15, path + ".grade", "a GS-equivalent grade", Add);
        });
        if (profile.Military is { } military)
        {
            NotNegative(military.ServiceMonths, "military.serviceMonths", "months", Add);
        }

        if (profile.History is { } history)
        {
            Each(history.Convictions, "history.convictions", Add, static (_, _) => { });
            Each(history.DrugUse, "history.drugUse", Add, static (_, _) => { });
        }

        Each(profile.Languages, "languages", Add, static (_, _) => { });
        if (profile.Fitness is { } fitness)
        {
            NotNegative(fitness.SitUps, "fitness.sitUps", "a count", Add);
            NotNegative(fitness.PushUps, "fitness.pushUps", "a count", Add);
            NotNegative(fitness.Sprint220YardsSeconds, "fitness.sprint220YardsSeconds", "a time", Add);
            NotNegative(fitness.Run1_5MileSeconds, "fitness.run1_5MileSeconds", "a time", Add);
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
        if (value is { } v && (v.CompareTo(min) < 0 || v.CompareTo(max) > 0))
        {
            add(path, Invariant($"{v} is outside {min}–{max}, the range of {what}"));
        }
    }

    private static void NotNegative<T>(T? value, string path, string what, Action<string, string> add)
        where T : struct, IComparable<T>, IFormattable
    {
        if (value is { } v && v.CompareTo(default) < 0)
        {
            add(path, Invariant($"{v} is negative; {what} cannot be"));
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

    private static ProfileProblem Locate(ProfileProblem problem, PositionIndex positions)
    {
        if (problem.Path.Length == 0)
        {
            return problem;
        }

        var (line, column) = positions.Find("$." + problem.Path);
        return problem with { Line = line, Column = column };
    }

    private static ProfileProblem FromCatalogError(CatalogError error)
    {
        // Messages of the YAML reader start with the key path ("$.education[0].gpa: ...") where one is known.
        var message = error.Message.Replace("; see data/README.md for the expected type", "", StringComparison.Ordinal);
        var path = "";
        if (message.StartsWith('$'))
        {
            var colon = message.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                path = TrimRoot(message[..colon]);
                message = message[(colon + 2)..];
            }
        }

        if (path.Length == 0 && (message.Contains("MappingStart", StringComparison.Ordinal) || message.StartsWith("value has the wrong shape", StringComparison.Ordinal)))
        {
            message = "expected a mapping of profile fields";
        }
        else if (!KnownYamlMessages.Any(m => message.StartsWith(m, StringComparison.Ordinal)))
        {
            message = "malformed YAML: " + message;
        }

        return new ProfileProblem(path, message) { Line = error.Line, Column = error.Column };
    }

    private static ProfileProblem FromJsonException(JsonException e)
    {
        var path = TrimRoot(e.Path ?? "");
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = message.TrimEnd('.');
        if (UnmappedMember().Match(message) is { Success: true } unknown)
        {
            message = $"unknown key '{unknown.Groups[1].Value}'";
        }
        else if (DuplicateProperty().Match(message) is { Success: true } duplicate)
        {
            message = $"duplicate key '{duplicate.Groups[1].Value}'";
        }
        else if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            message = "wrong type of value; expected " + Expected(path);
        }
        else if (!message.StartsWith("unknown value", StringComparison.Ordinal) && !message.StartsWith("expected", StringComparison.Ordinal))
        {
            message = "malformed JSON: " + message;
        }

        return new ProfileProblem(path, message)
        {
            Line = e.LineNumber is { } line ? (int)line + 1 : null,
            Column = e.BytePositionInLine is { } column ? (int)column + 1 : null,
        };
    }

    /// <summary>What the profile document expects at <paramref name="path"/>, named by its last key.</summary>
    private static string Expected(string path)
    {
        if (path.Length == 0)
        {
            return "a JSON object of profile fields";
        }

        var key = path[(path.LastIndexOf('.') + 1)..];
        if (key.EndsWith(']'))
        {
            return "an object";
        }

        return key switch
        {
            "gpa" or "majorGpa" or "semesterHours" or "graduateSemesterHours" or "quarterHours" or "graduateQuarterHours" or "passFailPercent" or "hoursPerWeek" or "sprint220YardsSeconds" or "run1_5MileSeconds" => "a number",
            "months" or "grade" or "classStandingPercentile" or "serviceMonths" or "sitUps" or "pushUps" => "a whole number",
            "dateOfBirth" or "completed" or "date" or "lastUse" => "a date written YYYY-MM-DD",
            "driversLicense" or "honorSociety" or "specialized" or "veteran" or "preferenceEligible" or "priorFederalLawEnforcement" => "true or false",
            "education" or "experience" or "languages" or "convictions" or "drugUse" => "a list",
            "military" or "history" or "fitness" => "an object",
            _ => "text",
        };
    }

    private static string TrimRoot(string path) =>
        path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path == "$" ? "" : path;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^The JSON property '(.+)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("^Duplicate property '(.+)' encountered")]
    private static partial Regex DuplicateProperty();

    /// <summary>Maps the YAML shape to the model, reporting every unknown word and unreadable date with its path.</summary>
    private sealed class YamlMapper(List<ProfileProblem> problems)
    {
        public CandidateProfile Map(ProfileDto dto) => new()
        {
            DateOfBirth = Date(dto.DateOfBirth, "dateOfBirth"),
            Sex = Word(dto.Sex, "sex", Vocabulary.Sexes),
            Citizenship = Word(dto.Citizenship, "citizenship", Vocabulary.Citizenships),
            SelectiveService = Word(dto.SelectiveService, "selectiveService", Vocabulary.SelectiveServiceStatuses),
            DriversLicense = dto.DriversLicense,
            Education = List(dto.Education, "education", (e, path) => new Education
            {
                Level = Word(e.Level, path + ".level", Vocabulary.EducationLevels),
                Field = e.Field,
                Completed = Date(e.Completed, path + ".completed"),
                Gpa = e.Gpa,
                MajorGpa = e.MajorGpa,
                ClassStandingPercentile = e.ClassStandingPercentile,
                HonorSociety = e.HonorSociety,
                SemesterHours = e.SemesterHours,
                GraduateSemesterHours = e.GraduateSemesterHours,
                QuarterHours = e.QuarterHours,
                GraduateQuarterHours = e.GraduateQuarterHours,
                PassFailPercent = e.PassFailPercent,
            }),
            Experience = List(dto.Experience, "experience", (e, _) => new Experience
            {
                Title = e.Title,
                Months = e.Months,
                HoursPerWeek = e.HoursPerWeek,
                Specialized = e.Specialized,
                Grade = e.Grade,
            }),
            Military = dto.Military is { } m
                ? new Military { Veteran = m.Veteran, PreferenceEligible = m.PreferenceEligible, ServiceMonths = m.ServiceMonths }
                : null,
            PriorFederalLawEnforcement = dto.PriorFederalLawEnforcement,
            History = dto.History is { } h
                ? new History
                {
                    Convictions = List(h.Convictions, "history.convictions", (c, path) => new Conviction
                    {
                        Category = Word(c.Category, path + ".category", Vocabulary.ConvictionCategories),
                        Date = Date(c.Date, path + ".date"),
                    }),
                    DrugUse = List(h.DrugUse, "history.drugUse", (d, path) => new DrugUse
                    {
                        Substance = d.Substance,
                        LastUse = Date(d.LastUse, path + ".lastUse"),
                    }),
                }
                : null,
            Languages = List(dto.Languages, "languages", (l, path) => new LanguageSkill
            {
                Language = l.Language,
                Proficiency = Word(l.Proficiency, path + ".proficiency", Vocabulary.LanguageProficiencies),
            }),
            Fitness = dto.Fitness is { } f
                ? new FitnessResults
                {
                    SitUps = f.SitUps,
                    PushUps = f.PushUps,
                    Sprint220YardsSeconds = f.Sprint220YardsSeconds,
                    Run1_5MileSeconds = f.Run1_5MileSeconds,
                }
                : null,
        };

        // Null entries stay null so that validation reports them with their index.
        private static List<TModel>? List<TDto, TModel>(List<TDto?>? items, string path, Func<TDto, string, TModel> map)
            where TDto : class
            where TModel : class =>
            items?.Select((item, i) => item is null ? null! : map(item, Invariant($"{path}[{i}]"))).ToList();

        private T? Word<T>(string? word, string path, Words<T> words)
            where T : struct, Enum
        {
            if (word is null)
            {
                return null;
            }

            if (words.TryParse(word, out var value))
            {
                return value;
            }

            problems.Add(new ProfileProblem(path, $"unknown value '{word}'; expected one of: {words.Allowed}"));
            return null;
        }

        private DateOnly? Date(string? text, string path)
        {
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problems.Add(new ProfileProblem(path, $"'{text}' is not a date; write YYYY-MM-DD"));
            return null;
        }
    }
}
