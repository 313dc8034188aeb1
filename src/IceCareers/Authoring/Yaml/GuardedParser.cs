using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IceCareers.Authoring.Yaml;

/// <summary>
/// Wraps a YAML parser: refuses anchors, aliases and nesting past a bound, and records where every key path
/// (<c>$.duties[1].sources[0]</c>) starts, so that checks made after deserialisation can still name a line and column.
/// Keys already reported as wrong can be skipped with their values, so that a second pass finds the next problem.
/// </summary>
internal sealed class GuardedParser : IParser
{
    private readonly IParser _inner;
    private readonly int _maxDepth;
    private readonly IReadOnlySet<(long Line, long Column)> _skipKeys;
    private readonly Dictionary<string, Mark> _positions = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();

    private readonly IReadOnlyDictionary<string, SchemaRange>? _ranges;

    public GuardedParser(IParser inner, int maxDepth, IReadOnlySet<(long Line, long Column)>? skipKeys = null, IReadOnlyDictionary<string, SchemaRange>? ranges = null)
    {
        _inner = inner;
        _ranges = ranges;
        _maxDepth = maxDepth;
        _skipKeys = skipKeys ?? new HashSet<(long, long)>();
    }

    public ParsingEvent? Current => _inner.Current;

    /// <summary>The path of the node most recently started, for messages about it.</summary>
    public string CurrentPath { get; private set; } = "$";

    /// <summary>Where the key of the value most recently started begins; <see langword="null"/> for a list item or the root.</summary>
    public (long Line, long Column)? KeyOfCurrentValue { get; private set; }

    public PositionIndex Positions => new(_positions);

    public bool MoveNext()
    {
        while (_inner.MoveNext())
        {
            var e = _inner.Current!;
            if (e is Scalar && _skipKeys.Count > 0 && IsKey() && _skipKeys.Contains((e.Start.Line, e.Start.Column)))
            {
                SkipValue();
                continue;
            }

            Observe(e);
            return true;
        }

        return false;
    }

    private bool IsKey() => _frames.TryPeek(out var top) && top.IsMapping && top.ExpectingKey;

    /// <summary>Consumes the value after a skipped key: one scalar, or a whole list or mapping (counted, not recursed into).</summary>
    private void SkipValue()
    {
        var depth = 0;
        while (_inner.MoveNext())
        {
            switch (_inner.Current)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }

            if (depth <= 0)
            {
                return;
            }
        }
    }

    private void Observe(ParsingEvent e)
    {
        if (e is AnchorAlias alias)
        {
            throw new YamlException(e.Start, e.End, $"aliases are not allowed (*{alias.Value}); write the value out in full");
        }

        if (e is NodeEvent node && !node.Anchor.IsEmpty)
        {
            throw new YamlException(e.Start, e.End, $"anchors are not allowed (&{node.Anchor.Value}); write each value out in full");
        }

        switch (e)
        {
            case Scalar scalar:
                if (_frames.TryPeek(out var top) && top.IsMapping && top.ExpectingKey)
                {
                    top.Key = scalar.Value;
                    top.KeyStart = (e.Start.Line, e.Start.Column);
                    top.ExpectingKey = false;
                    var keyPath = top.Path + "." + scalar.Value;
                    _positions.TryAdd(keyPath, e.Start);
                    CurrentPath = keyPath;
                }
                else
                {
                    var valuePath = StartValue(e);
                    CheckRange(valuePath, scalar);
                    CompleteValue();
                }

                break;
            case MappingStart:
            case SequenceStart:
                var path = StartValue(e);
                if (_frames.Count >= _maxDepth)
                {
                    throw new YamlException(e.Start, e.End, string.Create(CultureInfo.InvariantCulture, $"nesting is deeper than {_maxDepth} levels"));
                }

                _frames.Push(new Frame(path, e is MappingStart));
                break;
            case MappingEnd:
            case SequenceEnd:
                _frames.Pop();
                CompleteValue();
                break;
        }
    }

    /// <summary>
    /// Holds a number to the range its schema states for its path (<see cref="SchemaRanges"/>): out of range, or not
    /// finite, it is refused here, at its own position, before the deserialiser sees it. Text that is not a number is
    /// left to the deserialiser, which reports a wrong type.
    /// </summary>
    private void CheckRange(string path, Scalar scalar)
    {
        if (_ranges is null || scalar.Value.Length == 0 || !_ranges.TryGetValue(SchemaRanges.Pattern(path), out var range))
        {
            return;
        }

        if (double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !range.Holds(value))
        {
            throw new SchemaRangeException(scalar.Start, scalar.End, $"{path}: expected {range.Words()}, found {(scalar.Value.Length <= 40 ? scalar.Value : scalar.Value[..40] + "…")}");
        }
    }

    private string StartValue(ParsingEvent e)
    {
        string path;
        KeyOfCurrentValue = null;
        if (!_frames.TryPeek(out var parent))
        {
            path = "$";
        }
        else if (parent.IsMapping)
        {
            if (parent.ExpectingKey)
            {
                throw new YamlException(e.Start, e.End, "keys must be plain words, not lists or maps");
            }

            path = parent.Path + "." + parent.Key;
            KeyOfCurrentValue = parent.KeyStart;
        }
        else
        {
            path = string.Create(CultureInfo.InvariantCulture, $"{parent.Path}[{parent.Index}]");
            parent.Index++;
        }

        _positions.TryAdd(path, e.Start);
        CurrentPath = path;
        return path;
    }

    private void CompleteValue()
    {
        if (_frames.TryPeek(out var parent) && parent.IsMapping)
        {
            parent.ExpectingKey = true;
        }
    }

    private sealed class Frame(string path, bool isMapping)
    {
        public string Path { get; } = path;
        public bool IsMapping { get; } = isMapping;
        public bool ExpectingKey { get; set; } = true;
        public string? Key { get; set; }
        public (long Line, long Column)? KeyStart { get; set; }
        public int Index { get; set; }
    }
}

/// <summary>Where each key path of one YAML document starts.</summary>
internal sealed class PositionIndex(IReadOnlyDictionary<string, Mark> positions)
{
    public static PositionIndex Empty { get; } = new(new Dictionary<string, Mark>());

    /// <summary>The position of <paramref name="path"/>, or of its nearest recorded ancestor (a missing key points at its parent).</summary>
    public (int Line, int Column) Find(string path)
    {
        var probe = path;
        while (true)
        {
            if (positions.TryGetValue(probe, out var mark))
            {
                return ((int)mark.Line, (int)mark.Column);
            }

            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            if (cut <= 0)
            {
                return (1, 1);
            }

            probe = probe[..cut];
        }
    }
}

/// <summary>Builds key paths in the same form as <see cref="GuardedParser"/> records them.</summary>
internal static class KeyPath
{
    public static string Key(string parent, string key) => parent + "." + key;

    public static string Item(string parent, int index) =>
        new StringBuilder(parent).Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']').ToString();
}

/// <summary>A number outside the range its schema states; the message is complete (path and words) and points at the value.</summary>
internal sealed class SchemaRangeException(Mark start, Mark end, string message) : YamlException(start, end, message);
