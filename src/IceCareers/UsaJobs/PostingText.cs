using System.Globalization;
using System.Text;

namespace IceCareers.UsaJobs;

/// <summary>
/// How a posting's texts are made safe to show: a single-line field (a title, a number, a name) stays on one line
/// whatever it holds, so no posting can forge a line of a report; a paragraph field keeps its line breaks (as \n) and
/// nothing else that moves the cursor. Direction overrides, which can make text read other than it is, are dropped.
/// </summary>
internal static class PostingText
{
    /// <summary>The text with every run of line breaks, paragraph separators and control characters (with the spaces around them) as one space.</summary>
    public static string OneLine(string text)
    {
        if (!NeedsWork(text, keepNewlines: false))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (IsDirectionOverride(c))
            {
                continue;
            }

            if (IsBreakOrControl(c) || (c == ' ' && gap))
            {
                gap = true;
                continue;
            }

            if (gap)
            {
                if (result.Length > 0 && result[^1] != ' ')
                {
                    result.Append(' ');
                }

                gap = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>The text with its line breaks (CR LF, CR, NEL, line and paragraph separators) as \n and other control characters as spaces.</summary>
    public static string Paragraphs(string text)
    {
        if (!NeedsWork(text, keepNewlines: true))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDirectionOverride(c))
            {
                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            result.Append(c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' ? '\n' : IsBreakOrControl(c) ? ' ' : c);
        }

        return result.ToString();
    }

    private static bool NeedsWork(string text, bool keepNewlines)
    {
        foreach (var c in text)
        {
            if (IsDirectionOverride(c) || (IsBreakOrControl(c) && !(keepNewlines && c == '\n')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsBreakOrControl(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static bool IsDirectionOverride(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
