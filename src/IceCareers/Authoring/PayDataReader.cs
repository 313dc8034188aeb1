using System.Globalization;
using IceCareers.Authoring.Yaml;
using IceCareers.Compiled;
using IceCareers.Compensation;
using IceCareers.Diagnostics;
using IceCareers.Internal;
using IceCareers.Roles;

using IceCareers.Provenance;
namespace IceCareers.Authoring;

/// <summary>Reads data/pay/ (sources, schedules, localities, premiums) into <see cref="PayData"/>, reporting every problem.</summary>
internal sealed class PayDataReader
{
    public const string Folder = "pay/";
    private static readonly string[] FileNames = ["sources.yaml", "schedules.yaml", "localities.yaml", "premiums.yaml", "careers.yaml"];

    /// <summary>Pay files a data directory may leave out.</summary>
    private static readonly string[] OptionalFileNames = ["duty-stations.yaml"];

    private readonly YamlDocumentReader _yaml = new();
    private readonly List<Problem> _errors = [];

    /// <summary>Reads the pay files among <paramref name="files"/>; an empty set gives <see cref="PayData.Empty"/>.</summary>
    /// <exception cref="ProblemException">Any problem, all listed.</exception>
    public static PayData Read(IEnumerable<DataFile> files, CatalogContent catalog)
    {
        var reader = new PayDataReader();
        var data = reader.ReadAll(files.Where(f => f.Path.StartsWith(Folder, StringComparison.Ordinal)).ToArray(), catalog);
        if (reader._errors.Count > 0)
        {
            throw new ProblemException(reader._errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column));
        }

        return data;
    }

    private PayData ReadAll(IReadOnlyList<DataFile> files, CatalogContent catalog)
    {
        if (files.Count == 0)
        {
            return PayData.Empty;
        }

        var byName = new Dictionary<string, DataFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = file.Path[Folder.Length..];
            if (!FileNames.Contains(name) && !OptionalFileNames.Contains(name))
            {
                _errors.Add(Problem.InFile(file.Path, 1, 1, "unexpected pay data file; pay/ holds " + string.Join(", ", FileNames.Concat(OptionalFileNames))));
            }
            else
            {
                byName[name] = file;
            }
        }

        foreach (var name in FileNames.Where(n => !byName.ContainsKey(n)))
        {
            _errors.Add(Problem.InFile(Folder + name, 1, 1, "missing pay data file"));
        }

        var sources = byName.TryGetValue("sources.yaml", out var sourcesFile) ? CatalogReader.ReadSourcesFile(sourcesFile, _errors) : [];
        var known = catalog.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (!known.Add(source.Id))
            {
                _errors.Add(Problem.InFile(Folder + "sources.yaml", 1, 1, $"source id '{source.Id}' is also defined in sources.yaml"));
            }
        }

        var (schedules, caps) = byName.TryGetValue("schedules.yaml", out var s) ? ReadSchedules(s, known) : ([], []);
        var (areas, special) = byName.TryGetValue("localities.yaml", out var l) ? ReadLocalities(l, known) : ([], []);
        var (premiums, incentives) = byName.TryGetValue("premiums.yaml", out var p) ? ReadPremiums(p, known, catalog) : ([], []);
        var careers = byName.TryGetValue("careers.yaml", out var k) ? ReadCareers(k, known, catalog) : null;
        var stations = byName.TryGetValue("duty-stations.yaml", out var d) ? ReadStations(d, known, areas) : [];
        return new PayData(sources, schedules, caps, areas, special, premiums, incentives, careers, stations);
    }

    private (IReadOnlyList<PaySchedule>, IReadOnlyList<PayCap>) ReadSchedules(DataFile file, IReadOnlySet<string> known)
    {
        var dto = _yaml.Read<PaySchedulesFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return ([], []);
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var schedules = new List<PaySchedule>();
        for (var i = 0; i < (dto.Schedules?.Count ?? 0); i++)
        {
            var item = dto.Schedules![i];
            var path = KeyPath.Item("$.schedules", i);
            var plan = c.Required(item.Plan, KeyPath.Key(path, "plan")) switch
            {
                "GS" => PayPlan.GS,
                "GL" => PayPlan.GL,
                "" => PayPlan.GS,
                var other => Bad(c, KeyPath.Key(path, "plan"), $"'{other}' is not GS or GL", PayPlan.GS),
            };
            var year = c.Required(item.Year, KeyPath.Key(path, "year"));
            var first = c.Required(item.FirstGrade, KeyPath.Key(path, "firstGrade"));
            var rows = new List<IReadOnlyList<int>>();
            var rowsPath = KeyPath.Key(path, "rows");
            if (item.Rows is null || item.Rows.Count == 0)
            {
                c.Error(rowsPath, "missing required key 'rows' (one list of ten annual rates per grade)");
            }
            else
            {
                for (var g = 0; g < item.Rows.Count; g++)
                {
                    var row = item.Rows[g];
                    if (row.Count != 10 || row.Any(v => v <= 0))
                    {
                        c.Error(KeyPath.Item(rowsPath, g), "a row holds exactly ten positive annual rates, steps 1 to 10");
                    }
                    else if (row.Zip(row.Skip(1)).Any(pair => pair.Second < pair.First))
                    {
                        c.Error(KeyPath.Item(rowsPath, g), "the rates of a row must not fall from one step to the next");
                    }

                    rows.Add(Frozen.List(row));
                }
            }

            if (first < 1 || first + rows.Count - 1 > 15)
            {
                c.Error(KeyPath.Key(path, "firstGrade"), "grades run from 1 to 15");
            }

            if (schedules.Any(x => x.Plan == plan && x.Year == year))
            {
                c.Error(path, string.Create(CultureInfo.InvariantCulture, $"a second {plan} table for {year}"));
            }

            schedules.Add(new PaySchedule(plan, year, first, Frozen.List(rows), c.Sources(item.Sources, KeyPath.Key(path, "sources")), item.Derived));
        }

        var caps = new List<PayCap>();
        for (var i = 0; i < (dto.Caps?.Count ?? 0); i++)
        {
            var item = dto.Caps![i];
            var path = KeyPath.Item("$.caps", i);
            var year = c.Required(item.Year, KeyPath.Key(path, "year"));
            if (caps.Any(x => x.Year == year))
            {
                c.Error(path, string.Create(CultureInfo.InvariantCulture, $"a second cap for {year}"));
            }

            caps.Add(new PayCap(year, c.Required(item.Amount, KeyPath.Key(path, "amount")), c.Sources(item.Sources, KeyPath.Key(path, "sources"))));
        }

        foreach (var year in schedules.Select(x => x.Year).Distinct().Where(y => caps.All(x => x.Year != y)))
        {
            c.Error("$.caps", string.Create(CultureInfo.InvariantCulture, $"no pay cap for {year}, which has a pay table"));
        }

        return (schedules, caps);
    }

    private (IReadOnlyList<LocalityArea>, IReadOnlyList<SpecialRate>) ReadLocalities(DataFile file, IReadOnlySet<string> known)
    {
        var dto = _yaml.Read<PayLocalitiesFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return ([], []);
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var areas = new List<LocalityArea>();
        for (var i = 0; i < (dto.Areas?.Count ?? 0); i++)
        {
            var item = dto.Areas![i];
            var path = KeyPath.Item("$.areas", i);
            var name = c.Required(item.Name, KeyPath.Key(path, "name"));
            if (areas.Any(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                c.Error(KeyPath.Key(path, "name"), $"area '{name}' is listed twice");
            }

            if (item.Percent is < 0 or > 100)
            {
                c.Error(KeyPath.Key(path, "percent"), "a locality payment is a percentage from 0 to 100");
            }

            if (item.Percent is not null && (item.Years is null || item.Years.Count == 0))
            {
                c.Error(KeyPath.Key(path, "years"), "missing required key 'years' (the years the percentage holds for)");
            }

            areas.Add(new LocalityArea(name, item.Percent, Frozen.List(item.Years), c.Sources(item.Sources, KeyPath.Key(path, "sources"))));
        }

        var special = new List<SpecialRate>();
        for (var i = 0; i < (dto.SpecialRates?.Count ?? 0); i++)
        {
            var item = dto.SpecialRates![i];
            var path = KeyPath.Item("$.specialRates", i);
            var area = c.Required(item.Area, KeyPath.Key(path, "area"));
            if (area.Length > 0 && !areas.Any(a => a.Name == area))
            {
                c.Error(KeyPath.Key(path, "area"), $"unknown area '{area}'; list it under areas first");
            }

            special.Add(new SpecialRate(
                c.Required(item.Table, KeyPath.Key(path, "table")),
                area,
                c.Required(item.Year, KeyPath.Key(path, "year")),
                c.Required(item.Supplement, KeyPath.Key(path, "supplement")),
                c.Texts(item.Series, KeyPath.Key(path, "series")),
                c.Sources(item.Sources, KeyPath.Key(path, "sources"))));
        }

        return (areas, special);
    }

    private (IReadOnlyList<PremiumRule>, IReadOnlyList<PayIncentive>) ReadPremiums(DataFile file, IReadOnlySet<string> known, CatalogContent catalog)
    {
        var dto = _yaml.Read<PayPremiumsFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return ([], []);
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var premiums = new List<PremiumRule>();
        for (var i = 0; i < (dto.Premiums?.Count ?? 0); i++)
        {
            var item = dto.Premiums![i];
            var path = KeyPath.Item("$.premiums", i);
            var role = RoleId(c, catalog, item.Role, KeyPath.Key(path, "role"));
            if (premiums.Any(x => x.RoleId == role))
            {
                c.Error(KeyPath.Key(path, "role"), $"role '{role}' has a second premium");
            }

            var kind = c.Required(item.Kind, KeyPath.Key(path, "kind")) switch
            {
                "leap" => PremiumKind.Leap,
                "auo" => PremiumKind.Auo,
                "" => PremiumKind.None,
                var other => Bad(c, KeyPath.Key(path, "kind"), $"'{other}' is not leap or auo", PremiumKind.None),
            };
            var min = c.Required(item.MinPercent, KeyPath.Key(path, "minPercent"));
            var max = c.Required(item.MaxPercent, KeyPath.Key(path, "maxPercent"));
            if (min < 0 || max > 100 || min > max)
            {
                c.Error(KeyPath.Key(path, "maxPercent"), "percentages run from 0 to 100 and minPercent may not exceed maxPercent");
            }

            premiums.Add(new PremiumRule(role, kind, min, max, c.Sources(item.Sources, KeyPath.Key(path, "sources")), item.Note));
        }

        var incentives = new List<PayIncentive>();
        for (var i = 0; i < (dto.Incentives?.Count ?? 0); i++)
        {
            var item = dto.Incentives![i];
            var path = KeyPath.Item("$.incentives", i);
            var roles = c.Texts(item.Roles, KeyPath.Key(path, "roles"));
            for (var r = 0; r < roles.Count; r++)
            {
                RoleId(c, catalog, roles[r], KeyPath.Item(KeyPath.Key(path, "roles"), r));
            }

            var from = c.Date(c.Required(item.From, KeyPath.Key(path, "from")), KeyPath.Key(path, "from")) ?? default;
            var to = c.Date(item.To, KeyPath.Key(path, "to"));
            if (to < from)
            {
                c.Error(KeyPath.Key(path, "to"), "'to' is before 'from'");
            }

            incentives.Add(new PayIncentive
            {
                Id = c.Id(item.Id, KeyPath.Key(path, "id")),
                Text = c.Required(item.Text, KeyPath.Key(path, "text")),
                RoleIds = roles,
                MaxAmount = item.MaxAmount,
                From = from,
                To = to,
                ServiceAgreementMonths = item.ServiceAgreementMonths,
                Confidence = c.Enum(item.Confidence, KeyPath.Key(path, "confidence"), ProvenanceWords.Confidences),
                Sources = c.Sources(item.Sources, KeyPath.Key(path, "sources")),
                Note = item.Note,
            });
        }

        return (premiums, incentives);
    }

    private CareerRules? ReadCareers(DataFile file, IReadOnlySet<string> known, CatalogContent catalog)
    {
        var dto = _yaml.Read<PayCareersFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return null;
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var wgi = dto.WithinGrade;
        var weeks = wgi?.Weeks ?? [];
        if (weeks.Count != 9 || weeks.Any(w => w <= 0))
        {
            c.Error("$.withinGrade.weeks", "nine positive waiting periods in weeks, for steps 1 to 9");
        }

        var ladders = new Dictionary<string, CareerLadder>(StringComparer.Ordinal);
        for (var i = 0; i < (dto.Ladders?.Count ?? 0); i++)
        {
            var item = dto.Ladders![i];
            var path = KeyPath.Item("$.ladders", i);
            var role = RoleId(c, catalog, item.Role, KeyPath.Key(path, "role"));
            var grades = new List<PayGrade>();
            var texts = c.Texts(item.Grades, KeyPath.Key(path, "grades"));
            for (var g = 0; g < texts.Count; g++)
            {
                if (PayGrade.TryParse(texts[g], out var grade))
                {
                    grades.Add(grade);
                }
                else
                {
                    c.Error(KeyPath.Item(KeyPath.Key(path, "grades"), g), $"'{texts[g]}' is not a grade (GS-N or GL-N)");
                }
            }

            if (grades.Zip(grades.Skip(1)).Any(pair => pair.Second.Grade <= pair.First.Grade))
            {
                c.Error(KeyPath.Key(path, "grades"), "a ladder's grades must rise");
            }

            if (catalog.RolesById.TryGetValue(role, out var known2) && grades.Count > 0 && grades[^1] != known2.Grades.FullPerformance)
            {
                c.Error(KeyPath.Key(path, "grades"), $"the ladder must end at the role's full-performance grade {known2.Grades.FullPerformance}");
            }

            if (!ladders.TryAdd(role, new CareerLadder(Frozen.List(grades), c.Sources(item.Sources, KeyPath.Key(path, "sources")))))
            {
                c.Error(KeyPath.Key(path, "role"), $"role '{role}' has a second ladder");
            }
        }

        var leo = dto.LeoRetirement;
        var immediate = new List<(int?, int)>();
        var roles = new HashSet<string>(StringComparer.Ordinal);
        if (c.Present(leo, "$.leoRetirement"))
        {
            var roleTexts = c.Texts(leo!.Roles, "$.leoRetirement.roles");
            for (var r = 0; r < roleTexts.Count; r++)
            {
                roles.Add(RoleId(c, catalog, roleTexts[r], KeyPath.Item("$.leoRetirement.roles", r)));
            }

            for (var i = 0; i < (leo.Immediate?.Count ?? 0); i++)
            {
                immediate.Add((leo.Immediate![i].Age, c.Required(leo.Immediate[i].Years, KeyPath.Key(KeyPath.Item("$.leoRetirement.immediate", i), "years"))));
            }
        }

        return new CareerRules(
            Frozen.List(weeks),
            c.Sources(wgi?.Sources, "$.withinGrade.sources"),
            c.Required(dto.TimeInGrade?.Weeks, "$.timeInGrade.weeks"),
            c.Sources(dto.TimeInGrade?.Sources, "$.timeInGrade.sources"),
            c.Required(dto.Probation?.Months, "$.probation.months"),
            c.Sources(dto.Probation?.Sources, "$.probation.sources"),
            ladders,
            new LeoRetirementRules(
                roles,
                Frozen.List(immediate),
                c.Required(leo?.MandatorySeparation?.Age, "$.leoRetirement.mandatorySeparation.age"),
                c.Required(leo?.MandatorySeparation?.Years, "$.leoRetirement.mandatorySeparation.years"),
                leo?.AgeReachedDayBeforeBirthday ?? false,
                c.Sources(leo?.Sources, "$.leoRetirement.sources")));
    }

    private IReadOnlyList<DutyStation> ReadStations(DataFile file, IReadOnlySet<string> known, IReadOnlyList<LocalityArea> areas)
    {
        var dto = _yaml.Read<PayDutyStationsFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return [];
        }

        var c = new MappingContext(file.Path, positions, _errors, known);
        var stations = new List<DutyStation>();
        for (var i = 0; i < (dto.Stations?.Count ?? 0); i++)
        {
            var item = dto.Stations![i];
            var path = KeyPath.Item("$.stations", i);
            var directorate = c.Enum(item.Directorate, KeyPath.Key(path, "directorate"), RoleWords.Directorates);
            var city = c.Required(item.City, KeyPath.Key(path, "city"));
            if (city.Length > 0 && stations.Any(s => string.Equals(s.City, city, StringComparison.OrdinalIgnoreCase) && s.Directorate == directorate))
            {
                c.Error(KeyPath.Key(path, "city"), $"city '{city}' is listed twice for the same directorate");
            }

            if (item.State is not null && (item.State.Length != 2 || !item.State.All(char.IsAsciiLetterUpper)))
            {
                c.Error(KeyPath.Key(path, "state"), $"'{item.State}' is not a two-letter state code");
            }

            if (item.Area is not null && !areas.Any(a => a.Name == item.Area))
            {
                c.Error(KeyPath.Key(path, "area"), $"unknown locality pay area '{item.Area}'; list it in localities.yaml first");
            }

            stations.Add(new DutyStation
            {
                Directorate = directorate,
                Office = c.Required(item.Office, KeyPath.Key(path, "office")),
                City = city,
                State = item.State,
                LocalityArea = item.Area,
                Sources = c.Sources(item.Sources, KeyPath.Key(path, "sources")),
                Note = item.Note,
            });
        }

        return stations;
    }

    private static string RoleId(MappingContext c, CatalogContent catalog, string? id, string path)
    {
        var role = c.Required(id, path);
        if (role.Length > 0 && !catalog.RolesById.ContainsKey(role))
        {
            c.Error(path, $"unknown role id '{role}'; known: {string.Join(", ", catalog.Roles.Select(r => r.Id))}");
        }

        return role;
    }

    private static T Bad<T>(MappingContext c, string path, string message, T fallback)
    {
        c.Error(path, message);
        return fallback;
    }
}
