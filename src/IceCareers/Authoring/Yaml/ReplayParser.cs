using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IceCareers.Authoring.Yaml;

/// <summary>
/// The events of one YAML document, parsed once and replayed for every pass of the deserialiser (each pass skips the
/// keys already reported), so that reporting many wrong keys does not parse the text again per key. A syntax error
/// met while parsing is thrown again where it occurred, on every replay.
/// </summary>
internal sealed class ReplayParser : IParser
{
    private readonly IReadOnlyList<ParsingEvent> _events;
    private readonly YamlException? _error;
    private int _index = -1;

    private ReplayParser(IReadOnlyList<ParsingEvent> events, YamlException? error)
    {
        _events = events;
        _error = error;
    }

    public ParsingEvent? Current => _index >= 0 && _index < _events.Count ? _events[_index] : null;

    /// <summary>Parses <paramref name="text"/> once; the result replays it from the start each time <see cref="Replay"/> is called.</summary>
    public static ReplayParser Parse(string text)
    {
        var events = new List<ParsingEvent>();
        YamlException? error = null;
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }
        }
        catch (YamlException e)
        {
            error = e;
        }

        return new ReplayParser(events, error);
    }

    /// <summary>A fresh reader of the same events, from the start.</summary>
    public ReplayParser Replay() => new(_events, _error);

    public bool MoveNext()
    {
        if (_index + 1 < _events.Count)
        {
            _index++;
            return true;
        }

        _index = _events.Count;
        return _error is null ? false : throw _error;
    }
}
