namespace IceCareers.Cli;

/// <summary>
/// A plain-text table: each column as wide as its widest cell (up to its limit), the last column taking the rest of
/// the width, and long cells wrapped inside their column; below 90 columns a table that does not fit becomes blocks. Plain text stays readable when piped, diffed or pasted.
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

    public TextTable Add(params string?[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"expected {_headers.Length} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells.Select(c => c ?? "").ToArray());
        return this;
    }

    /// <summary>
    /// Writes the table for <paramref name="width"/> columns (default the running command's width). When it does not fit
    /// and the width is below <see cref="Text.BlockWidth"/>, each row is written as a block of "key: value" lines instead.
    /// </summary>
    /// <param name="writer">Where the table goes.</param>
    /// <param name="indent">What each line starts with.</param>
    /// <param name="width">The columns to fit (default the running command's width).</param>
    /// <param name="lastColumn">
    /// The narrowest the last column may be before the table becomes blocks (30 by default; a column of short names
    /// wraps well narrower, and stays a table at 80 columns).
    /// </param>
    public void Write(TextWriter writer, string indent = "", int? width = null, int? lastColumn = null)
    {
        var columns = width ?? Text.Width;
        var narrowest = lastColumn ?? 30;
        var leading = indent.Length + _headers.Take(_headers.Length - 1).Select((h, i) => Math.Min(Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length)), Math.Max(_limits[i], h.Length)) + Gap.Length).Sum();
        if (NaturalWidth(indent) > columns && ((columns < Text.BlockWidth && lastColumn is null) || leading + narrowest > columns))
        {
            WriteBlocks(writer, indent);
            return;
        }

        WriteTable(writer, indent, columns, narrowest);
    }

    /// <summary>How wide the table is with no cell wrapped.</summary>
    private int NaturalWidth(string indent) =>
        indent.Length + _headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).Sum() + (Gap.Length * (_headers.Length - 1));

    /// <summary>
    /// One block a row: the first cell on its own line (after "key:" unless the first column has no header or is a number
    /// column), then each other cell as "key: value", wrapped with a hanging indent; a blank line between blocks.
    /// </summary>
    private void WriteBlocks(TextWriter writer, string indent)
    {
        for (var r = 0; r < _rows.Count; r++)
        {
            var row = _rows[r];
            if (r > 0)
            {
                writer.WriteLine();
            }

            var first = _headers[0];
            var inner = indent;
            if (first.Length == 0 && _headers.Length == 2)
            {
                Text.KeyValue(writer, row[0], row[1], indent);
                continue;
            }

            if (first.Length == 0 || first == "#")
            {
                Text.Paragraph(writer, first == "#" ? row[0] + "." : row[0], indent + "  ", indent);
                inner = indent + "  ";
            }
            else
            {
                Text.KeyValue(writer, Key(first), row[0], indent);
                inner = indent + "  ";
            }

            for (var i = 1; i < _headers.Length; i++)
            {
                if (row[i].Length > 0)
                {
                    Text.KeyValue(writer, Key(_headers[i]), row[i], inner);
                }
            }
        }
    }

    /// <summary><c>WHAT IS CHECKED</c> → <c>What is checked</c>, <c>ROLE-ID</c> → <c>Role id</c>.</summary>
    private static string Key(string header)
    {
        var words = header.Replace('-', ' ').ToLowerInvariant();
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private void WriteTable(TextWriter writer, string indent, int width, int narrowest)
    {
        var last = _headers.Length - 1;
        var widths = new int[_headers.Length];
        for (var i = 0; i < _headers.Length; i++)
        {
            var natural = Math.Max(_headers[i].Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length));
            widths[i] = Math.Min(natural, Math.Max(_limits[i], _headers[i].Length));
        }

        var leading = indent.Length + widths.Take(last).Sum(w => w + Gap.Length);
        widths[last] = Math.Min(widths[last], Math.Max(narrowest, width - leading));
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
