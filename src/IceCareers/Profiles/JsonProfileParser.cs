using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using IceCareers.Diagnostics;
using IceCareers.Internal;

namespace IceCareers.Profiles;

/// <summary>
/// Reads a JSON profile document into <see cref="ProfileNode"/>s in one pass. A document that is not well-formed
/// JSON gives one problem with its position, in words; nothing else escapes.
/// </summary>
internal static class JsonProfileParser
{
    public const int MaxDepth = 64;

    public static ProfileNode? Parse(ReadOnlySpan<byte> utf8, List<Problem> problems)
    {
        var lines = new TextPosition(utf8);
        if (!Utf8.IsValid(utf8))
        {
            var index = FirstInvalidByte(utf8);
            var (line, column) = lines.Find(index);
            problems.Add(Problem.At("", string.Create(CultureInfo.InvariantCulture,
                $"the document is not valid UTF-8 (byte 0x{utf8[index]:X2})")) with { Line = line, Column = column });
            return null;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read())
            {
                problems.Add(Problem.At("", "the document is empty; expected a JSON object of profile fields (write {} for a profile with nothing known)"));
                return null;
            }

            var path = new List<string>();
            var root = Node(ref reader, lines, path, problems);
            if (reader.Read())
            {
                var (line, column) = lines.Find(reader.TokenStartIndex);
                problems.Add(Problem.At("", "malformed JSON: there is more after the profile object") with { Line = line, Column = column });
                return null;
            }

            return root;
        }
        catch (JsonException e)
        {
            var (line, column) = JsonText.Position(e);
            problems.Add(Problem.At("", "malformed JSON: " + JsonText.Describe(e, MaxDepth)) with { Line = line, Column = column });
            return null;
        }
    }

    private static ProfileNode Node(ref Utf8JsonReader reader, TextPosition lines, List<string> path, List<Problem> problems)
    {
        var (line, column) = lines.Find(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<(string, ProfileNode, ProfileNode)>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var (keyLine, keyColumn) = lines.Find(reader.TokenStartIndex);
                    if (!JsonText.TryGetString(ref reader, out var name))
                    {
                        problems.Add(Problem.At(Join(path), "a member name: " + JsonText.LoneSurrogate) with { Line = keyLine, Column = keyColumn });
                        reader.Read();
                        reader.Skip();
                        continue;
                    }

                    var key = new ProfileNode(NodeKind.String, keyLine, keyColumn) { Text = name };
                    reader.Read();
                    path.Add((path.Count == 0 ? "" : ".") + name);
                    members.Add((name, key, Node(ref reader, lines, path, problems)));
                    path.RemoveAt(path.Count - 1);
                }

                return new ProfileNode(NodeKind.Mapping, line, column) { Members = members };
            case JsonTokenType.StartArray:
                var items = new List<ProfileNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    path.Add("[" + items.Count.ToString(CultureInfo.InvariantCulture) + "]");
                    items.Add(Node(ref reader, lines, path, problems));
                    path.RemoveAt(path.Count - 1);
                }

                return new ProfileNode(NodeKind.Sequence, line, column) { Items = items };
            case JsonTokenType.String:
                if (!JsonText.TryGetString(ref reader, out var text))
                {
                    // Reported here, with its path; the value is read as absent so that nothing else is said about it.
                    problems.Add(Problem.At(Join(path), JsonText.LoneSurrogate) with { Line = line, Column = column });
                    return new ProfileNode(NodeKind.Null, line, column);
                }

                return new ProfileNode(NodeKind.String, line, column) { Text = text };
            case JsonTokenType.Number:
                return new ProfileNode(NodeKind.Number, line, column) { Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new ProfileNode(NodeKind.Bool, line, column) { Text = reader.TokenType == JsonTokenType.True ? "true" : "false" };
            default:
                return new ProfileNode(NodeKind.Null, line, column);
        }
    }

    private static string Join(List<string> path) => string.Concat(path);

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        // Utf8.IsValid says whether; decoding rune by rune says where (only for a document already known to be invalid).
        var index = 0;
        while (index < utf8.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return Math.Max(0, utf8.Length - 1);
    }
}
