using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IceCareers.Candidates;

namespace IceCareers.Data;

/// <summary>
/// Finds every unknown and repeated key of a JSON document, judged against the shape the source-generated contract
/// describes, before deserialisation (which stops at the first). Values are left to the deserialiser; a document that
/// is not well-formed is left to it too, so that its message and position are the ones reported.
/// </summary>
internal static class JsonKeyScanner
{
    private const int MaxDepth = 64;

    public static IReadOnlyList<ProfileProblem> Scan(ReadOnlySpan<byte> utf8, JsonTypeInfo root)
    {
        var problems = new List<ProfileProblem>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (reader.Read())
            {
                Value(ref reader, root, "", problems, utf8);
            }
        }
        catch (JsonException)
        {
            // Malformed: the deserialiser reports it with its own position; keys found before it still count.
        }

        return problems;
    }

    private static void Value(ref Utf8JsonReader reader, JsonTypeInfo? type, string path, List<ProfileProblem> problems, ReadOnlySpan<byte> utf8)
    {
        if (reader.TokenType == JsonTokenType.StartObject && type is { Kind: JsonTypeInfoKind.Object })
        {
            var seen = new HashSet<JsonPropertyInfo>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString() ?? "";
                var start = reader.TokenStartIndex;
                var childPath = path.Length == 0 ? name : path + "." + name;
                var property = Find(type, name);
                reader.Read();
                if (property is null || !seen.Add(property))
                {
                    problems.Add(Problem(childPath, property is null ? $"unknown key '{name}'" : $"duplicate key '{name}'", utf8, start));
                    reader.Skip();
                    continue;
                }

                Value(ref reader, TypeInfo(type.Options, property.PropertyType), childPath, problems, utf8);
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray && type is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } elementType })
        {
            var elementInfo = TypeInfo(type.Options, elementType);
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Value(ref reader, elementInfo, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), problems, utf8);
                index++;
            }
        }
        else
        {
            reader.Skip();
        }
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo type, string name)
    {
        // The contract matches names as the deserialiser does: case-insensitively under the web defaults.
        var comparison = type.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var property in type.Properties)
        {
            if (string.Equals(property.Name, name, comparison))
            {
                return property;
            }
        }

        return null;
    }

    private static JsonTypeInfo? TypeInfo(JsonSerializerOptions options, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return options.TryGetTypeInfo(underlying, out var info) ? info : null;
    }

    private static ProfileProblem Problem(string path, string message, ReadOnlySpan<byte> utf8, long offset)
    {
        var (line, column) = TextPosition.Of(utf8, offset);
        return new ProfileProblem(path, message) { Line = line, Column = column };
    }
}
