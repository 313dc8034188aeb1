using System.Globalization;
using IceCareers.Authoring.Yaml;
using IceCareers.Diagnostics;
using IceCareers.Provenance;

namespace IceCareers.Authoring;

/// <summary>The sources files (the catalog's and the pay data's): every source, its publisher, addresses and dates.</summary>
internal sealed partial class CatalogReader
{
    /// <summary>Reads a sources file (the catalog's or the pay data's), adding its problems to <paramref name="errors"/>.</summary>
    internal static IReadOnlyList<Source> ReadSourcesFile(DataFile file, List<Problem> errors)
    {
        var reader = new CatalogReader();
        var sources = reader.ReadSources(file);
        errors.AddRange(reader._errors);
        return sources;
    }

    private IReadOnlyList<Source> ReadSources(DataFile? file)
    {
        if (file is null)
        {
            _errors.Add(Problem.InFile("sources.yaml", 1, 1, "missing file: sources.yaml lists every source facts may cite"));
            return [];
        }

        var dto = _yaml.Read<SourcesFileDto>(file, _errors, out var positions);
        if (dto is null)
        {
            return [];
        }

        var context = new MappingContext(file.Path, positions, _errors, null);
        if (dto.Sources is null || dto.Sources.Count == 0)
        {
            context.Error("$.sources", "missing required key 'sources' (a non-empty list)");
            return [];
        }

        var result = new List<Source>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < dto.Sources.Count; i++)
        {
            var s = dto.Sources[i];
            var path = KeyPath.Item("$.sources", i);
            var id = context.Id(s.Id, KeyPath.Key(path, "id"));
            if (id.Length > 0 && !seen.TryAdd(id, path))
            {
                context.Error(KeyPath.Key(path, "id"), $"duplicate source id '{id}' (first at {seen[id]})");
            }

            var kind = context.Enum(s.Kind, KeyPath.Key(path, "kind"), ProvenanceWords.SourceKinds);
            if (s.Url is null && s.Via is null && kind is not (SourceKind.Seed or SourceKind.Editorial))
            {
                context.Error(KeyPath.Key(path, "url"), "missing required key 'url' or 'via' (only seed and editorial sources may omit both)");
            }

            CheckAddress(context, s.Url, KeyPath.Key(path, "url"));
            CheckAddress(context, s.Via, KeyPath.Key(path, "via"));
            if (s.Via is not null && (kind is SourceKind.Seed or SourceKind.Editorial))
            {
                context.Error(KeyPath.Key(path, "via"), "seed and editorial sources have no address to have been read at");
            }
            else if (s.Url is not null && s.Via is not null && SameHost(s.Url, s.Via))
            {
                context.Error(KeyPath.Key(path, "via"), "'via' is for a copy read on another site than the publisher's address in 'url'");
            }

            if (s.Published is not null && !IsPartialDate(s.Published))
            {
                context.Error(KeyPath.Key(path, "published"), $"'{s.Published}' is not YYYY, YYYY-MM or YYYY-MM-DD");
            }

            var confidence = context.Enum(s.Confidence, KeyPath.Key(path, "confidence"), ProvenanceWords.Confidences);
            if (kind == SourceKind.Editorial && confidence != Confidence.Low && s.Confidence is not null)
            {
                context.Error(KeyPath.Key(path, "confidence"), "editorial sources are always low confidence");
            }

            result.Add(new Source
            {
                Id = id,
                Title = context.Required(s.Title, KeyPath.Key(path, "title")),
                Publisher = context.Required(s.Publisher, KeyPath.Key(path, "publisher")),
                Url = s.Url,
                Via = s.Via,
                Citation = s.Citation,
                Kind = kind,
                Published = s.Published,
                Retrieved = context.Date(s.Retrieved, KeyPath.Key(path, "retrieved")),
                Confidence = confidence,
                Note = s.Note,
            });
        }

        return result;
    }

    private static void CheckAddress(MappingContext context, string? address, string path)
    {
        if (address is not null && !(Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is ("http" or "https")))
        {
            context.Error(path, $"'{address}' is not an absolute http(s) URL");
        }
    }

        private static bool SameHost(string url, string via) =>
        Uri.TryCreate(url, UriKind.Absolute, out var a) && Uri.TryCreate(via, UriKind.Absolute, out var b)
        && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase);

        private static bool IsPartialDate(string text) =>
        DateOnly.TryParseExact(text, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
