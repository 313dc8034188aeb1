using System.Globalization;
using System.Text;
using System.Text.Json;
using IceCareers.Internal;
using IceCareers.Postings;

namespace IceCareers.UsaJobs;

/// <summary>
/// One forward pass over a Search API response with <see cref="Utf8JsonReader"/>: known members are read, unknown
/// ones skipped, and every problem becomes an <see cref="AnnouncementFormatException"/> with the JSON path and the
/// line and column of the value. Work is linear in the document's size; the document is already bounded by size.
/// </summary>
internal sealed partial class SearchResultReader
{
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly AnnouncementReadOptions _options;

    // The path of the value being read, as segments (".Name" or "[3]"); joined only when a problem is reported.
    private readonly List<string> _path = ["$"];

    /// <summary>Reads a response from JSON text, refusing text of more than <see cref="AnnouncementReadOptions.MaxBytes"/> UTF-8 bytes unread.</summary>
    public static UsaJobsSearchResult Parse(string json, AnnouncementReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= AnnouncementReadOptions.Default;

        // A char is at least one UTF-8 byte, so a text longer than the limit in chars is over it in bytes too.
        if (json.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(json) > options.MaxBytes)
        {
            throw TooLarge(options);
        }

        return new SearchResultReader(Encoding.UTF8.GetBytes(json), options).Read();
    }

    /// <summary>Reads a response from a UTF-8 stream, to its end but never more than <see cref="AnnouncementReadOptions.MaxBytes"/> + 1 bytes.</summary>
    public static UsaJobsSearchResult Parse(Stream utf8Json, AnnouncementReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= AnnouncementReadOptions.Default;
        using var input = BoundedInput.ReadAtMost(utf8Json, options.MaxBytes);
        return input.TooLarge ? throw TooLarge(options) : new SearchResultReader(input.Bytes, options).Read();
    }

    public SearchResultReader(ReadOnlyMemory<byte> utf8, AnnouncementReadOptions options)
    {
        var span = utf8.Span;
        _utf8 = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;
        _options = options;
    }

    public UsaJobsSearchResult Read()
    {
        if (!System.Text.Unicode.Utf8.IsValid(_utf8.Span))
        {
            var index = FirstInvalidByte(_utf8.Span);
            throw ProblemAt(index, string.Create(CultureInfo.InvariantCulture,
                $"the document is not valid UTF-8 (byte 0x{_utf8.Span[index]:X2}); a USAJOBS Search API response is UTF-8 text."));
        }

        var reader = new Utf8JsonReader(_utf8.Span, new JsonReaderOptions { MaxDepth = _options.MaxDepth });
        try
        {
            if (_utf8.Span.Trim(" \t\r\n"u8).IsEmpty || !reader.Read())
            {
                throw Problem(ref reader, "the document is empty; expected a USAJOBS Search API response.");
            }

            var announcements = new List<Announcement>();
            int? countAll = null;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray:
                    ReadItems(ref reader, announcements);
                    break;
                case JsonTokenType.StartObject:
                    countAll = ReadResponse(ref reader, announcements);
                    break;
                default:
                    throw NotAResponse(ref reader);
            }

            if (reader.Read())
            {
                throw Problem(ref reader, "unexpected content after the end of the document.");
            }

            return new UsaJobsSearchResult { Announcements = announcements, SearchResultCountAll = countAll };
        }
        catch (JsonException e)
        {
            var (line, column) = JsonText.Position(e);
            throw AnnouncementFormatException.At("malformed JSON: " + JsonText.Describe(e, _options.MaxDepth) + ".", CurrentPath(), line, column, e);
        }
    }

    /// <summary>The response object: <c>SearchResult</c> must be there; <c>LanguageCode</c>, <c>SearchParameters</c> and the rest are skipped.</summary>
    private int? ReadResponse(ref Utf8JsonReader reader, List<Announcement> announcements)
    {
        var start = reader.TokenStartIndex;
        var sawResult = false;
        int? countAll = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(ref reader, out var name, seen))
        {
            if (name == "SearchResult")
            {
                Push("." + name);
                countAll = ReadSearchResult(ref reader, announcements);
                sawResult = true;
                Pop();
            }
            else
            {
                reader.Skip();
            }
        }

        if (!sawResult)
        {
            throw ProblemAt(start, "this is not a USAJOBS Search API response: it has no 'SearchResult' member. Expected {\"SearchResult\": {\"SearchResultItems\": [...]}} or an array of MatchedObjectDescriptor objects.");
        }

        return countAll;
    }

    private int? ReadSearchResult(ref Utf8JsonReader reader, List<Announcement> announcements)
    {
        ExpectObject(ref reader, "the search result");
        var start = reader.TokenStartIndex;
        var sawItems = false;
        int? countAll = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (NextProperty(ref reader, out var name, seen))
        {
            Push("." + name);
            switch (name)
            {
                case "SearchResultItems":
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        ExpectArray(ref reader, "the search result items");
                        ReadItems(ref reader, announcements);
                    }

                    sawItems = true;
                    break;
                case "SearchResultCountAll":
                    countAll = Integer(ref reader, "the count of all matching postings");
                    break;
                default:
                    reader.Skip();
                    break;
            }

            Pop();
        }

        if (!sawItems)
        {
            throw ProblemAt(start, "the search result has no 'SearchResultItems' array.");
        }

        return countAll;
    }

    /// <summary>An array whose elements are search result items or bare <c>MatchedObjectDescriptor</c> objects.</summary>
    private void ReadItems(ref Utf8JsonReader reader, List<Announcement> announcements)
    {
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Push("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            if (announcements.Count == _options.MaxPostings)
            {
                throw Problem(ref reader, string.Create(CultureInfo.InvariantCulture,
                    $"the document holds more than {_options.MaxPostings:N0} postings, the most one document may hold (a Search API page holds at most 500); send the postings in smaller pages."));
            }

            ExpectObject(ref reader, "a search result item or MatchedObjectDescriptor");
            announcements.Add(ReadItemOrDescriptor(ref reader));
            Pop();
            index++;
        }
    }

    /// <summary>
    /// Moves to the next member of an object, giving its name; false at the object's end. A name holding a lone
    /// surrogate, or written twice in the object (<paramref name="seen"/>), is a problem at its place.
    /// </summary>
    private bool NextProperty(ref Utf8JsonReader reader, out string name, HashSet<string> seen)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            name = "";
            return false;
        }

        if (!JsonText.TryGetString(ref reader, out name))
        {
            throw Problem(ref reader, "a member name: " + JsonText.LoneSurrogate + ".");
        }

        if (!seen.Add(name))
        {
            throw Problem(ref reader, $"the member {Quote(name)} is written twice in this object; each member may be written once.");
        }

        reader.Read();
        return true;
    }

    private void Push(string segment) => _path.Add(segment);

    private void Pop() => _path.RemoveAt(_path.Count - 1);

    private string CurrentPath() => string.Concat(_path);

    private void ExpectObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Problem(ref reader, $"expected {what} as a JSON object, found {Describe(reader.TokenType)}.");
        }
    }

    private void ExpectArray(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Problem(ref reader, $"expected {what} as a JSON array, found {Describe(reader.TokenType)}.");
        }
    }

    private AnnouncementFormatException NotAResponse(ref Utf8JsonReader reader) => Problem(
        ref reader,
        $"this is not a USAJOBS Search API response: expected a JSON object with 'SearchResult' or an array of MatchedObjectDescriptor objects, found {Describe(reader.TokenType)}.");

    private AnnouncementFormatException Problem(ref Utf8JsonReader reader, string problem) => ProblemAt(reader.TokenStartIndex, problem);

    private AnnouncementFormatException ProblemAt(long offset, string problem)
    {
        var (line, column) = TextPosition.Of(_utf8.Span, offset);
        return AnnouncementFormatException.At(problem, CurrentPath(), line, column);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => "the end of the document",
    };

    private static string Quote(string text) => text.Length <= 40 ? "'" + text + "'" : "'" + text[..40] + "…'";

    private static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return Math.Max(0, utf8.Length - 1);
    }

    private static AnnouncementFormatException TooLarge(AnnouncementReadOptions options) => AnnouncementFormatException.At(
        string.Create(CultureInfo.InvariantCulture, $"the document is larger than the limit of {options.MaxBytes:N0} bytes; send the postings in smaller pages."),
        "$",
        null,
        null);
}
