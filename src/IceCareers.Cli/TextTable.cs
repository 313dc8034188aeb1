namespace IceCareers.Cli;

/// <summary>
/// A plain-text table: each column as wide as its widest cell (up to its limit), the last column taking the rest of
/// the width, and long cells wrapped inside their column. Plain text stays readable when piped, diffed or pasted.
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private readonly string[] _headers;
    private readonly int[] _limits;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table; a header may end with <c>:N</c> to cap that column at N characters.</summary>
    public TextTable(params string[] headers)
    {
        _headers = new string[headers.Length];
        _limits = new int[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            var colon = headers[i].LastIndexOf(':');
            _headers[i] = colon < 0 ? headers[i] : headers[i][..colon];
            _limits[i] = colon < 0 ? int.MaxValue : int.Parse(headers[i].AsSpan(colon + 1), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>When false, the last column is never wrapped (for short, list-like tables).</summary>
    public bool WrapLast { get; init; } = true;

    public TextTable Add(params string?[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"expected {_headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells.Select(c => c ?? "").ToArray());
        return this;
    }

    public void Write(TextWriter writer, string indent = "", int width = Text.Width)
    {
        var last = _headers.Length - 1;
        var widths = new int[_headers.Length];
        for (var i = 0; i < _headers.Length; i++)
        {
            var natural = Math.Max(_headers[i].Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length));
            widths[i] = Math.Min(natural, Math.Max(_limits[i], _headers[i].Length));
        }

        var leading = indent.Length + widths.Take(last).Sum(w => w + Gap.Length);
        widths[last] = WrapLast ? Math.Min(widths[last], Math.Max(30, width - leading)) : int.MaxValue;
        WriteRow(writer, indent, _headers, widths);
        WriteRow(writer, indent, widths.Select((w, i) => new string('-', i == last ? Math.Min(w, Math.Max(_headers[i].Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))) : w)).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteRow(writer, indent, row, widths);
        }
    }

    private static void WriteRow(TextWriter writer, string indent, string[] cells, int[] widths)
    {
        var wrapped = cells.Select((c, i) => Text.Wrap(c, widths[i])).ToArray();
        var height = wrapped.Max(w => w.Count);
        for (var line = 0; line < height; line++)
        {
            var text = indent + string.Join(Gap, wrapped.Select((w, i) =>
            {
                var part = line < w.Count ? w[line] : "";
                return i == cells.Length - 1 ? part : part.PadRight(widths[i]);
            }));
            writer.WriteLine(text.TrimEnd());
        }
    }
}
