using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IceCareers.Candidates;
using IceCareers.Careers;
using IceCareers.Eligibility;
using IceCareers.Profiles;
using IceCareers.Serialization;

namespace IceCareers.Cli;

/// <summary>
/// The <c>icecareers</c> command line, writing to the given streams so it can be run in-process by tests.
/// Exit codes: 0 the command did its work (whatever the eligibility outcome), 2 bad input (one line per problem
/// on stderr), 1 anything unexpected (its message only, never a stack trace).
/// </summary>
public sealed partial class CliApp
{
    /// <summary>The command did its work.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected failed.</summary>
    public const int UnexpectedFailure = 1;

    /// <summary>The input was bad: a file, a profile, a role id, a date, an option or a data folder.</summary>
    public const int BadInput = 2;

    /// <summary>The command's name.</summary>
    public const string Name = "icecareers";

    /// <summary>How many problem lines one run prints at most (the exceptions cap their own lists too).</summary>
    private const int MaxProblemLines = 101;

    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly TimeProvider _time;
    private readonly Command _root;

    private readonly Option<string?> _data = new("--data")
    {
        Description = "Read the catalog from the data folder DIR instead of the data built into the library",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>Creates the app.</summary>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where problems go, one line each.</param>
    /// <param name="timeProvider">The clock that gives today's date (the default for <c>--as-of</c> and <c>--start</c>).</param>
    public CliApp(TextWriter stdout, TextWriter stderr, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        // Everything the CLI prints goes through one escaping writer: input can reach any line (keys, values, file names, role ids).
        _out = new SafeWriter(stdout);
        _err = new SafeWriter(stderr);
        _time = timeProvider ?? TimeProvider.System;
        _root = BuildRoot();
    }

    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <returns>The exit code: 0, 1 or 2.</returns>
    public int Run(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var parse = _root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var message in parse.Errors.Select(Describe).Distinct(StringComparer.Ordinal))
                {
                    _err.WriteLine(message);
                }

                return BadInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = _out, Error = _err, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            return Unexpected(e);
        }
    }

    /// <summary>A parse error on one line, naming its option when the parser's own message does not.</summary>
    private static string Describe(ParseError error)
    {
        var message = Text.OneLine(error.Message);
        for (var result = error.SymbolResult; result is not null; result = result.Parent)
        {
            if (result is OptionResult option)
            {
                return message.Contains(option.Option.Name, StringComparison.Ordinal) ? message : $"{option.Option.Name}: {message}";
            }
        }

        return message;
    }

    private Command BuildRoot()
    {
        // A plain command named icecareers, not RootCommand, which names itself after the running process (testhost, dotnet).
        var root = new Command(Name, "Careers at U.S. Immigration and Customs Enforcement: roles, requirements, hiring, training, and whether a candidate qualifies.")
        {
            new HelpOption(),
            new VersionOption(),
            _data,
        };

        root.Add(Roles());
        root.Add(RoleCommand());
        root.Add(Check());
        root.Add(Pipeline());
        root.Add(TrainingCommand());
        root.Add(Validate());
        root.Add(Export());
        root.Add(PayCommand());
        root.Add(CareerCommand());
        root.Add(AnnouncementsCommand());
        return root;
    }

    private Command Roles()
    {
        var format = FormatOption("table", "json");
        var command = new Command("roles", "List every role") { format };
        Define(command, parse =>
        {
            var catalog = LoadCatalog(parse);
            if (IsJson(parse, format))
            {
                return WriteJson(catalog.Roles, IceCareersJsonContext.Default.IReadOnlyListRole);
            }

            new CatalogText(catalog, _out).Roles();
            return Success;
        });
        return command;
    }

    private Command RoleCommand()
    {
        var id = RoleIdArgument();
        var format = FormatOption("table", "json");
        var command = new Command("role", "Show one role: what it is, its grades, duties, pay, requirements and sources") { id, format };
        Define(command, parse =>
        {
            var catalog = LoadCatalog(parse);
            var role = catalog.GetRole(parse.GetRequiredValue(id));
            if (IsJson(parse, format))
            {
                return WriteJson(role, IceCareersJsonContext.Default.Role);
            }

            new CatalogText(catalog, _out).Role(role);
            return Success;
        });
        return command;
    }

    private Command Check()
    {
        var profile = new Option<string>("--profile")
        {
            Description = "The candidate profile, YAML (.yaml, .yml) or JSON (.json); any other name is read as YAML",
            HelpName = "FILE",
            Required = true,
        };
        var role = new Option<string?>("--role") { Description = "Check against this role", HelpName = "ROLE-ID" };
        var all = new Option<bool>("--all") { Description = "Check against every role, best first" };
        var asOf = new Option<string?>("--as-of") { Description = "Apply the rules in force on this date (default: today)", HelpName = "YYYY-MM-DD" };
        var policy = new Option<string>("--policy")
        {
            Description = "How a criminal or drug history counts. strict: any conviction or prior illegal drug use disqualifies; suitability: it goes to a whole-person suitability review (5 CFR 731.202)",
            DefaultValueFactory = _ => ScreeningPolicyNames.Strict,
        };
        policy.AcceptOnlyFromAmong([.. ScreeningPolicyNames.All]);
        var format = FormatOption("table", "json");
        var command = new Command("check", "Check a candidate profile against one role or all of them") { profile, role, all, asOf, policy, format };
        Define(command, parse =>
        {
            var problems = new List<string>();
            var roleId = parse.GetValue(role);
            var everyRole = parse.GetValue(all);
            if (roleId is not null && everyRole)
            {
                problems.Add("Use either --role ROLE-ID or --all, not both.");
            }
            else if (roleId is null && !everyRole)
            {
                problems.Add("Say which role to check: --role ROLE-ID, or --all for every role.");
            }

            var date = ParseDate(parse.GetValue(asOf), "--as-of", problems);
            ThrowIfAny(problems);

            var catalog = LoadCatalog(parse);
            if (roleId is not null)
            {
                try
                {
                    catalog.GetRole(roleId);
                }
                catch (RoleNotFoundException e)
                {
                    problems.Add(e.Message);
                }
            }

            var candidate = ReadProfile(parse.GetRequiredValue(profile), problems);
            ThrowIfAny(problems);

            var options = new EligibilityOptions
            {
                Policy = ScreeningPolicyNames.Parse(parse.GetRequiredValue(policy)),
                TimeProvider = _time,
            };
            var evaluator = new EligibilityEvaluator(catalog, options);
            var json = IsJson(parse, format);
            if (roleId is not null)
            {
                var report = evaluator.Evaluate(candidate!, roleId, date);
                if (json)
                {
                    return WriteJson(report, IceCareersJsonContext.Default.EligibilityReport);
                }

                new ReportText(catalog, _out).Reports([report], summary: false);
                return Success;
            }

            var reports = evaluator.EvaluateAll(candidate!, date);
            if (json)
            {
                return WriteJson(reports, IceCareersJsonContext.Default.IReadOnlyListEligibilityReport);
            }

            new ReportText(catalog, _out).Reports(reports, summary: true);
            return Success;
        });
        return command;
    }

    private Command Pipeline()
    {
        var id = RoleIdArgument();
        var format = FormatOption("table", "json");
        var command = new Command("pipeline", "Show how hiring proceeds for a role, stage by stage") { id, format };
        Define(command, parse =>
        {
            var catalog = LoadCatalog(parse);
            var role = catalog.GetRole(parse.GetRequiredValue(id));
            var pipeline = catalog.GetPipeline(role);
            if (IsJson(parse, format))
            {
                return WriteJson(pipeline, IceCareersJsonContext.Default.HiringPipeline);
            }

            new CatalogText(catalog, _out).Pipeline(role, pipeline);
            return Success;
        });
        return command;
    }

    private Command TrainingCommand()
    {
        var id = RoleIdArgument();
        var start = new Option<string?>("--start") { Description = "The first day of training (default: today); the rules in force that day apply", HelpName = "YYYY-MM-DD" };
        var format = FormatOption("table", "json");
        var command = new Command("training", "Show the training that follows hiring for a role, with dates") { id, start, format };
        Define(command, parse =>
        {
            var problems = new List<string>();
            var date = ParseDate(parse.GetValue(start), "--start", problems) ?? Today();
            ThrowIfAny(problems);
            var catalog = LoadCatalog(parse);
            var role = catalog.GetRole(parse.GetRequiredValue(id));
            var plan = TrainingPlan.Create(catalog, role, date);
            if (IsJson(parse, format))
            {
                return WriteJson(plan, IceCareersJsonContext.Default.TrainingPlan);
            }

            IReadOnlyList<ScheduledProgram> schedule;
            try
            {
                schedule = plan.Schedule(date);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new CliInputException($"--start: {Text.Date(date)} is too late; the training would end after {Text.Date(DateOnly.MaxValue)}.");
            }

            new CatalogText(catalog, _out).Training(role, plan, schedule, date);
            return Success;
        });
        return command;
    }

    private Command Validate()
    {
        var directory = new Argument<string>("DIR") { Description = "The data folder to check (laid out like data/)" };
        var command = new Command("validate", "Check a data folder; list every problem as file:line:column: message") { directory };
        Define(command, parse =>
        {
            var path = parse.GetRequiredValue(directory);
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new CliInputException("validate: the data folder name is empty.");
            }

            var catalog = CareerCatalog.LoadDirectory(path);
            _out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: valid — data {catalog.Version} as of {Text.Date(catalog.AsOf)}: {catalog.Roles.Count} roles, {catalog.Requirements.Count} requirements, {catalog.Pipelines.Count} pipelines, {catalog.TrainingPrograms.Count} training programs, {catalog.Sources.Count} sources"));
            return Success;
        });
        return command;
    }

    private Command Export()
    {
        var format = FormatOption("json", "jsonld");
        var command = new Command("export", "Write the whole catalog as JSON, or as schema.org JSON-LD (one Occupation per role)") { format };
        Define(command, parse =>
        {
            var catalog = LoadCatalog(parse);
            if (parse.GetValue(format) == "jsonld")
            {
                _out.WriteLine(JsonLd.ToJson(catalog));
                return Success;
            }

            return WriteJson(catalog, IceCareersJsonContext.Default.CareerCatalog);
        });
        return command;
    }

    private static Argument<string> RoleIdArgument() => new("ROLE-ID") { Description = "The role's id, as `icecareers roles` lists them" };

    private static Option<string> FormatOption(string defaultFormat, params string[] formats)
    {
        var all = new[] { defaultFormat }.Concat(formats).ToArray();
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(" or ", all) + (all.Contains("json") ? " (json is exactly the library's JSON)" : ""),
            DefaultValueFactory = _ => defaultFormat,
        };
        option.AcceptOnlyFromAmong(all);
        return option;
    }

    private static bool IsJson(ParseResult parse, Option<string> format) => parse.GetValue(format) == "json";

    private static DateOnly? ParseDate(string? text, string option, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{option}: '{text}' is not a date; expected YYYY-MM-DD, for example 2026-01-15.");
        return null;
    }

    private static void ThrowIfAny(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new CliInputException(problems);
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(_time.GetLocalNow().DateTime);

    private CareerCatalog LoadCatalog(ParseResult parse)
    {
        var directory = parse.GetValue(_data);
        if (directory is null)
        {
            return CareerCatalog.Default;
        }

        return string.IsNullOrWhiteSpace(directory)
            ? throw new CliInputException("--data: the data folder name is empty.")
            : CareerCatalog.LoadDirectory(directory);
    }

    /// <summary>Reads a profile; a missing, unreadable, malformed or invalid one adds its problems and gives null.</summary>
    private CandidateProfile? ReadProfile(string path, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add("--profile: the file name is empty.");
            return null;
        }

        if (Directory.Exists(path))
        {
            problems.Add($"{path}: is a folder, not a profile file.");
            return null;
        }

        try
        {
            if (!File.Exists(path))
            {
                problems.Add($"{path}: no such profile file.");
                return null;
            }

            // The library bounds the read by the bytes that arrive (not the length the file system reports: 0 for
            // /dev/zero or a pipe) and requires UTF-8, as for any untrusted profile.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase)
                ? ProfileDocument.ReadJson(stream, _time)
                : ProfileDocument.ReadYaml(stream, _time);
        }
        catch (ProfileValidationException e)
        {
            problems.AddRange(e.Problems.Select(p => $"{path}: {Text.OneLine(p.ToString())}"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add($"{path}: cannot read the profile: {Text.OneLine(e.Message)}");
            return null;
        }
    }

    private int WriteJson<T>(T value, JsonTypeInfo<T> type)
    {
        _out.WriteLine(JsonSerializer.Serialize(value, type));
        return Success;
    }

    private void Define(Command command, Func<ParseResult, int> action) => command.SetAction(parse =>
    {
        try
        {
            return action(parse);
        }
        catch (CliInputException e)
        {
            return Bad(e.Problems);
        }
        catch (RoleNotFoundException e)
        {
            var cut = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            return Bad([cut > 0 ? e.Message[..cut] : e.Message]);
        }
        catch (CatalogLoadException e)
        {
            return Bad(e.Problems.Select(problem => problem.ToString()));
        }
        catch (ArgumentException e)
        {
            // The library refuses arguments it cannot judge (an evaluation date before birth, a training start too late).
            var cut = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            return Bad([cut > 0 ? e.Message[..cut] : e.Message]);
        }
        catch (Exception e)
        {
            return Unexpected(e);
        }
    });

    private int Bad(IEnumerable<string> problems)
    {
        var count = 0;
        foreach (var problem in problems)
        {
            if (++count <= MaxProblemLines)
            {
                _err.WriteLine(Text.OneLine(problem));
            }
        }

        if (count > MaxProblemLines)
        {
            _err.WriteLine(string.Create(CultureInfo.InvariantCulture, $"and {count - MaxProblemLines:N0} more problems, not listed"));
        }

        return BadInput;
    }

    private int Unexpected(Exception e)
    {
        try
        {
            _err.WriteLine("unexpected error: " + Text.OneLine(e.Message));
        }
        catch (Exception)
        {
            // stderr itself failed: the exit code is all that is left to say it.
        }

        return UnexpectedFailure;
    }
}
