using System.Globalization;
using IceCareers.Authoring.Yaml;
using IceCareers.Compiled;
using IceCareers.Diagnostics;
using IceCareers.Hiring;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Training;

using IceCareers.Candidates;
namespace IceCareers.Authoring;

/// <summary>Reads a set of data files into the parts of a catalog (<see cref="CatalogContent"/>): parse, check, resolve references, in that order.</summary>
internal sealed partial class CatalogReader
{
    private readonly YamlDocumentReader _yaml = new();
    private readonly List<Problem> _errors = [];
    private readonly List<(MappingContext Context, string Path, string Id, string What)> _references = [];

    // Ids named by files that could not be read: references to them are not reported again (one fault, one error).
    private readonly HashSet<(string What, string Id)> _unreadable = [];
    private readonly List<(string Id, string Successor, MappingContext Context)> _successors = [];
    private bool _unreadableRequirementsFile;

    public static CatalogContent Read(IReadOnlyList<DataFile> files, IEnumerable<Problem>? earlierErrors = null)
    {
        var reader = new CatalogReader();
        if (earlierErrors is not null)
        {
            reader._errors.AddRange(earlierErrors);
        }

        return reader.ReadAll(files);
    }

    private CatalogContent ReadAll(IReadOnlyList<DataFile> files)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var (version, asOf) = ReadVersion(byPath.GetValueOrDefault("version.yaml"));
        var sources = ReadSources(byPath.GetValueOrDefault("sources.yaml"));
        var known = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var requirements = new List<Requirement>();
        var pipelines = new List<HiringPipeline>();
        var programs = new List<TrainingProgram>();
        var roles = new List<Role>();
        var idSeen = new Dictionary<(string Kind, string Id), string>();

        foreach (var file in files)
        {
            if (file.Path.StartsWith("requirements/", StringComparison.Ordinal))
            {
                foreach (var (requirement, context, path) in ReadRequirements(file, known))
                {
                    Unique(idSeen, "requirement", requirement.Id, context, path);
                    requirements.Add(requirement);
                }
            }
            else if (file.Path.StartsWith("pipelines/", StringComparison.Ordinal))
            {
                AddOne<PipelineDto, HiringPipeline>(file, known, MapPipeline, pipelines, p => p.Id, "pipeline", idSeen);
            }
            else if (file.Path.StartsWith("training/", StringComparison.Ordinal))
            {
                AddOne<TrainingDto, TrainingProgram>(file, known, MapTraining, programs, p => p.Id, "training program", idSeen);
            }
            else if (file.Path.StartsWith("roles/", StringComparison.Ordinal))
            {
                AddOne<RoleDto, Role>(file, known, MapRole, roles, r => r.Id, "role", idSeen);
            }
        }

        var requirementIds = requirements.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var pipelineIds = pipelines.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var programIds = programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var roleIds = roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (context, path, id, what) in _references)
        {
            var ids = what switch
            {
                "requirement" => requirementIds,
                "pipeline" => pipelineIds,
                "training program" => programIds,
                _ => roleIds,
            };
            var unreadable = _unreadable.Contains((what, id)) || (what == "requirement" && _unreadableRequirementsFile);
            if (!ids.Contains(id) && !unreadable)
            {
                context.Error(path, $"unknown {what} id '{id}'; known: {Known(ids)}");
            }
        }

        ReportSuccessorCycles();

        if (roles.Count == 0 && !_errors.Any(e => e.File is { } f && f.StartsWith("roles/", StringComparison.Ordinal)))
        {
            _errors.Add(Problem.InFile("roles/", 1, 1, "no role files found; each role is roles/<id>.yaml"));
        }

        if (_errors.Count > 0)
        {
            throw new ProblemException(_errors
                .OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column));
        }

        return new CatalogContent(version, asOf, sources, roles.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray(), requirements, pipelines, programs);
    }

    private void AddOne<TDto, T>(
        DataFile file,
        IReadOnlySet<string> known,
        Func<MappingContext, TDto, T> map,
        List<T> target,
        Func<T, string> id,
        string what,
        Dictionary<(string, string), string> seen)
        where TDto : class
    {
        var expectedName = file.Path[(file.Path.IndexOf('/', StringComparison.Ordinal) + 1)..^".yaml".Length];
        var dto = _yaml.Read<TDto>(file, _errors, out var positions);
        if (dto is null)
        {
            _unreadable.Add((what, expectedName));
            return;
        }

        var context = new MappingContext(file.Path, positions, _errors, known);
        var model = map(context, dto);
        var modelId = id(model);
        if (modelId.Length > 0 && modelId != expectedName)
        {
            context.Error("$.id", $"id '{modelId}' does not match the file name '{expectedName}.yaml'");
            _unreadable.Add((what, expectedName));
        }

        Unique(seen, what, modelId, context, "$.id");
        target.Add(model);
    }

    private static void Unique(Dictionary<(string, string), string> seen, string what, string id, MappingContext context, string path)
    {
        if (id.Length == 0)
        {
            return;
        }

        if (seen.TryGetValue((what, id), out var where))
        {
            context.Error(path, $"duplicate {what} id '{id}' (first defined in {where})");
        }
        else
        {
            seen[(what, id)] = context.File;
        }
    }

    /// <summary>The known ids for a message, at most 20 of them, so that many bad references cannot make it huge.</summary>
    private static string Known(HashSet<string> ids)
    {
        const int Shown = 20;
        var listed = string.Join(", ", ids.Order(StringComparer.Ordinal).Take(Shown));
        return ids.Count > Shown ? listed + string.Create(CultureInfo.InvariantCulture, $" and {ids.Count - Shown} more") : listed;
    }

    /// <summary>
    /// Reports every loop of legacy roles naming each other as successors (a role naming itself, two naming each other,
    /// or a longer ring), once per loop, at the role of the loop whose id sorts first; a walk that visits each role once.
    /// </summary>
    private void ReportSuccessorCycles()
    {
        var next = new Dictionary<string, (string Successor, MappingContext Context)>(StringComparer.Ordinal);
        foreach (var (id, successor, context) in _successors)
        {
            next.TryAdd(id, (successor, context));
        }

        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current walk; true: done
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            var walk = new List<string>();
            var id = start;
            while (!state.ContainsKey(id) && next.ContainsKey(id))
            {
                state[id] = false;
                walk.Add(id);
                id = next[id].Successor;
            }

            if (state.TryGetValue(id, out var done) && !done)
            {
                var ring = walk[walk.IndexOf(id)..];
                var first = ring.Order(StringComparer.Ordinal).First();
                var at = ring.IndexOf(first);
                var loop = ring[at..].Concat(ring[..at]).Append(first);
                next[first].Context.Error("$.status.successor",
                    $"successors form a loop ({string.Join(" → ", loop)}); a legacy role's successors must lead to a role ICE hires for");
            }

            foreach (var visited in walk)
            {
                state[visited] = true;
            }
        }
    }

    private void Reference(MappingContext context, string path, string? id, string what)
    {
        if (!string.IsNullOrEmpty(id))
        {
            _references.Add((context, path, id, what));
        }
    }

    private (string Version, DateOnly AsOf) ReadVersion(DataFile? file)
    {
        if (file is null)
        {
            _errors.Add(Problem.InFile("version.yaml", 1, 1, "missing file: version.yaml gives the data version and its as-of date"));
            return ("", default);
        }

        var dto = _yaml.Read<VersionDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return ("", default);
        }

        var context = new MappingContext(file.Path, positions, _errors, null);
        var version = context.Required(dto.Version, "$.version");
        if (version.Length > 0 && !IsSemanticVersion(version))
        {
            context.Error("$.version", $"'{version}' is not a semantic version (MAJOR.MINOR.PATCH)");
        }

        var asOf = context.Date(context.Required(dto.AsOf, "$.asOf"), "$.asOf") ?? default;
        return (version, asOf);
    }

    private static bool IsSemanticVersion(string text)
    {
        var core = text.Split('-', 2)[0].Split('+', 2)[0].Split('.');
        return core.Length == 3 && core.All(p => p.Length > 0 && p.All(char.IsAsciiDigit));
    }

    private Role MapRole(MappingContext c, RoleDto dto)
    {
        var id = c.Id(dto.Id, "$.id");
        var grades = MapGrades(c, dto.Grades);
        var status = dto.Status;
        RoleStatus statusValue = default;
        if (c.Present(status, "$.status"))
        {
            statusValue = c.Enum(status!.Value, "$.status.value", RoleWords.RoleStatuses);
            if (statusValue == RoleStatus.Legacy)
            {
                var successor = c.Required(status.Successor, "$.status.successor");
                Reference(c, "$.status.successor", successor, "role");
                if (successor.Length > 0)
                {
                    _successors.Add((id, successor, c));
                }
            }
            else if (status.Successor is not null)
            {
                c.Error("$.status.successor", "only a legacy role has a successor");
            }
        }

        var lawEnforcement = false;
        if (c.Present(dto.LawEnforcement, "$.lawEnforcement"))
        {
            var word = c.Required(dto.LawEnforcement!.Value, "$.lawEnforcement.value");
            if (word is "true" or "false")
            {
                lawEnforcement = word == "true";
            }
            else if (word.Length > 0)
            {
                c.Error("$.lawEnforcement.value", $"'{word}' is not true or false");
            }
        }

        var requirementIds = c.Texts(dto.Requirements, "$.requirements");
        for (var i = 0; i < requirementIds.Count; i++)
        {
            Reference(c, KeyPath.Item("$.requirements", i), requirementIds[i], "requirement");
            if (requirementIds.Take(i).Contains(requirementIds[i]))
            {
                c.Error(KeyPath.Item("$.requirements", i), $"requirement '{requirementIds[i]}' is listed twice");
            }
        }

        var pipeline = c.Required(dto.Pipeline, "$.pipeline");
        Reference(c, "$.pipeline", pipeline, "pipeline");

        return new Role
        {
            Id = id,
            Title = c.Required(dto.Title, "$.title"),
            Summary = c.SourcedText(dto.Summary, "$.summary"),
            Directorate = c.Present(dto.Directorate, "$.directorate")
                ? c.Enum(dto.Directorate!.Value, "$.directorate.value", RoleWords.Directorates)
                : default,
            DirectorateSources = c.Sources(dto.Directorate?.Sources, "$.directorate.sources", dto.Directorate is not null),
            Series = MapSeries(c, dto.Series),
            Grades = grades,
            IsLawEnforcement = lawEnforcement,
            LawEnforcementSources = c.Sources(dto.LawEnforcement?.Sources, "$.lawEnforcement.sources", dto.LawEnforcement is not null),
            Status = statusValue,
            SuccessorRoleId = status?.Successor,
            StatusNote = status?.Note,
            StatusSources = c.Sources(status?.Sources, "$.status.sources", status is not null),
            Duties = MapList(c, dto.Duties, "$.duties", required: true, (d, p) => new Duty
            {
                Text = c.Required(d.Text, KeyPath.Key(p, "text")),
                Level = c.Enum(d.Level, KeyPath.Key(p, "level"), RoleWords.DutyLevels),
                Sources = c.Sources(d.Sources, KeyPath.Key(p, "sources")),
            }),
            CaseAreas = dto.CaseAreas is null ? [] : IdList(c, dto.CaseAreas.Values, "$.caseAreas.values"),
            CaseAreaSources = dto.CaseAreas is null ? [] : c.Sources(dto.CaseAreas.Sources, "$.caseAreas.sources"),
            PayNotes = MapList(c, dto.PayNotes, "$.payNotes", required: true, (n, p) => c.SourcedText(n, p)),
            RequirementIds = requirementIds,
            PipelineId = pipeline,
            Training = MapRoleTraining(c, dto.Training),
        };
    }

    private static IReadOnlyList<string> IdList(MappingContext c, List<string>? values, string path)
    {
        var items = c.Texts(values, path);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Length > 0 && !MappingContext.IsId(items[i]))
            {
                c.Error(KeyPath.Item(path, i), $"'{items[i]}' is not kebab-case");
            }
        }

        return items;
    }

    private static OccupationalSeries MapSeries(MappingContext c, SeriesDto? dto)
    {
        if (!c.Present(dto, "$.series"))
        {
            return new OccupationalSeries { Code = "", Title = "", Sources = [] };
        }

        var code = c.Required(dto!.Code, "$.series.code");
        if (code.Length > 0 && (code.Length != 4 || !code.All(char.IsAsciiDigit)))
        {
            c.Error("$.series.code", $"'{code}' is not a four-digit series code (quote it to keep leading zeros: \"0132\")");
        }

        return new OccupationalSeries { Code = code, Title = c.Required(dto.Title, "$.series.title"), Sources = c.Sources(dto.Sources, "$.series.sources") };
    }

    private static GradeRange MapGrades(MappingContext c, GradesDto? dto)
    {
        if (!c.Present(dto, "$.grades"))
        {
            return new GradeRange { Entry = [], FullPerformance = default, Sources = [] };
        }

        var entry = new List<PayGrade>();
        var texts = c.Texts(dto!.Entry, "$.grades.entry");
        for (var i = 0; i < texts.Count; i++)
        {
            if (PayGrade.TryParse(texts[i], out var grade))
            {
                entry.Add(grade);
            }
            else if (texts[i].Length > 0)
            {
                c.Error(KeyPath.Item("$.grades.entry", i), $"'{texts[i]}' is not a pay grade; write GS-N or GL-N with N from 1 to 15");
            }
        }

        var fullText = c.Required(dto.FullPerformance, "$.grades.fullPerformance");
        PayGrade full = default;
        if (fullText.Length > 0 && !PayGrade.TryParse(fullText, out full))
        {
            c.Error("$.grades.fullPerformance", $"'{fullText}' is not a pay grade; write GS-N or GL-N with N from 1 to 15");
        }
        else if (entry.Count > 0 && fullText.Length > 0 && entry.Max(g => g.Grade) > full.Grade)
        {
            c.Error("$.grades.fullPerformance", $"the full-performance grade {full} is below the entry grade {entry.Max()}");
        }

        return new GradeRange { Entry = entry, FullPerformance = full, Sources = c.Sources(dto.Sources, "$.grades.sources") };
    }

    private RoleTraining MapRoleTraining(MappingContext c, RoleTrainingDto? dto)
    {
        if (!c.Present(dto, "$.training"))
        {
            return new RoleTraining { ProgramIds = [] };
        }

        var programs = dto!.Programs ?? [];
        if (dto.Programs is null)
        {
            c.Error("$.training.programs", "missing required key 'programs' (a list, empty when the role has no training program)");
        }

        for (var i = 0; i < programs.Count; i++)
        {
            Reference(c, KeyPath.Item("$.training.programs", i), programs[i], "training program");
        }

        StatedDuration? total = null;
        if (dto.StatedTotal is { } stated)
        {
            var weeks = c.Required(stated.Weeks, "$.training.statedTotal.weeks");
            if (weeks <= 0 && stated.Weeks is not null)
            {
                c.Error("$.training.statedTotal.weeks", "must be positive");
            }

            total = new StatedDuration { Weeks = weeks, Sources = c.Sources(stated.Sources, "$.training.statedTotal.sources") };
        }

        return new RoleTraining
        {
            ProgramIds = programs,
            StatedTotal = total,
            Note = dto.Note,
            Sources = c.Sources(dto.Sources, "$.training.sources", required: false),
        };
    }

    private static IReadOnlyList<T> MapList<TDto, T>(MappingContext c, List<TDto>? items, string path, bool required, Func<TDto, string, T> map)
    {
        if (items is null || items.Count == 0)
        {
            if (required)
            {
                c.Error(path, "missing required key '" + path[(path.LastIndexOf('.') + 1)..] + "' (a non-empty list)");
            }

            return [];
        }

        return items.Select((item, i) => map(item, KeyPath.Item(path, i))).ToArray();
    }

    private IEnumerable<(Requirement Requirement, MappingContext Context, string Path)> ReadRequirements(DataFile file, IReadOnlySet<string> known)
    {
        var dto = _yaml.Read<RequirementsFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            _unreadableRequirementsFile = true;
            yield break;
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        if (dto.Requirements is null || dto.Requirements.Count == 0)
        {
            c.Error("$.requirements", "missing required key 'requirements' (a non-empty list)");
            yield break;
        }

        for (var i = 0; i < dto.Requirements.Count; i++)
        {
            var path = KeyPath.Item("$.requirements", i);
            yield return (RequirementMapper.Map(c, dto.Requirements[i], path), c, KeyPath.Key(path, "id"));
        }
    }

    private static HiringPipeline MapPipeline(MappingContext c, PipelineDto dto)
    {
        var stages = MapList(c, dto.Stages, "$.stages", required: true, (s, p) =>
        {
            StageDuration? duration = null;
            if (s.Duration is { } d)
            {
                var min = c.Required(d.MinDays, KeyPath.Key(p, "duration.minDays"));
                var max = c.Required(d.MaxDays, KeyPath.Key(p, "duration.maxDays"));
                if (min < 0 || max < min)
                {
                    c.Error(KeyPath.Key(p, "duration"), string.Create(CultureInfo.InvariantCulture, $"duration {min}–{max} days is not a range (0 ≤ minDays ≤ maxDays)"));
                }

                duration = new StageDuration { MinDays = min, MaxDays = max, Sources = c.Sources(d.Sources, KeyPath.Key(p, "duration.sources")) };
            }

            return new PipelineStage
            {
                Id = c.Id(s.Id, KeyPath.Key(p, "id")),
                Name = c.Required(s.Name, KeyPath.Key(p, "name")),
                Checks = c.Required(s.Checks, KeyPath.Key(p, "checks")),
                Failures = c.Texts(s.Failures, KeyPath.Key(p, "failures")),
                Duration = duration,
                Sources = c.Sources(s.Sources, KeyPath.Key(p, "sources")),
            };
        });

        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i].Id.Length > 0 && stages.Take(i).Any(s => s.Id == stages[i].Id))
            {
                c.Error(KeyPath.Key(KeyPath.Item("$.stages", i), "id"), $"duplicate stage id '{stages[i].Id}'");
            }
        }

        return new HiringPipeline
        {
            Id = c.Id(dto.Id, "$.id"),
            Name = c.Required(dto.Name, "$.name"),
            Stages = stages,
            Sources = c.Sources(dto.Sources, "$.sources"),
        };
    }

    private static TrainingProgram MapTraining(MappingContext c, TrainingDto dto)
    {
        var length = c.Dated(dto.Length, "$.length", l => l.From, l => l.To, l => l.Sources, l => l.Note, (l, p) =>
        {
            var v = l.Value;
            if (!c.Present(v, p))
            {
                return new TrainingLength();
            }

            if (v!.TrainingDays is null && v.Weeks is null)
            {
                c.Error(p, "a length needs trainingDays, weeks or both");
            }

            if (v.TrainingDays is <= 0 || v.Weeks is <= 0 || v.DaysPerWeek is < 1 or > 7)
            {
                c.Error(p, "trainingDays and weeks must be positive and daysPerWeek between 1 and 7");
            }

            return new TrainingLength { TrainingDays = v.TrainingDays, Weeks = v.Weeks, DaysPerWeek = v.DaysPerWeek };
        });

        Dated<bool>? required = null;
        if (dto.Required is not null)
        {
            required = c.Dated(dto.Required, "$.required", r => r.From, r => r.To, r => r.Sources, r => r.Note, (r, p) => c.Required(r.Value, p));
        }

        LanguageTestOut? testOut = null;
        if (dto.TestOut is { } t)
        {
            testOut = new LanguageTestOut
            {
                Language = c.Required(t.Language, "$.testOut.language"),
                Proficiency = c.Enum(t.Proficiency, "$.testOut.proficiency", CandidateWords.LanguageProficiencies),
                Sources = c.Sources(t.Sources, "$.testOut.sources"),
            };
        }

        return new TrainingProgram
        {
            Id = c.Id(dto.Id, "$.id"),
            Name = c.Required(dto.Name, "$.name"),
            Provider = c.Required(dto.Provider, "$.provider"),
            Location = dto.Location,
            Description = dto.Description,
            Length = length,
            Required = required,
            TestOut = testOut,
            Failure = c.SourcedText(dto.Failure, "$.failure"),
            Sources = c.Sources(dto.Sources, "$.sources"),
        };
    }
}
