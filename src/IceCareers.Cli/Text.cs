using System.Globalization;
using System.Text;

namespace IceCareers.Cli;

/// <summary>Small text helpers for the human-readable output.</summary>
internal static class Text
{
    /// <summary>The width when the output is not a terminal and <c>COLUMNS</c> is not set.</summary>
    public const int DefaultWidth = 80;

    /// <summary>The narrowest width the CLI lays out for (a narrower terminal gets this width).</summary>
    public const int MinWidth = 40;

    /// <summary>Below this width, tables that do not fit become "key: value" blocks.</summary>
    public const int BlockWidth = 90;

    private static readonly AsyncLocal<int> CurrentWidth = new();

    /// <summary>The width the tables and paragraphs are laid out for: the running command's (<see cref="Use"/>), else 80.</summary>
    public static int Width => CurrentWidth.Value > 0 ? CurrentWidth.Value : DefaultWidth;

    /// <summary>Lays out what runs on this flow for <paramref name="width"/> columns (at least <see cref="MinWidth"/>).</summary>
    public static void Use(int width) => CurrentWidth.Value = Math.Max(MinWidth, width);

    /// <summary>
    /// The terminal's width: <c>COLUMNS</c> when it holds a number, else the console window's width when the output is a
    /// terminal, else <see cref="DefaultWidth"/> (80).
    /// </summary>
    public static int Terminal()
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return columns;
        }

        if (!Console.IsOutputRedirected)
        {
            try
            {
                var window = Console.WindowWidth;
                if (window > 0)
                {
                    return window;
                }
            }
            catch (Exception e) when (e is IOException or PlatformNotSupportedException or InvalidOperationException)
            {
                // No console to ask: the default below.
            }
        }

        return DefaultWidth;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><c>NeedsReview</c> → <c>needs review</c>: an enum word for people.</summary>
    public static string Words<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                builder.Append(' ');
            }

            builder.Append(i == 0 ? c : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Words wrapped to <paramref name="width"/> columns; a word longer than the width (a URL) is cut at the width.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var whole in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = whole;
                while (word.Length > width && width > 0)
                {
                    if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    lines.Add(word[..width]);
                    word = word[width..];
                }

                if (word.Length == 0)
                {
                    continue;
                }

                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(word);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Writes a paragraph wrapped to the width, every line indented.</summary>
    public static void Paragraph(TextWriter writer, string text, string indent = "", string? firstIndent = null)
    {
        var lines = Wrap(text, Width - Math.Max(indent.Length, (firstIndent ?? indent).Length));
        for (var i = 0; i < lines.Count; i++)
        {
            writer.WriteLine((i == 0 ? firstIndent ?? indent : indent) + lines[i]);
        }
    }

    /// <summary>Writes <c>key: value</c>, the value wrapped under itself with a hanging indent.</summary>
    public static void KeyValue(TextWriter writer, string key, string value, string indent = "") =>
        Paragraph(writer, $"{key}: {value}", indent + "    ", indent);

    /// <summary>A rule of <c>=</c> across the width.</summary>
    public static string Rule => new('=', Width);

    /// <summary>Writes a bulleted item, wrapped with a hanging indent.</summary>
    public static void Bullet(TextWriter writer, string text, string indent = "  ") =>
        Paragraph(writer, text, indent + "  ", indent + "- ");

    /// <summary>One line for one problem: line breaks and tabs inside a message become spaces.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
