using System.Globalization;
using IceCareers.Authoring.Yaml;
using IceCareers.Diagnostics;
using IceCareers.Internal;
using IceCareers.Provenance;

namespace IceCareers.Authoring;

/// <summary>Checks and converts the values of one YAML document, reporting each problem at its key path's position.</summary>
internal sealed class MappingContext(string file, PositionIndex positions, ICollection<Problem> errors, IReadOnlySet<string>? knownSources)
{
    public string File { get; } = file;

    public void Error(string path, string message)
    {
        var (line, column) = positions.Find(path);
        errors.Add(Problem.InFile(File, line, column, $"{path}: {message}"));
    }

    public string Required(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(path, "missing required key '" + path[(path.LastIndexOf('.') + 1)..] + "'");
            return "";
        }

        return value;
    }

    public T Required<T>(T? value, string path)
        where T : struct
    {
        if (value is null)
        {
            Error(path, "missing required key '" + path[(path.LastIndexOf('.') + 1)..] + "'");
            return default;
        }

        return value.Value;
    }

    public bool Present<T>(T? value, string path)
        where T : class
    {
        if (value is null)
        {
            Error(path, "missing required key '" + path[(path.LastIndexOf('.') + 1)..] + "'");
            return false;
        }

        return true;
    }

    public string Id(string? value, string path)
    {
        var id = Required(value, path);
        if (id.Length > 0 && !IsId(id))
        {
            Error(path, $"'{id}' is not a valid id; ids are kebab-case: lowercase letters and digits joined by single dashes");
        }

        return id;
    }

    public static bool IsId(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-' || id.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    public T Enum<T>(string? word, string path, Words<T> words)
        where T : struct, System.Enum
    {
        var text = Required(word, path);
        if (text.Length == 0)
        {
            return default;
        }

        if (!words.TryParse(text, out var value))
        {
            Error(path, $"unknown value '{text}'; expected one of: {words.Allowed}");
        }

        return value;
    }

    public IReadOnlyList<T> Enums<T>(List<string>? items, string path, Words<T> words, bool required = true)
        where T : struct, System.Enum
    {
        if (items is null || items.Count == 0)
        {
            if (required)
            {
                Error(path, "missing required key '" + path[(path.LastIndexOf('.') + 1)..] + "' (a non-empty list)");
            }

            return [];
        }

        return items.Select((word, i) => Enum(word, KeyPath.Item(path, i), words)).ToArray();
    }

    public DateOnly? Date(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(path, $"'{text}' is not a date; write YYYY-MM-DD");
        return null;
    }

    public IReadOnlyList<string> Sources(List<string>? ids, string path, bool required = true)
    {
        if (ids is null || ids.Count == 0)
        {
            if (required)
            {
                Error(path, "missing required key 'sources' (a non-empty list of source ids)");
            }

            return [];
        }

        for (var i = 0; i < ids.Count; i++)
        {
            var itemPath = KeyPath.Item(path, i);
            if (string.IsNullOrWhiteSpace(ids[i]))
            {
                Error(itemPath, "empty source id");
            }
            else if (knownSources is not null && !knownSources.Contains(ids[i]))
            {
                Error(itemPath, $"unknown source id '{ids[i]}'; every source must be listed in sources.yaml");
            }
        }

        return ids.ToArray();
    }

    public IReadOnlyList<string> Texts(List<string>? items, string path)
    {
        if (items is null || items.Count == 0)
        {
            Error(path, "missing required key '" + path[(path.LastIndexOf('.') + 1)..] + "' (a non-empty list)");
            return [];
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i]))
            {
                Error(KeyPath.Item(path, i), "empty text");
            }
        }

        return items.ToArray();
    }

    public SourcedText SourcedText(SourcedTextDto? dto, string path) =>
        Present(dto, path)
            ? new SourcedText { Text = Required(dto!.Text, KeyPath.Key(path, "text")), Sources = Sources(dto.Sources, KeyPath.Key(path, "sources")) }
            : new SourcedText { Text = "", Sources = [] };

    public void NotAllowed(string path, string kind, params (string Key, bool IsSet)[] keys)
    {
        foreach (var (key, isSet) in keys)
        {
            if (isSet)
            {
                Error(KeyPath.Key(path, key), $"key '{key}' is not allowed for kind '{kind}'");
            }
        }
    }

    /// <summary>Maps a dated list and checks that its periods are well-formed and do not overlap.</summary>
    public Dated<T> Dated<TDto, T>(
        List<TDto>? items,
        string path,
        Func<TDto, string?> from,
        Func<TDto, string?> to,
        Func<TDto, List<string>?> sources,
        Func<TDto, string?> note,
        Func<TDto, string, T> value)
    {
        var periods = new List<DatedValue<T>>();
        if (items is null || items.Count == 0)
        {
            Error(path, "missing required key '" + path[(path.LastIndexOf('.') + 1)..] + "' (a non-empty list of dated values)");
            return new Dated<T> { Periods = periods };
        }

        var paths = new List<string>();
        var readable = new List<bool>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemPath = KeyPath.Item(path, i);
            var start = Date(from(item), KeyPath.Key(itemPath, "from"));
            var end = Date(to(item), KeyPath.Key(itemPath, "to"));
            var datesRead = (from(item) is null || start is not null) && (to(item) is null || end is not null);
            if (start is { } s && end is { } e && s > e)
            {
                Error(KeyPath.Key(itemPath, "to"), $"'to' ({e:yyyy-MM-dd}) is before 'from' ({s:yyyy-MM-dd})");
            }

            var effective = new Effective(start, end);
            periods.Add(new DatedValue<T>
            {
                Effective = effective,
                Value = value(item, KeyPath.Key(itemPath, "value")),
                Sources = Sources(sources(item), KeyPath.Key(itemPath, "sources")),
                Note = note(item),
            });
            paths.Add(itemPath);
            readable.Add(datesRead);
        }

        ReportOverlaps(periods, paths, readable);
        return new Dated<T> { Periods = periods };
    }

    /// <summary>
    /// Reports overlapping periods in one sweep over the periods sorted by start: each period is compared with the one
    /// reaching furthest among those before it, so that n periods give at most n messages (not one per pair).
    /// </summary>
    private void ReportOverlaps<T>(List<DatedValue<T>> periods, List<string> paths, List<bool> readable)
    {
        var order = new List<int>(periods.Count);
        for (var i = 0; i < periods.Count; i++)
        {
            if (readable[i])
            {
                order.Add(i);
            }
        }

        order.Sort((a, b) =>
        {
            var byStart = (periods[a].Effective.From ?? DateOnly.MinValue).CompareTo(periods[b].Effective.From ?? DateOnly.MinValue);
            return byStart != 0 ? byStart : a.CompareTo(b);
        });
        var reach = -1;
        foreach (var i in order)
        {
            var effective = periods[i].Effective;
            if (reach >= 0 && periods[reach].Effective.Overlaps(effective))
            {
                // Named on the later of the two in the file, as a reader fixes the file from the top.
                var (later, earlier) = i > reach ? (i, reach) : (reach, i);
                Error(paths[later], $"period {periods[later].Effective} overlaps period {periods[earlier].Effective} at {paths[earlier]}");
            }

            if (reach < 0 || (periods[reach].Effective.To is { } reachTo && (effective.To is not { } to || to > reachTo)))
            {
                reach = i;
            }
        }
    }
}
