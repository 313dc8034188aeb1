using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Data.Profiles;

/// <summary>
/// Judges a profile document (<see cref="ProfileNode"/>s, from YAML or JSON) against the profile contract that the
/// source-generated JSON metadata describes, in one pass: every unknown or repeated key and every value of the wrong
/// type is reported with its path and position, in words, and skipped; what is left is written as clean JSON that the
/// contract's deserialiser reads without error. New fields of the contract are judged without changes here.
/// </summary>
internal sealed class ProfileBinder
{
    private static readonly Dictionary<Type, (Func<string, bool> IsKnown, string Allowed)> WordsByType = new()
    {
        [typeof(Sex)] = Of(Vocabulary.Sexes),
        [typeof(Citizenship)] = Of(Vocabulary.Citizenships),
        [typeof(SelectiveServiceStatus)] = Of(Vocabulary.SelectiveServiceStatuses),
        [typeof(EducationLevel)] = Of(Vocabulary.EducationLevels),
        [typeof(ConvictionCategory)] = Of(Vocabulary.ConvictionCategories),
        [typeof(LanguageProficiency)] = Of(Vocabulary.LanguageProficiencies),
    };

    private readonly List<ProfileProblem> _problems;
    private readonly bool _json;
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);
    private Utf8JsonWriter _writer = null!;

    private ProfileBinder(List<ProfileProblem> problems, bool json)
    {
        _problems = problems;
        _json = json;
    }

    /// <summary>
    /// Binds <paramref name="root"/>; returns clean JSON of the profile's readable part (even when problems were
    /// found, so that the values can still be checked) and where each path starts.
    /// </summary>
    public static (byte[] Json, IReadOnlyDictionary<string, (int Line, int Column)> Positions) Bind(
        ProfileNode root, JsonTypeInfo contract, bool json, List<ProfileProblem> problems)
    {
        var binder = new ProfileBinder(problems, json);
        var buffer = new ArrayBufferWriter<byte>();
        using (binder._writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false, MaxDepth = 256 }))
        {
            if (root.Kind != NodeKind.Mapping)
            {
                binder.Problem("", root, json ? "expected a JSON object of profile fields" + Found(root) : "expected a mapping of profile fields" + Found(root));
                binder._writer.WriteStartObject();
                binder._writer.WriteEndObject();
            }
            else
            {
                binder.Value(root, contract, contract.Type, "");
            }
        }

        return (buffer.WrittenSpan.ToArray(), binder._positions);
    }

    private static (Func<string, bool>, string) Of<T>(Words<T> words)
        where T : struct, Enum => (word => words.TryParse(word, out _), words.Allowed);

    private static string Found(ProfileNode node) => node.Kind switch
    {
        NodeKind.Null => ", found null",
        NodeKind.Sequence => ", found a list",
        NodeKind.Mapping => ", found a mapping",
        _ => ", found a single value",
    };

    private void Value(ProfileNode node, JsonTypeInfo? type, Type declared, string path)
    {
        _positions.TryAdd(path, (node.Line, node.Column));
        if (node.HasForeignTag)
        {
            Problem(path, node, "a tag (a word after '!') is not allowed here; write the value without one");
            _writer.WriteNullValue();
            return;
        }

        if (node.Kind == NodeKind.Null)
        {
            _writer.WriteNullValue();
            return;
        }

        switch (type?.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (node.Kind != NodeKind.Mapping)
                {
                    Problem(path, node, "value has the wrong shape; expected " + (_json ? "an object of keys and values" : "a mapping of keys and values") + Found(node));
                    _writer.WriteNullValue();
                    return;
                }

                Object(node, type!, path);
                return;
            case JsonTypeInfoKind.Enumerable when type!.ElementType is { } elementType:
                if (node.Kind != NodeKind.Sequence)
                {
                    Problem(path, node, "value has the wrong shape; expected a list" + Found(node));
                    _writer.WriteNullValue();
                    return;
                }

                var element = Info(type.Options, elementType);
                _writer.WriteStartArray();
                for (var i = 0; i < node.Items!.Count; i++)
                {
                    var item = node.Items[i];
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    if (element is { Kind: JsonTypeInfoKind.Object } && item.Kind is not (NodeKind.Mapping or NodeKind.Null))
                    {
                        // Kept as an empty entry so that the indexes of the entries after it stay as written.
                        _positions.TryAdd(itemPath, (item.Line, item.Column));
                        Problem(itemPath, item, "value has the wrong shape; expected " + (_json ? "an object" : "a mapping") + " for each entry" + Found(item));
                        _writer.WriteStartObject();
                        _writer.WriteEndObject();
                        continue;
                    }

                    Value(item, element, elementType, itemPath);
                }

                _writer.WriteEndArray();
                return;
            default:
                if (!Scalar(node, declared, path))
                {
                    _writer.WriteNullValue();
                }

                return;
        }
    }

    private void Object(ProfileNode node, JsonTypeInfo type, string path)
    {
        var comparison = _json && type.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _writer.WriteStartObject();
        foreach (var (key, keyNode, value) in node.Members!)
        {
            var childPath = path.Length == 0 ? key : path + "." + key;
            _positions.TryAdd(childPath, (keyNode.Line, keyNode.Column));
            var property = Find(type, key, comparison);
            if (property is null)
            {
                Problem(childPath, keyNode, $"unknown key '{key}'");
                continue;
            }

            if (!seen.Add(property.Name))
            {
                Problem(childPath, keyNode, $"duplicate key '{key}'");
                continue;
            }

            _writer.WritePropertyName(property.Name);
            Value(value, Info(type.Options, property.PropertyType), property.PropertyType, childPath);
        }

        _writer.WriteEndObject();
    }

    /// <summary>Writes a single value of <paramref name="declared"/> type, or reports why it cannot and writes nothing.</summary>
    private bool Scalar(ProfileNode node, Type declared, string path)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (node.Kind is NodeKind.Mapping or NodeKind.Sequence)
        {
            Problem(path, node, "value has the wrong shape; expected " + Expected(type) + Found(node));
            return false;
        }

        var text = node.Text ?? "";
        if (type == typeof(string))
        {
            if (node.Kind == NodeKind.String || (node.IsPlain && !_json))
            {
                _writer.WriteStringValue(text);
                return true;
            }
        }
        else if (type == typeof(bool))
        {
            if (node.Kind == NodeKind.Bool && bool.TryParse(text, out var flag))
            {
                _writer.WriteBooleanValue(flag);
                return true;
            }
        }
        else if (type == typeof(int))
        {
            if (node.Kind == NodeKind.Number)
            {
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
                    && number is >= int.MinValue and <= int.MaxValue)
                {
                    _writer.WriteNumberValue((int)number);
                    return true;
                }

                Problem(path, node, TooLargeOrNotWhole(text, whole: true));
                return false;
            }
        }
        else if (type == typeof(decimal))
        {
            if (node.Kind == NodeKind.Number)
            {
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    _writer.WriteNumberValue(number);
                    return true;
                }

                Problem(path, node, TooLargeOrNotWhole(text, whole: false));
                return false;
            }
        }
        else if (type == typeof(DateOnly))
        {
            if (node.Kind == NodeKind.String)
            {
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    _writer.WriteStringValue(text);
                    return true;
                }

                Problem(path, node, $"'{Short(text)}' is not a date; expected a date written YYYY-MM-DD");
                return false;
            }
        }
        else if (WordsByType.TryGetValue(type, out var words))
        {
            if (node.Kind == NodeKind.String || (node.IsPlain && !_json))
            {
                if (words.IsKnown(text))
                {
                    _writer.WriteStringValue(text);
                    return true;
                }

                Problem(path, node, $"unknown value '{Short(text)}'; expected one of: {words.Allowed}");
                return false;
            }
        }
        else
        {
            Problem(path, node, "this field cannot be read from a document");
            return false;
        }

        Problem(path, node, "wrong type of value; expected " + Expected(type) + Found(node));
        return false;
    }

    private static string TooLargeOrNotWhole(string text, bool whole)
    {
        var isNumber = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
        if (!isNumber)
        {
            return whole ? "wrong type of value; expected a whole number" : "wrong type of value; expected a finite number";
        }

        if (Math.Abs(value) >= (whole ? int.MaxValue : 7.9e28))
        {
            return whole ? "the number is too large; expected a whole number" : "the number is too large; expected a number";
        }

        return whole ? "wrong type of value; expected a whole number, without a fraction" : "wrong type of value; expected a number";
    }

    private static string Expected(Type type) =>
        type == typeof(string) ? "text"
        : type == typeof(bool) ? "true or false"
        : type == typeof(int) ? "a whole number"
        : type == typeof(decimal) ? "a number"
        : type == typeof(DateOnly) ? "a date written YYYY-MM-DD"
        : WordsByType.TryGetValue(type, out var words) ? "one of: " + words.Allowed
        : "a single value";

    /// <summary>A quoted value cut short, so that one long value cannot make a message long.</summary>
    private static string Short(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");

    private static JsonPropertyInfo? Find(JsonTypeInfo type, string name, StringComparison comparison)
    {
        foreach (var property in type.Properties)
        {
            if (string.Equals(property.Name, name, comparison))
            {
                return property;
            }
        }

        return null;
    }

    private static JsonTypeInfo? Info(JsonSerializerOptions options, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return options.TryGetTypeInfo(underlying, out var info) ? info : null;
    }

    private void Problem(string path, ProfileNode node, string message) =>
        _problems.Add(new ProfileProblem(path, message) { Line = node.Line, Column = node.Column });
}
