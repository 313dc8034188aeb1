using System.Globalization;
using IceCareers.Provenance;

namespace IceCareers.Cli;

/// <summary>
/// The sources a view cites, numbered in first-cited order: the text cites <c>[1,4]</c> and the numbered
/// table at the end gives each source's title, publisher, address (and "via" the copy that was read, when the
/// publisher's own address is not where it was read), id and confidence.
/// </summary>
internal sealed class SourceList(CareerCatalog catalog)
{
    private readonly List<string> _ids = [];

    public SourceList Add(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            if (!_ids.Contains(id))
            {
                _ids.Add(id);
            }
        }

        return this;
    }

    /// <summary>Adds the sources and gives their citation, e.g. <c>[1,4]</c> (no spaces, so wrapping never splits it); empty when there are none.</summary>
    public string Cite(IEnumerable<string> ids)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToArray();
        Add(list);
        return list.Length == 0
            ? ""
            : "[" + string.Join(",", list.Select(id => _ids.IndexOf(id) + 1).Order().Select(n => n.ToString(CultureInfo.InvariantCulture))) + "]";
    }

    public void Write(TextWriter output)
    {
        if (_ids.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Sources");
        var table = new TextTable("#", "CONFIDENCE", "SOURCE");
        for (var i = 0; i < _ids.Count; i++)
        {
            var id = _ids[i];
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (catalog.TryGetSource(id, out var source))
            {
                table.Add(number, Text.Words(source.Confidence).ToLowerInvariant(), Describe(source));
            }
            else
            {
                table.Add(number, "", $"{id} (not in the catalog)");
            }
        }

        table.Write(output, "  ");
    }

    private static string Describe(Source source)
    {
        var text = $"{source.Title} — {source.Publisher}.";
        if (source.Url is { } url)
        {
            text += " " + url;
        }

        if (source.Via is { } via)
        {
            text += " via " + via;
        }

        return $"{text} ({source.Id})";
    }
}
