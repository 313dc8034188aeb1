using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using IceCareers.Diagnostics;
using IceCareers.Profiles;

namespace IceCareers.Tests.Profiles;

/// <summary>
/// The profile's YAML reader as it was until session 5, over YamlDotNet's <see cref="Parser"/> events: kept as the
/// reference that the token reader (<see cref="YamlProfileParser"/>) is compared with, document by document.
/// Reads a YAML profile document into <see cref="ProfileNode"/>s in one pass over the parser's events, refusing
/// anchors, aliases, custom tags, keys that are not plain words and nesting past <see cref="MaxDepth"/>. Its scalars
/// are resolved independently of the token reader: by YAML 1.2's core schema as the specification writes it
/// (<see cref="YamlCoreSchema"/>), with the profile reader's departures from it listed one by one (<see cref="Departure"/>),
/// so that a mistake in the token reader's resolution shows as a difference instead of being copied here.
/// </summary>
internal static class EventBasedYamlReference
{
    public const int MaxDepth = 64;

    private const string TagPrefix = "tag:yaml.org,2002:";

    public static ProfileNode? Parse(string text, List<Problem> problems)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                problems.Add(Empty());
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = Node(parser, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var start = parser.Current!.Start;
                problems.Add(At(start, "", "the file holds more than one YAML document; a profile is one document"));
                return null;
            }

            return root;
        }
        catch (Refusal refusal)
        {
            problems.Add(At(refusal.Start, refusal.Path, refusal.Message));
            return null;
        }
        catch (YamlException e)
        {
            problems.Add(At(e.Start, "", "malformed YAML: " + Clean(e.Message)));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            var start = parser.Current?.Start ?? Mark.Empty;
            problems.Add(At(start, "", "malformed YAML: the parser could not read the document here"));
            return null;
        }
    }

    public static Problem Empty() =>
        Problem.At("", "the document is empty; expected a mapping of profile fields (write {} for a profile with nothing known)");

    private static ProfileNode Node(IParser parser, int depth)
    {
        var e = parser.Current ?? throw new YamlException("the document ends early");
        if (e is AnchorAlias alias)
        {
            throw new Refusal(e.Start, $"aliases are not allowed (*{alias.Value}); write the value out in full");
        }

        if (e is NodeEvent node && !node.Anchor.IsEmpty)
        {
            throw new Refusal(e.Start, $"anchors are not allowed (&{node.Anchor.Value}); write each value out in full");
        }

        var line = (int)Math.Min(e.Start.Line, int.MaxValue);
        var column = (int)Math.Min(e.Start.Column, int.MaxValue);
        switch (e)
        {
            case Scalar scalar:
                parser.MoveNext();
                return Resolve(scalar, line, column);
            case SequenceStart:
                Deeper(e, depth);
                parser.MoveNext();
                var items = new List<ProfileNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(Node(parser, depth + 1));
                }

                return new ProfileNode(NodeKind.Sequence, line, column) { Items = items, HasForeignTag = Foreign(e, "seq") };
            case MappingStart:
                Deeper(e, depth);
                parser.MoveNext();
                var members = new List<(string, ProfileNode, ProfileNode)>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    if (parser.Current is not Scalar)
                    {
                        throw new Refusal(parser.Current?.Start ?? e.Start, "keys must be plain words, not lists or mappings");
                    }

                    var key = Node(parser, depth + 1);
                    members.Add((key.Text ?? "", key, Node(parser, depth + 1)));
                }

                return new ProfileNode(NodeKind.Mapping, line, column) { Members = members, HasForeignTag = Foreign(e, "map") };
            default:
                throw new YamlException(e.Start, e.End, "unexpected content");
        }
    }

    private static bool Foreign(ParsingEvent e, string kind) =>
        e is NodeEvent { Tag.IsEmpty: false } node && node.Tag.Value != TagPrefix + kind;

    private static void Deeper(ParsingEvent e, int depth)
    {
        if (depth >= MaxDepth)
        {
            throw new Refusal(e.Start, string.Create(CultureInfo.InvariantCulture, $"nesting is deeper than {MaxDepth} levels"));
        }
    }

    /// <summary>
    /// A scalar's node: its tag resolved by the specification (<see cref="YamlCoreSchema"/>, not the token reader's
    /// code), then the profile reader's stated departures from it (<see cref="Departure"/>), then the tag's node kind —
    /// <c>!!str</c> text, <c>!!int</c> and <c>!!float</c> a number, <c>!!bool</c>, <c>!!null</c>, and any other tag a
    /// foreign one (<see cref="ProfileNode.HasForeignTag"/>), which the binder refuses.
    /// </summary>
    private static ProfileNode Resolve(Scalar scalar, int line, int column)
    {
        var text = scalar.Value;
        var written = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        var plain = scalar.Style == ScalarStyle.Plain;
        var tag = Departure(written, plain, text) ?? YamlCoreSchema.Resolve(written, plain, text);
        return tag switch
        {
            YamlCoreSchema.Str => new ProfileNode(NodeKind.String, line, column) { Text = text, IsPlain = plain && written is null },
            YamlCoreSchema.Int or YamlCoreSchema.Float => new ProfileNode(NodeKind.Number, line, column) { Text = text, IsPlain = plain && written is null },
            YamlCoreSchema.Bool => new ProfileNode(NodeKind.Bool, line, column) { Text = text, IsPlain = plain && written is null },
            YamlCoreSchema.Null => new ProfileNode(NodeKind.Null, line, column) { Text = text, IsPlain = plain && written is null },
            _ => new ProfileNode(NodeKind.Null, line, column) { Text = text, HasForeignTag = true },
        };
    }

    /// <summary>
    /// Where the profile reader departs from the core schema on purpose, each departure named (a test pins each one):
    /// the tag it reads instead of the specification's, or <see langword="null"/> where it follows the specification.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Octal and hexadecimal integers (<c>0o17</c>, <c>0x1F</c>) are text: a profile's numbers are written in
    /// decimal, and a number field refuses them either way (as text, or as a number it cannot read).</item>
    /// <item>The non-specific tag <c>!</c> is refused like a local tag: a profile accepts the core schema's five tags
    /// and no other, where the specification would read <c>! 5</c> as the text "5".</item>
    /// </list>
    /// </remarks>
    private static string? Departure(string? tag, bool plain, string text) =>
        tag == "!" ? "!"
        : tag is null && plain && YamlCoreSchema.RowOf(text) is "base 8" or "base 16" ? YamlCoreSchema.Str
        : null;

    private static Problem At(Mark start, string path, string message) =>
        Problem.At(path, message) with
        {
            Line = (int)Math.Clamp(start.Line, 1, int.MaxValue),
            Column = (int)Math.Clamp(start.Column, 1, int.MaxValue),
        };

    /// <summary>The parser's message without its position prefix ("(Line: 1, Col: 2, Idx: 3) - (…): ").</summary>
    private static string Clean(string message)
    {
        var at = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && at > 0)
        {
            message = message[(at + 3)..];
        }

        return message.Trim().TrimEnd('.');
    }

    /// <summary>A refusal of the whole document at one place (anchors, aliases, deep nesting, complex keys).</summary>
    private sealed class Refusal(Mark start, string message) : Exception(message)
    {
        public Mark Start { get; } = start;

        public string Path { get; } = "";
    }
}
