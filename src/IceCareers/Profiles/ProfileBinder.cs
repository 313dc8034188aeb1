using System.Globalization;
using IceCareers.Candidates;
using IceCareers.Diagnostics;

namespace IceCareers.Profiles;

/// <summary>
/// Judges a profile document (<see cref="ProfileNode"/>s, from YAML or JSON) against the profile contract
/// (<see cref="ProfileContract"/>) in one pass and builds the <see cref="CandidateProfile"/> from it: every unknown or
/// repeated key and every value of the wrong type is reported with its path and position, in words, and left out, so
/// that the values that could be read are still checked.
/// </summary>
internal sealed class ProfileBinder
{
    private readonly List<Problem> _problems;
    private readonly bool _json;
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    private ProfileBinder(List<Problem> problems, bool json)
    {
        _problems = problems;
        _json = json;
    }

    /// <summary>
    /// Binds <paramref name="root"/>; returns the profile built from its readable part (even when problems were found,
    /// so that the values can still be checked) and where each path starts.
    /// </summary>
    public static (CandidateProfile Profile, IReadOnlyDictionary<string, (int Line, int Column)> Positions) Bind(
        ProfileNode root, bool json, List<Problem> problems)
    {
        var binder = new ProfileBinder(problems, json);
        CandidateProfile profile;
        if (root.Kind != NodeKind.Mapping)
        {
            binder.Report("", root, json ? "expected a JSON object of profile fields" + Found(root) : "expected a mapping of profile fields" + Found(root));
            profile = new CandidateProfile();
        }
        else
        {
            binder._positions.TryAdd("", (root.Line, root.Column));
            profile = (CandidateProfile)binder.Object(root, ProfileContract.CandidateProfile, "");
        }

        return (profile, binder._positions);
    }

    private static string Found(ProfileNode node) => node.Kind switch
    {
        NodeKind.Null => ", found null",
        NodeKind.Sequence => ", found a list",
        NodeKind.Mapping => ", found a mapping",
        _ => ", found a single value",
    };

    /// <summary>The value of one field, or <see langword="null"/> when it is null, absent or refused (and reported).</summary>
    private object? Value(ProfileNode node, ProfileField field, string path)
    {
        _positions.TryAdd(path, (node.Line, node.Column));
        if (node.HasForeignTag)
        {
            Report(path, node, "a tag (a word after '!') is not allowed here; write the value without one");
            return null;
        }

        if (node.Kind == NodeKind.Null)
        {
            return null;
        }

        switch (field.Kind)
        {
            case FieldKind.Object:
                if (field.None is { } none && node.Kind is not (NodeKind.Mapping or NodeKind.Sequence) && (node.Kind == NodeKind.String || (node.IsPlain && !_json)))
                {
                    if (string.Equals(node.Text, "none", StringComparison.Ordinal))
                    {
                        return none;
                    }

                    Report(path, node, $"unknown value '{Short(node.Text ?? "")}'; expected the word none, or " + (_json ? "an object of keys and values" : "a mapping of keys and values"));
                    return null;
                }

                if (node.Kind != NodeKind.Mapping)
                {
                    Report(path, node, "value has the wrong shape; expected " + (_json ? "an object of keys and values" : "a mapping of keys and values") + Found(node));
                    return null;
                }

                return Object(node, field.Shape!, path);
            case FieldKind.List:
                if (node.Kind != NodeKind.Sequence)
                {
                    Report(path, node, "value has the wrong shape; expected a list" + Found(node));
                    return null;
                }

                var shape = field.Shape!;
                var entry = new ProfileField(field.Name, FieldKind.Object, Shape: shape);
                var items = new List<object?>(node.Items!.Count);
                for (var i = 0; i < node.Items.Count; i++)
                {
                    var item = node.Items[i];
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    if (item.Kind is not (NodeKind.Mapping or NodeKind.Null))
                    {
                        // Kept as an empty entry so that the indexes of the entries after it stay as written.
                        _positions.TryAdd(itemPath, (item.Line, item.Column));
                        Report(itemPath, item, "value has the wrong shape; expected " + (_json ? "an object" : "a mapping") + " for each entry" + Found(item));
                        items.Add(shape.Create(new object?[shape.Fields.Length]));
                        continue;
                    }

                    items.Add(Value(item, entry, itemPath));
                }

                return shape.CreateList(items);
            case FieldKind.TextList:
                if (node.Kind != NodeKind.Sequence)
                {
                    Report(path, node, "value has the wrong shape; expected a list of names" + Found(node));
                    return null;
                }

                var texts = new List<string>(node.Items!.Count);
                var text = new ProfileField(field.Name, FieldKind.Text);
                for (var i = 0; i < node.Items.Count; i++)
                {
                    var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                    _positions.TryAdd(itemPath, (node.Items[i].Line, node.Items[i].Column));
                    if (Scalar(node.Items[i], text, itemPath) is string name)
                    {
                        if (name.Trim().Length == 0)
                        {
                            Report(itemPath, node.Items[i], "empty name; remove it or fill it in");
                        }
                        else
                        {
                            texts.Add(name);
                        }
                    }
                }

                return texts;
            default:
                return Scalar(node, field, path);
        }
    }

    private object Object(ProfileNode node, ProfileShape shape, string path)
    {
        var comparison = _json && ProfileContract.JsonKeysIgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var values = new object?[shape.Fields.Length];
        var seen = new bool[shape.Fields.Length];
        foreach (var (key, keyNode, value) in node.Members!)
        {
            var childPath = path.Length == 0 ? key : path + "." + key;
            _positions.TryAdd(childPath, (keyNode.Line, keyNode.Column));
            var index = shape.Find(key, comparison);
            if (index < 0)
            {
                Report(childPath, keyNode, $"unknown key '{key}'");
                continue;
            }

            if (seen[index])
            {
                Report(childPath, keyNode, $"duplicate key '{key}'");
                continue;
            }

            seen[index] = true;
            values[index] = Value(value, shape.Fields[index], childPath);
        }

        return shape.Create(values);
    }

    /// <summary>Reads a single value of the field's kind, or reports why it cannot and returns <see langword="null"/>.</summary>
    private object? Scalar(ProfileNode node, ProfileField field, string path)
    {
        if (node.Kind is NodeKind.Mapping or NodeKind.Sequence)
        {
            Report(path, node, "value has the wrong shape; expected " + Expected(field) + Found(node));
            return null;
        }

        var text = node.Text ?? "";
        switch (field.Kind)
        {
            case FieldKind.Text:
                if (node.Kind == NodeKind.String || (node.IsPlain && !_json))
                {
                    return text;
                }

                break;
            case FieldKind.Bool:
                if (node.Kind == NodeKind.Bool && bool.TryParse(text, out var flag))
                {
                    return flag;
                }

                break;
            case FieldKind.WholeNumber:
                if (node.Kind == NodeKind.Number)
                {
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
                        && number is >= int.MinValue and <= int.MaxValue)
                    {
                        return (int)number;
                    }

                    Report(path, node, TooLargeOrNotWhole(text, whole: true));
                    return null;
                }

                break;
            case FieldKind.Number:
                if (node.Kind == NodeKind.Number)
                {
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        return number;
                    }

                    Report(path, node, TooLargeOrNotWhole(text, whole: false));
                    return null;
                }

                break;
            case FieldKind.Date:
                if (node.Kind == NodeKind.String)
                {
                    if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return date;
                    }

                    Report(path, node, $"'{Short(text)}' is not a date; expected a date written YYYY-MM-DD");
                    return null;
                }

                break;
            case FieldKind.Word:
                if (node.Kind == NodeKind.String || (node.IsPlain && !_json))
                {
                    if (field.Words!.Parse(text) is { } word)
                    {
                        return word;
                    }

                    Report(path, node, $"unknown value '{Short(text)}'; expected one of: {field.Words.Allowed}");
                    return null;
                }

                break;
        }

        Report(path, node, "wrong type of value; expected " + Expected(field) + Found(node));
        return null;
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

    private static string Expected(ProfileField field) => field.Kind switch
    {
        FieldKind.TextList => "a list of names",
        FieldKind.Text => "text",
        FieldKind.Bool => "true or false",
        FieldKind.WholeNumber => "a whole number",
        FieldKind.Number => "a number",
        FieldKind.Date => "a date written YYYY-MM-DD",
        FieldKind.Word => "one of: " + field.Words!.Allowed,
        _ => "a single value",
    };

    /// <summary>A quoted value cut short, so that one long value cannot make a message long.</summary>
    private static string Short(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "…");

    private void Report(string path, ProfileNode node, string message) =>
        _problems.Add(Problem.At(path, message) with { Line = node.Line, Column = node.Column });
}
