using System.Globalization;
using System.Text.Json;

namespace IceCareers.Internal;

/// <summary>
/// What the JSON readers of untrusted documents (profiles, USAJOBS postings) share: reading a string that may hold an
/// escape of half a character, and saying what is wrong with malformed JSON in a person's words rather than the
/// framework's (no type names, no reader options, no "isFinalBlock").
/// </summary>
internal static class JsonText
{
    /// <summary>The problem of a string holding <c>"\ud800"</c> and the like, in words.</summary>
    public const string LoneSurrogate =
        "the text holds an escape of half a character (a lone surrogate such as \\ud800, not followed or preceded by its other half); write whole characters";

    /// <summary>
    /// The string (or property name) the reader is on; <see langword="false"/> when it holds a lone surrogate escape,
    /// which the framework refuses with <see cref="InvalidOperationException"/> on reading.
    /// </summary>
    public static bool TryGetString(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString() ?? "";
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>What is wrong with malformed JSON, from the reader's exception, in our words (never the framework's).</summary>
    /// <param name="e">The reader's exception.</param>
    /// <param name="maxDepth">The nesting limit the reader was given.</param>
    public static string Describe(JsonException e, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(e);
        var m = e.Message;
        bool Has(string words) => m.Contains(words, StringComparison.OrdinalIgnoreCase);
        return true switch
        {
            _ when Has("maximum configured depth") => string.Create(CultureInfo.InvariantCulture, $"the nesting depth is more than {maxDepth} levels"),
            _ when Has("comment") => "comments are not allowed in JSON",
            _ when Has("trailing comma") => "a comma before a closing bracket or brace is not allowed in JSON",
            _ when Has("isFinalBlock") || Has("depth to be zero") || Has("does not contain any JSON tokens") || Has("end of data")
                => "the document ends before every object and array in it is closed",
            _ when Has("UTF-8") || Has("transcode") => "the text is not valid UTF-8",
            _ when Has("surrogate") || Has("UTF-16") => LoneSurrogate,
            _ when Has("literal") => "a word that is not true, false or null (text must be in double quotes)",
            _ when Has("escap") || Has("hex") => "a backslash escape in text is not valid (the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)",
            _ when Has("within a JSON string") || Has("control character") => "a control character (such as a line break) inside text; write it as an escape such as \\n",
            _ when Has("number") || Has("digit") => "a number is not written as JSON writes numbers (such as 12, -3.5 or 1e3)",
            _ when Has("property name") && Has("start") => "expected a member name in double quotes",
            _ when Has("after a property name") || Has("':'") => "expected a colon after the member name",
            _ when Has("after a value") || Has("',', '}'") || Has("Expected either") => "expected a comma, or a closing bracket or brace, after the value",
            _ when Has("start of a value") => "expected a value here (text in double quotes, a number, true, false, null, an object or an array)",
            _ when Has("after the end") || Has("after a single JSON value") => "there is more after the end of the document",
            _ => "the JSON is not well-formed here",
        };
    }

    /// <summary>The line and column (1-based) of the reader's exception, when it says.</summary>
    public static (int? Line, int? Column) Position(JsonException e) => (
        e.LineNumber is { } line ? (int)Math.Min(line + 1, int.MaxValue) : null,
        e.BytePositionInLine is { } column ? (int)Math.Min(column + 1, int.MaxValue) : null);
}
