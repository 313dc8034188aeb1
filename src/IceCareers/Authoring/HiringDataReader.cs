using IceCareers.Authoring.Yaml;
using IceCareers.Candidates;
using IceCareers.Compiled;
using IceCareers.Diagnostics;
using IceCareers.Hiring;
using IceCareers.Internal;

namespace IceCareers.Authoring;

/// <summary>
/// Reads data/hiring/ (sources, preference, paths, evidence, postings) into <see cref="HiringRules"/>, reporting every
/// problem with its file, line and column: unknown or missing keys, numbers out of range, paths the evaluator has no rule
/// for (or rules with no path), evidence and path ids that do not resolve.
/// </summary>
internal sealed class HiringDataReader
{
    public const string Folder = "hiring/";
    private static readonly string[] FileNames = ["sources.yaml", "preference.yaml", "paths.yaml", "evidence.yaml", "postings.yaml"];

    /// <summary>The path ids the evaluator has a rule for; paths.yaml must list each exactly once.</summary>
    public static readonly IReadOnlyList<string> KnownPaths =
    [
        "competitive", "direct-hire", "merit-promotion", "vra", "veoa", "disabled-veteran-30", "schedule-a",
        "pathways-recent-graduate", "pathways-intern", "military-spouse", "skillbridge",
    ];

    /// <summary>The posting authorities the evaluator reads.</summary>
    private static readonly string[] KnownAuthorities = ["direct-hire", "delegated-examining", "merit-promotion"];

    private static readonly string[] Categories = ["cps", "cp", "xp", "tp", "ssp"];

    private static readonly Words<PeriodRule> PeriodRules = new(("any-day", PeriodRule.AnyDay), ("more-than-consecutive-days", PeriodRule.MoreThanConsecutiveDays));

    private readonly YamlDocumentReader _yaml = new();
    private readonly List<Problem> _errors = [];

    /// <summary>Reads the hiring files among <paramref name="files"/>; none at all gives <see cref="HiringRules.Empty"/>.</summary>
    /// <exception cref="ProblemException">Any problem, all listed.</exception>
    public static HiringRules Read(IEnumerable<DataFile> files, CatalogContent catalog)
    {
        var reader = new HiringDataReader();
        var rules = reader.ReadAll(files.Where(f => f.Path.StartsWith(Folder, StringComparison.Ordinal)).ToArray(), catalog);
        if (reader._errors.Count > 0)
        {
            throw new ProblemException(reader._errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column));
        }

        return rules;
    }

    private HiringRules ReadAll(IReadOnlyList<DataFile> files, CatalogContent catalog)
    {
        if (files.Count == 0)
        {
            return HiringRules.Empty;
        }

        var byName = new Dictionary<string, DataFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = file.Path[Folder.Length..];
            if (!FileNames.Contains(name))
            {
                _errors.Add(Problem.InFile(file.Path, 1, 1, "unexpected hiring data file; hiring/ holds " + string.Join(", ", FileNames)));
            }
            else
            {
                byName[name] = file;
            }
        }

        foreach (var name in FileNames.Where(n => !byName.ContainsKey(n)))
        {
            _errors.Add(Problem.InFile(Folder + name, 1, 1, "missing hiring data file"));
        }

        var sources = byName.TryGetValue("sources.yaml", out var sourcesFile) ? CatalogReader.ReadSourcesFile(sourcesFile, _errors) : [];
        var known = catalog.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!known.Add(source.Id))
            {
                _errors.Add(Problem.InFile(Folder + "sources.yaml", 1, 1, $"source id '{source.Id}' is also defined in another sources.yaml"));
            }
        }

        var preference = byName.TryGetValue("preference.yaml", out var p) ? ReadPreference(p, known) : null;
        var evidence = byName.TryGetValue("evidence.yaml", out var e) ? ReadEvidence(e, known) : [];
        var paths = byName.TryGetValue("paths.yaml", out var q) ? ReadPaths(q, known, evidence) : [];
        var (authorities, codes) = byName.TryGetValue("postings.yaml", out var s) ? ReadPostings(s, known) : ([], []);
        if (evidence.Count > 0 && paths.Count > 0 && byName.TryGetValue("evidence.yaml", out var evidenceFile))
        {
            CheckEvidenceTargets(evidenceFile, evidence, paths);
        }

        return new HiringRules(sources, preference, paths, evidence, authorities, codes);
    }

    private PreferenceRules? ReadPreference(DataFile file, IReadOnlySet<string> known)
    {
        var dto = _yaml.Read<HiringPreferenceFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return null;
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var discharge = new DischargeRules([], [], [], []);
        if (c.Present(dto.Discharge, "$.discharge"))
        {
            var d = dto.Discharge!;
            discharge = new DischargeRules(
                c.Enums(d.UnderHonorableConditions, "$.discharge.underHonorableConditions", CandidateWords.DischargeCharacters),
                c.Enums(d.NotUnderHonorableConditions, "$.discharge.notUnderHonorableConditions", CandidateWords.DischargeCharacters),
                c.Enums(d.Adjudicated, "$.discharge.adjudicated", CandidateWords.DischargeCharacters, required: false),
                c.Sources(d.Sources, "$.discharge.sources"));
            var all = discharge.UnderHonorableConditions.Concat(discharge.NotUnderHonorableConditions).Concat(discharge.Adjudicated).ToList();
            if (all.Distinct().Count() != all.Count || all.Count != CandidateWords.DischargeCharacters.All.Length)
            {
                c.Error("$.discharge", "every character of discharge (" + CandidateWords.DischargeCharacters.Allowed + ") belongs to exactly one of the three lists");
            }
        }

        var categories = new List<PreferenceCategoryDefinition>();
        for (var i = 0; i < (dto.Categories?.Count ?? 0); i++)
        {
            var item = dto.Categories![i];
            var path = KeyPath.Item("$.categories", i);
            var id = c.Id(item.Id, KeyPath.Key(path, "id"));
            if (id.Length > 0 && !Categories.Contains(id))
            {
                c.Error(KeyPath.Key(path, "id"), $"unknown category '{id}'; expected one of: {string.Join(", ", Categories)}");
            }

            var points = c.Required(item.Points, KeyPath.Key(path, "points"));
            Range(c, points, 0, 10, KeyPath.Key(path, "points"));
            categories.Add(new PreferenceCategoryDefinition(id, c.Required(item.Title, KeyPath.Key(path, "title")), points, c.Sources(item.Sources, KeyPath.Key(path, "sources"))));
        }

        if (!Categories.SequenceEqual(categories.Select(x => x.Id)))
        {
            c.Error("$.categories", "the categories are " + string.Join(", ", Categories) + ", each once, highest first");
        }

        var disability = new DisabilityThresholds(0, 0, []);
        if (c.Present(dto.Disability, "$.disability"))
        {
            var d = dto.Disability!;
            disability = new DisabilityThresholds(
                Percent(c, d.CompensableMinPercent, "$.disability.compensableMinPercent"),
                Percent(c, d.CpsMinPercent, "$.disability.cpsMinPercent"),
                c.Sources(d.Sources, "$.disability.sources"));
            if (disability.CpsMinPercent <= disability.CompensableMinPercent)
            {
                c.Error("$.disability.cpsMinPercent", "must be above compensableMinPercent");
            }
        }

        var periods = new List<QualifyingPeriod>();
        for (var i = 0; i < (dto.Periods?.Count ?? 0); i++)
        {
            var item = dto.Periods![i];
            var path = KeyPath.Item("$.periods", i);
            var from = c.Date(c.Required(item.From, KeyPath.Key(path, "from")), KeyPath.Key(path, "from"));
            var to = c.Date(c.Required(item.To, KeyPath.Key(path, "to")), KeyPath.Key(path, "to"));
            if (from is { } f && to is { } t && f > t)
            {
                c.Error(KeyPath.Key(path, "to"), "the period ends before it starts");
            }

            var rule = c.Enum(item.Rule, KeyPath.Key(path, "rule"), PeriodRules);
            var days = 0;
            if (rule == PeriodRule.MoreThanConsecutiveDays)
            {
                days = c.Required(item.Days, KeyPath.Key(path, "days"));
                Range(c, days, 1, 36_500, KeyPath.Key(path, "days"));
            }
            else if (item.Days is not null)
            {
                c.Error(KeyPath.Key(path, "days"), "days belongs to the rule more-than-consecutive-days only");
            }

            periods.Add(new QualifyingPeriod(
                c.Id(item.Id, KeyPath.Key(path, "id")),
                c.Required(item.Title, KeyPath.Key(path, "title")),
                from ?? default,
                to ?? default,
                rule,
                days,
                item.TwentyFourMonthRule ?? false,
                item.War ?? false,
                c.Sources(item.Sources, KeyPath.Key(path, "sources")),
                item.Note));
        }

        if (periods.Count == 0)
        {
            c.Error("$.periods", "missing required key 'periods' (a non-empty list)");
        }

        var medals = new CampaignMedalRule(false, [], []);
        if (c.Present(dto.CampaignMedals, "$.campaignMedals"))
        {
            var m = dto.CampaignMedals!;
            medals = new CampaignMedalRule(m.TwentyFourMonthRule ?? false, m.NotForPreference?.ToArray() ?? [], c.Sources(m.Sources, "$.campaignMedals.sources"));
        }

        var rule24 = new TwentyFourMonthRule(default, default, 0, [], [], null);
        if (c.Present(dto.TwentyFourMonthRule, "$.twentyFourMonthRule"))
        {
            var t = dto.TwentyFourMonthRule!;
            var months = c.Required(t.Months, "$.twentyFourMonthRule.months");
            Range(c, months, 1, 1200, "$.twentyFourMonthRule.months");
            rule24 = new TwentyFourMonthRule(
                c.Date(c.Required(t.EnlistedAfter, "$.twentyFourMonthRule.enlistedAfter"), "$.twentyFourMonthRule.enlistedAfter") ?? default,
                c.Date(c.Required(t.ActiveDutyFrom, "$.twentyFourMonthRule.activeDutyFrom"), "$.twentyFourMonthRule.activeDutyFrom") ?? default,
                months,
                c.Enums(t.ExemptDischargeReasons, "$.twentyFourMonthRule.exemptDischargeReasons", CandidateWords.DischargeReasons, required: false),
                c.Sources(t.Sources, "$.twentyFourMonthRule.sources"),
                t.Note);
        }

        var training = new Sourced<bool>(false, []);
        if (c.Present(dto.ActiveDutyForTraining, "$.activeDutyForTraining"))
        {
            training = new Sourced<bool>(
                c.Required(dto.ActiveDutyForTraining!.CountsForDisabledVeterans, "$.activeDutyForTraining.countsForDisabledVeterans"),
                c.Sources(dto.ActiveDutyForTraining.Sources, "$.activeDutyForTraining.sources"));
        }

        var ssp = new Sourced<DateOnly>(default, []);
        if (c.Present(dto.SoleSurvivorship, "$.soleSurvivorship"))
        {
            ssp = new Sourced<DateOnly>(
                c.Date(c.Required(dto.SoleSurvivorship!.ReleasedAfter, "$.soleSurvivorship.releasedAfter"), "$.soleSurvivorship.releasedAfter") ?? default,
                c.Sources(dto.SoleSurvivorship.Sources, "$.soleSurvivorship.sources"));
        }

        var retired = new Sourced<MilitaryPayGrade>(default, []);
        if (c.Present(dto.RetiredOfficers, "$.retiredOfficers"))
        {
            var text = c.Required(dto.RetiredOfficers!.FromPayGrade, "$.retiredOfficers.fromPayGrade");
            MilitaryPayGrade grade = default;
            if (text.Length > 0 && (!MilitaryPayGrade.TryParse(text, out grade) || grade.Kind != MilitaryPayGradeKind.Officer))
            {
                c.Error("$.retiredOfficers.fromPayGrade", $"'{text}' is not an officer's pay grade (O-1 to O-10)");
            }

            retired = new Sourced<MilitaryPayGrade>(grade, c.Sources(dto.RetiredOfficers.Sources, "$.retiredOfficers.sources"));
        }

        var serving = new Sourced<int>(0, []);
        if (c.Present(dto.WhileServing, "$.whileServing"))
        {
            var days = c.Required(dto.WhileServing!.CertificationDays, "$.whileServing.certificationDays");
            Range(c, days, 1, 3650, "$.whileServing.certificationDays");
            serving = new Sourced<int>(days, c.Sources(dto.WhileServing.Sources, "$.whileServing.sources"));
        }

        return new PreferenceRules(discharge, categories, disability, periods, medals, rule24, training, ssp, retired, serving);
    }

    private IReadOnlyList<PathDefinition> ReadPaths(DataFile file, IReadOnlySet<string> known, IReadOnlyList<EvidenceDefinition> evidence)
    {
        var dto = _yaml.Read<HiringPathsFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return [];
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var evidenceIds = evidence.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        var paths = new List<PathDefinition>();
        for (var i = 0; i < (dto.Paths?.Count ?? 0); i++)
        {
            var item = dto.Paths![i];
            var path = KeyPath.Item("$.paths", i);
            var id = c.Id(item.Id, KeyPath.Key(path, "id"));
            if (id.Length > 0 && !KnownPaths.Contains(id))
            {
                c.Error(KeyPath.Key(path, "id"), $"no rule decides the path '{id}'; the paths are: {string.Join(", ", KnownPaths)}");
            }

            int? Needed(int? value, string key, int min, int max)
            {
                var keyPath = KeyPath.Key(path, key);
                if (value is null)
                {
                    c.Error(keyPath, $"missing required key '{key}' (the {id} rule needs it)");
                    return null;
                }

                Range(c, value.Value, min, max, keyPath);
                return value;
            }

            void NotFor(string key, bool isSet)
            {
                if (isSet)
                {
                    c.Error(KeyPath.Key(path, key), $"key '{key}' is not used by the {id} rule");
                }
            }

            var isCitizenship = id is "competitive" or "direct-hire";
            var citizenships = isCitizenship
                ? c.Enums(item.Citizenships, KeyPath.Key(path, "citizenships"), CandidateWords.Citizenships)
                : [];
            NotFor("citizenships", !isCitizenship && item.Citizenships is not null);
            var recently = id == "vra" ? Needed(item.RecentlySeparatedYears, "recentlySeparatedYears", 1, 50) : null;
            var disabledMin = id == "vra" ? Needed(item.DisabledMinPercent, "disabledMinPercent", 0, 100) : null;
            NotFor("recentlySeparatedYears", id != "vra" && item.RecentlySeparatedYears is not null);
            NotFor("disabledMinPercent", id != "vra" && item.DisabledMinPercent is not null);
            var continuous = id == "veoa" ? Needed(item.ContinuousActiveServiceYears, "continuousActiveServiceYears", 1, 50) : null;
            NotFor("continuousActiveServiceYears", id != "veoa" && item.ContinuousActiveServiceYears is not null);
            var minPercent = id == "disabled-veteran-30" ? Needed(item.MinPercent, "minPercent", 0, 100) : null;
            DateOnly? ratedFrom = id == "disabled-veteran-30" ? c.Date(c.Required(item.RatedFrom, KeyPath.Key(path, "ratedFrom")), KeyPath.Key(path, "ratedFrom")) : null;
            NotFor("minPercent", id != "disabled-veteran-30" && item.MinPercent is not null);
            NotFor("ratedFrom", id != "disabled-veteran-30" && item.RatedFrom is not null);
            var application = id == "pathways-recent-graduate" ? Needed(item.ApplicationYears, "applicationYears", 1, 50) : null;
            var outer = id == "pathways-recent-graduate" ? Needed(item.VeteranOuterLimitYears, "veteranOuterLimitYears", 1, 50) : null;
            if (application is { } a && outer is { } o && o < a)
            {
                c.Error(KeyPath.Key(path, "veteranOuterLimitYears"), "must be at least applicationYears");
            }

            NotFor("applicationYears", id != "pathways-recent-graduate" && item.ApplicationYears is not null);
            NotFor("veteranOuterLimitYears", id != "pathways-recent-graduate" && item.VeteranOuterLimitYears is not null);
            var lastDays = id == "skillbridge" ? Needed(item.LastDaysOfService, "lastDaysOfService", 1, 3650) : null;
            NotFor("lastDaysOfService", id != "skillbridge" && item.LastDaysOfService is not null);
            var reinstatement = id == "merit-promotion" ? Needed(item.ReinstatementYears, "reinstatementYears", 1, 50) : null;
            NotFor("reinstatementYears", id != "merit-promotion" && item.ReinstatementYears is not null);
            if (item.MaxGrade is { } maxGrade)
            {
                Range(c, maxGrade, 1, 15, KeyPath.Key(path, "maxGrade"));
            }

            var advisory = item.Advisory ?? false;
            if (!advisory && item.PreferenceApplies is null)
            {
                c.Error(KeyPath.Key(path, "preferenceApplies"), "missing required key 'preferenceApplies' (true or false; only an advisory path may leave it out)");
            }

            var evidenceList = item.Evidence?.ToArray() ?? [];
            for (var k = 0; k < evidenceList.Length; k++)
            {
                if (!evidenceIds.Contains(evidenceList[k]))
                {
                    c.Error(KeyPath.Item(KeyPath.Key(path, "evidence"), k), $"unknown evidence id '{evidenceList[k]}'; evidence.yaml lists every item");
                }
            }

            paths.Add(new PathDefinition(
                id,
                c.Required(item.Title, KeyPath.Key(path, "title")),
                item.PreferenceApplies,
                advisory,
                item.MaxGrade,
                citizenships,
                recently,
                disabledMin,
                continuous,
                minPercent,
                ratedFrom,
                application,
                outer,
                lastDays,
                reinstatement,
                evidenceList,
                c.Sources(item.Sources, KeyPath.Key(path, "sources")),
                item.Note));
        }

        var listed = paths.Select(x => x.Id).ToList();
        foreach (var missing in KnownPaths.Where(k => !listed.Contains(k)))
        {
            c.Error("$.paths", $"the path '{missing}' is missing; paths.yaml lists every path the evaluator decides");
        }

        foreach (var duplicate in listed.GroupBy(x => x, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            c.Error("$.paths", $"the path '{duplicate.Key}' is listed more than once");
        }

        return paths;
    }

    private IReadOnlyList<EvidenceDefinition> ReadEvidence(DataFile file, IReadOnlySet<string> known)
    {
        var dto = _yaml.Read<HiringEvidenceFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return [];
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var items = new List<EvidenceDefinition>();
        for (var i = 0; i < (dto.Evidence?.Count ?? 0); i++)
        {
            var item = dto.Evidence![i];
            var path = KeyPath.Item("$.evidence", i);
            var id = c.Id(item.Id, KeyPath.Key(path, "id"));
            if (items.Any(x => x.Id == id))
            {
                c.Error(KeyPath.Key(path, "id"), $"duplicate evidence id '{id}'");
            }

            items.Add(new EvidenceDefinition(id, c.Required(item.Title, KeyPath.Key(path, "title")), c.Texts(item.For, KeyPath.Key(path, "for")), c.Sources(item.Sources, KeyPath.Key(path, "sources"))));
        }

        return items;
    }

    /// <summary>Every id an evidence item proves must be a path, a preference category or <c>education</c>.</summary>
    private void CheckEvidenceTargets(DataFile file, IReadOnlyList<EvidenceDefinition> evidence, IReadOnlyList<PathDefinition> paths)
    {
        var targets = paths.Select(p => p.Id).Concat(Categories).Append("education").ToHashSet(StringComparer.Ordinal);
        foreach (var item in evidence)
        {
            foreach (var target in item.For.Where(t => !targets.Contains(t)))
            {
                _errors.Add(Problem.InFile(file.Path, 1, 1, $"evidence '{item.Id}' is for '{target}', which is not a path, a preference category or 'education'"));
            }
        }
    }

    private (IReadOnlyList<AuthorityDefinition>, IReadOnlyList<HiringPathCode>) ReadPostings(DataFile file, IReadOnlySet<string> known)
    {
        var dto = _yaml.Read<HiringPostingsFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return ([], []);
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var authorities = new List<AuthorityDefinition>();
        for (var i = 0; i < (dto.Authorities?.Count ?? 0); i++)
        {
            var item = dto.Authorities![i];
            var path = KeyPath.Item("$.authorities", i);
            var id = c.Id(item.Id, KeyPath.Key(path, "id"));
            if (id.Length > 0 && !KnownAuthorities.Contains(id))
            {
                c.Error(KeyPath.Key(path, "id"), $"unknown authority '{id}'; expected one of: {string.Join(", ", KnownAuthorities)}");
            }

            authorities.Add(new AuthorityDefinition(
                id,
                c.Required(item.Title, KeyPath.Key(path, "title")),
                c.Required(item.PreferenceApplies, KeyPath.Key(path, "preferenceApplies")),
                c.Texts(item.NumberMarkers, KeyPath.Key(path, "numberMarkers")),
                c.Texts(item.Phrases, KeyPath.Key(path, "phrases")),
                c.Sources(item.Sources, KeyPath.Key(path, "sources"))));
        }

        var codes = new List<HiringPathCode>();
        for (var i = 0; i < (dto.HiringPathCodes?.Count ?? 0); i++)
        {
            var item = dto.HiringPathCodes![i];
            var path = KeyPath.Item("$.hiringPathCodes", i);
            var code = c.Id(item.Code, KeyPath.Key(path, "code"));
            var opens = item.Opens?.ToArray() ?? [];
            for (var k = 0; k < opens.Length; k++)
            {
                if (!KnownPaths.Contains(opens[k]))
                {
                    c.Error(KeyPath.Item(KeyPath.Key(path, "opens"), k), $"unknown path '{opens[k]}'");
                }
            }

            codes.Add(new HiringPathCode(code, c.Required(item.Title, KeyPath.Key(path, "title")), opens, c.Sources(item.Sources, KeyPath.Key(path, "sources"))));
        }

        return (authorities, codes);
    }

    private static int Percent(MappingContext c, int? value, string path)
    {
        var percent = c.Required(value, path);
        Range(c, percent, 0, 100, path);
        return percent;
    }

    private static void Range(MappingContext c, int value, int min, int max, string path)
    {
        if (value < min || value > max)
        {
            c.Error(path, FormattableString.Invariant($"{value} is out of range; expected {min} to {max}"));
        }
    }
}
