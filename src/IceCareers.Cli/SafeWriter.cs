using System.Globalization;
using System.Text;

namespace IceCareers.Cli;

/// <summary>
/// The one way the CLI writes to the terminal: every character that could steer the terminal or reorder what it shows
/// (C0 and C1 control characters other than line feed and tab, DEL, and the bidirectional overrides, embeddings,
/// isolates and marks) is written as a visible escape such as <c>\u001B</c>, whatever its origin (keys, values, file
/// names, role ids, messages quoting them). Line breaks written as such pass through.
/// </summary>
internal sealed class SafeWriter(TextWriter inner) : TextWriter(CultureInfo.InvariantCulture)
{
    public override Encoding Encoding => inner.Encoding;

    /// <summary>Whether <paramref name="c"/> is written as an escape.</summary>
    public static bool IsUnsafe(char c) =>
        (c < 0x20 && c is not '\n' and not '\t')
        || c is >= '\u007F' and <= '\u009F'
        || c is '\u061C' or '\u200E' or '\u200F' or '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary><paramref name="text"/> with every unsafe character escaped (the same text when there is none).</summary>
    public static string Escape(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            Append(builder, c);
        }

        return builder.ToString();
    }

    public override void Write(char value)
    {
        if (IsUnsafe(value))
        {
            inner.Write(EscapeOf(value));
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(Escape(value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();

    private static void Append(StringBuilder builder, char c)
    {
        if (IsUnsafe(c))
        {
            builder.Append(EscapeOf(c));
        }
        else
        {
            builder.Append(c);
        }
    }

    private static string EscapeOf(char c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
}
