using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
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
    private readonly int _width;
    private readonly Command _root;
    private readonly HelpAction _help = new();
    private readonly Dictionary<Command, string[]> _examples = [];

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
    /// <param name="width">The columns to lay the text out for (at least 40); by default 80, as when the output is not a
    /// terminal (the program passes the terminal's width).</param>
    public CliApp(TextWriter stdout, TextWriter stderr, TimeProvider? timeProvider = null, int? width = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        // Everything the CLI prints goes through one escaping writer: input can reach any line (keys, values, file names, role ids).
        _out = new SafeWriter(stdout);
        _err = new SafeWriter(stderr);
        _time = timeProvider ?? TimeProvider.System;
        _width = Math.Max(Text.MinWidth, width ?? Text.DefaultWidth);
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
            Text.Use(_width);
            _help.MaxWidth = Text.Width;
            var parse = _root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not HelpWithExamples)
            {
                foreach (var message in parse.Errors.Select(Describe).Distinct(StringComparer.Ordinal))
                {
                    _err.WriteLine(message);
                }

                if (Suggestion(parse) is { } suggestion)
                {
                    _err.WriteLine(suggestion);
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

    /// <summary>
    /// "Did you mean 'check'?" when the first word that is no command is close to one (at most two letters off, or the
    /// start of exactly one command's name); null otherwise.
    /// </summary>
    private string? Suggestion(ParseResult parse)
    {
        if (parse.CommandResult.Command != _root || parse.UnmatchedTokens.Count == 0)
        {
            return null;
        }

        var typed = parse.UnmatchedTokens[0];
        if (typed.StartsWith('-'))
        {
            return null;
        }

        var names = _root.Subcommands.Select(c => c.Name).ToArray();
        var starts = names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (typed.Length >= 2 && starts.Length == 1)
        {
            return $"Did you mean '{starts[0]}'? See 'icecareers --help' for every command.";
        }

        var best = names.Select(n => (Name: n, Distance: Distance(typed.ToLowerInvariant(), n))).OrderBy(x => x.Distance).First();
        return best.Distance <= Math.Min(2, Math.Max(1, typed.Length / 3))
            ? $"Did you mean '{best.Name}'? See 'icecareers --help' for every command."
            : "See 'icecareers --help' for every command.";
    }

    /// <summary>The edit distance (insertions, deletions, substitutions and swaps of neighbours) between two words.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private Command BuildRoot()
    {
        // A plain command named icecareers, not RootCommand, which names itself after the running process (testhost, dotnet).
        var helpAction = new HelpWithExamples(_help, _examples);
        var help = new HelpOption { Action = helpAction };
        var root = new Command(Name, "Careers at U.S. Immigration and Customs Enforcement: roles, requirements, hiring, training, and whether a candidate qualifies.")
        {
            help,
            new VersionOption(),
            _data,
        };

        // A bare 'icecareers' shows the help (exit 0) rather than an error.
        root.SetAction(helpAction.Invoke);
        Examples(
            root,
            "icecareers roles",
            "icecareers check --profile me.yaml --all",
            "icecareers pay deportation-officer --grade GL-7 --locality Houston",
            "icecareers check --help");

        root.Add(Roles());
        root.Add(RoleCommand());
        root.Add(Check());
        root.Add(Pipeline());
        root.Add(TrainingCommand());
        root.Add(Validate());
        root.Add(Export());
        root.Add(PayCommand());
        root.Add(CareerCommand());
        root.Add(LocalitiesCommand());
        root.Add(AnnouncementsCommand());
        root.Add(PathsCommand());
        return root;
    }

    private Command Roles()
    {
        var format = FormatOption("text", "json");
        var command = new Command("roles", "List every role") { format };
        Examples(command, "icecareers roles", "icecareers roles --format json");
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
        var format = FormatOption("text", "json");
        var command = new Command("role", "Show one role: what it is, its grades, duties, pay, requirements and sources") { id, format };
        Examples(command, "icecareers role deportation-officer", "icecareers role hsi-special-agent --format json");
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
        var format = FormatOption("text", "json");
        var command = new Command("check", "Check a candidate profile against one role or all of them") { profile, role, all, asOf, policy, format };
        Examples(command, "icecareers check --profile me.yaml --role deportation-officer", "icecareers check --profile me.yaml --all --as-of 2026-01-15", "icecareers check --profile me.json --all --policy suitability --format json");
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
        var format = FormatOption("text", "json");
        var command = new Command("pipeline", "Show how hiring proceeds for a role, stage by stage") { id, format };
        Examples(command, "icecareers pipeline hsi-special-agent", "icecareers pipeline deportation-officer --format json");
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
        var format = FormatOption("text", "json");
        var command = new Command("training", "Show the training that follows hiring for a role, with dates") { id, start, format };
        Examples(command, "icecareers training deportation-officer --start 2026-03-02", "icecareers training hsi-special-agent --format json");
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
        Examples(command, "icecareers validate data", "icecareers validate my-data");
        Define(command, parse =>
        {
            var path = parse.GetRequiredValue(directory);
            if (string.IsNullOrWhiteSpace(path))
            {
                throw new CliInputException("validate: the data folder name is empty.");
            }

            var catalog = CareerCatalog.LoadDirectory(path);
            Text.Paragraph(_out, string.Create(
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
        Examples(command, "icecareers export > catalog.json", "icecareers export --format jsonld");
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

    /// <summary>The examples <paramref name="command"/>'s help ends with.</summary>
    private void Examples(Command command, params string[] lines) => _examples[command] = lines;

    private static Argument<string> RoleIdArgument() => new("ROLE-ID") { Description = "The role's id, as `icecareers roles` lists them" };

    /// <summary>
    /// <c>--format</c>: the same words on every command, <c>text</c> (the default; <c>table</c> is accepted for it) and
    /// <c>json</c>, plus any the command adds (<c>export</c>: <c>jsonld</c>).
    /// </summary>
    private static Option<string> FormatOption(string defaultFormat, params string[] formats)
    {
        var all = new[] { defaultFormat }.Concat(formats).Distinct(StringComparer.Ordinal).ToArray();
        var accepted = all.Contains("text") ? [.. all, "table"] : all;
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(" or ", all) + (all.Contains("text") ? " (table is accepted as text)" : "") + (all.Contains("json") ? "; json is exactly the library's JSON" : ""),
            DefaultValueFactory = _ => defaultFormat,
            HelpName = string.Join("|", all),
        };
        option.AcceptOnlyFromAmong(accepted);
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

    /// <summary>The default help, laid out for the command's width, then "Examples:" with the command's examples.</summary>
    private sealed class HelpWithExamples(HelpAction help, Dictionary<Command, string[]> examples) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            help.MaxWidth = Text.Width;
            var code = help.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
            {
                output.WriteLine("Examples:");
                foreach (var line in lines)
                {
                    Text.Paragraph(output, line, "      ", "  ");
                }

                output.WriteLine();
            }

            return code;
        }
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
