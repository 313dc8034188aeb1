using System.Globalization;
using System.Text;

namespace IceCareers.Cli;

/// <summary>Small text helpers for the human-readable output.</summary>
internal static class Text
{
    /// <summary>The width the tables and paragraphs are laid out for.</summary>
    public const int Width = 100;

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

    /// <summary>Words wrapped to <paramref name="width"/> columns; a word longer than the width (a URL) stays whole.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
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
        var lines = Wrap(text, Width - indent.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            writer.WriteLine((i == 0 ? firstIndent ?? indent : indent) + lines[i]);
        }
    }

    /// <summary>Writes a bulleted item, wrapped with a hanging indent.</summary>
    public static void Bullet(TextWriter writer, string text, string indent = "  ") =>
        Paragraph(writer, text, indent + "  ", indent + "- ");

    /// <summary>One line for one problem: line breaks and tabs inside a message become spaces.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
