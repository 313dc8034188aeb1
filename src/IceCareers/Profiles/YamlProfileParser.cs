using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;
using IceCareers.Diagnostics;

namespace IceCareers.Profiles;

/// <summary>
/// Reads a YAML profile document into <see cref="ProfileNode"/>s in one pass over the tokens of YamlDotNet's
/// <see cref="Scanner"/>, by the productions of YAML's block and flow grammar (the same as libyaml's and YamlDotNet's
/// <c>Parser</c>), refusing anchors, aliases, tag directives, custom tags, keys that are not single values and nesting
/// past <see cref="MaxDepth"/>. Plain scalars are resolved as YAML 1.2's core schema does (null, true/false, numbers,
/// otherwise text), with two departures: octal and hexadecimal integers (<c>0o17</c>, <c>0x1F</c>) are text, and the
/// non-specific tag <c>!</c> is refused like any tag but the core schema's five (the tests' reference resolves by the
/// specification and lists these two).
/// </summary>
/// <remarks>
/// Why tokens, not YamlDotNet's <c>Parser</c>: the parser builds its default tag directives on the first document it
/// reads, and their static constructor compiles a regular expression with <c>RegexOptions.Compiled</c> — about 20 ms of
/// every program's first read, for a check of tag handles that a profile, which may not declare any, never needs. A test
/// compares this reader with one over the parser's events, document by document.
/// </remarks>
internal static partial class YamlProfileParser
{
    public const int MaxDepth = 64;

    private const string TagPrefix = "tag:yaml.org,2002:";

    public static ProfileNode? Parse(string text, List<Problem> problems)
    {
        var reader = new TokenReader(new Scanner(new StringReader(text)));
        try
        {
            reader.Start();
            reader.Expect<StreamStart>("the start of the document");
            reader.SkipVersionDirectives();
            if (reader.Current is StreamEnd)
            {
                problems.Add(Empty());
                return null;
            }

            var root = reader.Document();
            if (reader.Current is not StreamEnd)
            {
                problems.Add(At(reader.Current!.Start, "", "the file holds more than one YAML document; a profile is one document"));
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
            problems.Add(At(reader.Current?.Start ?? Mark.Empty, "", "malformed YAML: the parser could not read the document here"));
            return null;
        }
    }

    public static Problem Empty() =>
        Problem.At("", "the document is empty; expected a mapping of profile fields (write {} for a profile with nothing known)");

    private static ProfileNode Resolve(Scalar scalar, string? tag, Mark start)
    {
        var text = scalar.Value;
        var plain = scalar.Style == ScalarStyle.Plain;
        var (line, column) = Position(start);
        NodeKind kind;
        if (tag is not null)
        {
            kind = tag switch
            {
                TagPrefix + "str" => NodeKind.String,
                TagPrefix + "int" or TagPrefix + "float" => NodeKind.Number,
                TagPrefix + "bool" => NodeKind.Bool,
                TagPrefix + "null" => NodeKind.Null,
                _ => NodeKind.Null,
            };
            plain = false;
            if (kind == NodeKind.Null && tag != TagPrefix + "null")
            {
                // Reported by the binder, which knows the field's path.
                return new ProfileNode(NodeKind.Null, line, column) { Text = text, HasForeignTag = true };
            }
        }
        else if (!plain)
        {
            kind = NodeKind.String;
        }
        else if (text.Length == 0 || text is "~" or "null" or "Null" or "NULL")
        {
            kind = NodeKind.Null;
        }
        else if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            kind = NodeKind.Bool;
        }
        else if (Number().IsMatch(text))
        {
            kind = NodeKind.Number;
        }
        else
        {
            kind = NodeKind.String;
        }

        return new ProfileNode(kind, line, column) { Text = text, IsPlain = plain };
    }

    private static (int Line, int Column) Position(Mark mark) =>
        ((int)Math.Min(mark.Line, int.MaxValue), (int)Math.Min(mark.Column, int.MaxValue));

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

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>A refusal of the whole document at one place (anchors, aliases, deep nesting, complex keys).</summary>
    private sealed class Refusal(Mark start, string message) : Exception(message)
    {
        public Mark Start { get; } = start;

        public string Path { get; } = "";
    }

    /// <summary>
    /// The productions of YAML's grammar over the scanner's tokens (names as in the YAML 1.1 grammar libyaml follows):
    /// a document is one block node; a block node is a scalar, a flow collection or a block collection, after optional
    /// properties (a tag; anchors are refused); a missing node is an empty (null) scalar.
    /// </summary>
    private sealed class TokenReader(Scanner scanner)
    {
        private Token? _current;

        public Token? Current => _current;

        /// <summary>Reads the first token (inside the caller's error handling: the scanner throws on malformed YAML).</summary>
        public void Start() => Skip();

        /// <summary>Moves past a token of type <typeparamref name="T"/>, or throws naming <paramref name="what"/> was expected.</summary>
        public void Expect<T>(string what)
            where T : Token
        {
            if (_current is not T)
            {
                throw Unexpected("did not find " + what);
            }

            Skip();
        }

        /// <summary>A <c>%YAML</c> directive is accepted and skipped; <c>%TAG</c> declares handles a profile may not use.</summary>
        public void SkipVersionDirectives()
        {
            while (_current is VersionDirective or TagDirective)
            {
                if (_current is TagDirective)
                {
                    throw new Refusal(_current.Start, "tag directives (%TAG) are not allowed; write the profile without them");
                }

                Skip();
            }
        }

        /// <summary>implicit_document ::= block_node DOCUMENT-END* | explicit_document ::= DOCUMENT-START block_node? DOCUMENT-END*.</summary>
        public ProfileNode Document()
        {
            ProfileNode root;
            if (_current is DocumentStart start)
            {
                Skip();
                root = _current is DocumentStart or DocumentEnd or StreamEnd or VersionDirective or TagDirective
                    ? EmptyScalar(start.End)
                    : Node(0, block: true, indentless: false);
            }
            else
            {
                root = Node(0, block: true, indentless: false);
            }

            while (_current is DocumentEnd)
            {
                Skip();
            }

            SkipVersionDirectives();
            return root;
        }

        /// <summary>block_node / flow_node, with block_node_or_indentless_sequence where <paramref name="indentless"/>.</summary>
        private ProfileNode Node(int depth, bool block, bool indentless)
        {
            var first = _current ?? throw Unexpected("the document ends early");
            if (first is AnchorAlias alias)
            {
                throw new Refusal(first.Start, $"aliases are not allowed (*{alias.Value}); write the value out in full");
            }

            string? tag = null;
            while (_current is Anchor or Tag)
            {
                if (_current is Anchor anchor)
                {
                    throw new Refusal(first.Start, $"anchors are not allowed (&{anchor.Value}); write each value out in full");
                }

                if (tag is not null)
                {
                    throw Unexpected("found more than one tag on one node");
                }

                tag = TagName((Tag)_current!);
                Skip();
            }

            var start = first.Start;
            var (line, column) = Position(start);
            switch (_current)
            {
                case Scalar scalar:
                    Skip();
                    return Resolve(scalar, tag, start);
                case FlowSequenceStart:
                    Deeper(start, depth);
                    Skip();
                    return Sequence(FlowSequence(depth), tag, line, column);
                case FlowMappingStart:
                    Deeper(start, depth);
                    Skip();
                    return Mapping(FlowMapping(depth), tag, line, column);
                case BlockSequenceStart when block:
                    Deeper(start, depth);
                    Skip();
                    return Sequence(BlockSequence(depth), tag, line, column);
                case BlockMappingStart when block:
                    Deeper(start, depth);
                    Skip();
                    return Mapping(BlockMapping(depth), tag, line, column);
                case BlockEntry when indentless:
                    Deeper(start, depth);
                    return Sequence(IndentlessSequence(depth), tag, line, column);
                default:
                    if (tag is not null)
                    {
                        // A tag with nothing after it: an empty scalar with that tag (the binder refuses foreign tags).
                        return Resolve(new Scalar(string.Empty, ScalarStyle.Plain, start, start), tag, start);
                    }

                    throw Unexpected("did not find expected node content");
            }
        }

        /// <summary>block_sequence ::= BLOCK-SEQUENCE-START (BLOCK-ENTRY block_node?)* BLOCK-END.</summary>
        private List<ProfileNode> BlockSequence(int depth)
        {
            var items = new List<ProfileNode>();
            while (_current is BlockEntry entry)
            {
                Skip();
                items.Add(_current is BlockEntry or BlockEnd ? EmptyScalar(entry.End) : Node(depth + 1, block: true, indentless: false));
            }

            if (_current is not BlockEnd)
            {
                throw Unexpected("while parsing a block collection, did not find expected '-' indicator");
            }

            Skip();
            return items;
        }

        /// <summary>indentless_sequence ::= (BLOCK-ENTRY block_node?)+ (a list written at its key's indentation).</summary>
        private List<ProfileNode> IndentlessSequence(int depth)
        {
            var items = new List<ProfileNode>();
            while (_current is BlockEntry entry)
            {
                Skip();
                items.Add(_current is BlockEntry or Key or Value or BlockEnd ? EmptyScalar(entry.End) : Node(depth + 1, block: true, indentless: false));
            }

            return items;
        }

        /// <summary>
        /// block_mapping ::= BLOCK-MAPPING-START ((KEY block_node_or_indentless_sequence?)? (VALUE block_node_or_indentless_sequence?)?)* BLOCK-END.
        /// Read as YamlDotNet's parser reads it: a node for each KEY and each VALUE, where a VALUE with no KEY before it
        /// gives one empty node of its own; the nodes then pair up as key and value (an odd one out is malformed).
        /// </summary>
        private List<(string, ProfileNode, ProfileNode)> BlockMapping(int depth)
        {
            var nodes = new List<ProfileNode>();
            var expectingKey = true;
            Mark end;
            while (true)
            {
                if (expectingKey)
                {
                    if (_current is Key keyToken)
                    {
                        Skip();
                        nodes.Add(_current is Key or Value or BlockEnd ? EmptyScalar(keyToken.End) : Node(depth + 1, block: true, indentless: true));
                        expectingKey = false;
                    }
                    else if (_current is Value loneValue)
                    {
                        Skip();
                        nodes.Add(EmptyScalar(loneValue.End));
                    }
                    else if (_current is BlockEnd blockEnd)
                    {
                        end = blockEnd.Start;
                        Skip();
                        break;
                    }
                    else if (_current is AnchorAlias alias)
                    {
                        throw new Refusal(alias.Start, $"aliases are not allowed (*{alias.Value}); write the value out in full");
                    }
                    else
                    {
                        throw Unexpected("while parsing a block mapping, did not find expected key");
                    }
                }
                else
                {
                    if (_current is Value valueToken)
                    {
                        Skip();
                        nodes.Add(_current is Key or Value or BlockEnd ? EmptyScalar(valueToken.End) : Node(depth + 1, block: true, indentless: true));
                    }
                    else
                    {
                        nodes.Add(EmptyScalar(_current?.Start ?? Mark.Empty));
                    }

                    expectingKey = true;
                }
            }

            if (nodes.Count % 2 != 0)
            {
                throw new SemanticErrorException(end, end, "unexpected content");
            }

            var members = new List<(string, ProfileNode, ProfileNode)>(nodes.Count / 2);
            for (var i = 0; i < nodes.Count; i += 2)
            {
                if (nodes[i].Kind is NodeKind.Mapping or NodeKind.Sequence)
                {
                    throw new Refusal(new Mark(0, nodes[i].Line, nodes[i].Column), "keys must be plain words, not lists or mappings");
                }

                members.Add(Member(nodes[i], nodes[i + 1]));
            }

            return members;
        }

        /// <summary>flow_sequence ::= FLOW-SEQUENCE-START (flow_sequence_entry FLOW-ENTRY)* flow_sequence_entry? FLOW-SEQUENCE-END.</summary>
        private List<ProfileNode> FlowSequence(int depth)
        {
            var items = new List<ProfileNode>();
            while (_current is not FlowSequenceEnd)
            {
                if (items.Count > 0)
                {
                    if (_current is not FlowEntry)
                    {
                        throw Unexpected("while parsing a flow sequence, did not find expected ',' or ']'");
                    }

                    Skip();
                    if (_current is FlowSequenceEnd)
                    {
                        break;
                    }
                }

                if (_current is Key keyToken)
                {
                    // flow_sequence_entry ::= KEY flow_node? (VALUE flow_node?)?: a mapping of one pair inside a list.
                    var (line, column) = Position(keyToken.Start);
                    Deeper(keyToken.Start, depth + 1);
                    Skip();
                    var pair = FlowPair(depth + 1, inList: true);
                    items.Add(Mapping([Member(pair.Key, pair.Value)], null, line, column));
                }
                else
                {
                    items.Add(Node(depth + 1, block: false, indentless: false));
                }
            }

            Skip();
            return items;
        }

        /// <summary>flow_mapping ::= FLOW-MAPPING-START (flow_mapping_entry FLOW-ENTRY)* flow_mapping_entry? FLOW-MAPPING-END.</summary>
        private List<(string, ProfileNode, ProfileNode)> FlowMapping(int depth)
        {
            var members = new List<(string, ProfileNode, ProfileNode)>();
            while (_current is not FlowMappingEnd)
            {
                if (members.Count > 0)
                {
                    if (_current is not FlowEntry)
                    {
                        throw Unexpected("while parsing a flow mapping, did not find expected ',' or '}'");
                    }

                    Skip();
                    if (_current is FlowMappingEnd)
                    {
                        break;
                    }
                }

                if (_current is Key)
                {
                    Skip();
                    var (key, value) = FlowPair(depth, inList: false);
                    members.Add(Member(key, value));
                }
                else
                {
                    // flow_mapping_entry ::= flow_node: a key without a value.
                    var key = KeyNode(depth, block: false);
                    members.Add(Member(key, EmptyScalar(_current?.Start ?? Mark.Empty)));
                }
            }

            Skip();
            return members;
        }

        /// <summary>
        /// After KEY in a flow collection: flow_node? (VALUE flow_node?)?. An empty key or value is placed where YamlDotNet's
        /// parser places it: at the token that follows (its end, for the key of a pair inside a flow list).
        /// </summary>
        private (ProfileNode Key, ProfileNode Value) FlowPair(int depth, bool inList)
        {
            var key = _current is Value or FlowEntry or FlowMappingEnd or FlowSequenceEnd
                ? EmptyScalar(inList ? _current.End : _current.Start)
                : KeyNode(depth, block: false);
            if (_current is Value)
            {
                Skip();
                var value = _current is FlowEntry or FlowMappingEnd or FlowSequenceEnd ? EmptyScalar(_current.Start) : Node(depth + 1, block: false, indentless: false);
                return (key, value);
            }

            return (key, EmptyScalar(_current?.Start ?? Mark.Empty));
        }

        /// <summary>A key: a single value (quoted or not); a list or mapping as a key is refused.</summary>
        private ProfileNode KeyNode(int depth, bool block)
        {
            var start = _current?.Start ?? Mark.Empty;
            var key = Node(depth + 1, block, indentless: false);
            if (key.Kind is NodeKind.Mapping or NodeKind.Sequence)
            {
                throw new Refusal(start, "keys must be plain words, not lists or mappings");
            }

            return key;
        }

        private static ProfileNode Sequence(List<ProfileNode> items, string? tag, int line, int column) =>
            new(NodeKind.Sequence, line, column) { Items = items, HasForeignTag = tag is not null && tag != TagPrefix + "seq" };

        private static ProfileNode Mapping(List<(string, ProfileNode, ProfileNode)> members, string? tag, int line, int column) =>
            new(NodeKind.Mapping, line, column) { Members = members, HasForeignTag = tag is not null && tag != TagPrefix + "map" };

        private static (string, ProfileNode, ProfileNode) Member(ProfileNode key, ProfileNode value) => (key.Text ?? "", key, value);

        /// <summary>A missing node: what <see cref="Resolve"/> makes of an empty plain scalar (null), without building one.</summary>
        private static ProfileNode EmptyScalar(Mark at)
        {
            var (line, column) = Position(at);
            return new ProfileNode(NodeKind.Null, line, column) { Text = string.Empty, IsPlain = true };
        }

        private static void Deeper(Mark start, int depth)
        {
            if (depth >= MaxDepth)
            {
                throw new Refusal(start, string.Create(CultureInfo.InvariantCulture, $"nesting is deeper than {MaxDepth} levels"));
            }
        }

        /// <summary>The tag's full name: <c>!!x</c> is the core schema's, <c>!x</c> a local tag, <c>!&lt;…&gt;</c> verbatim.</summary>
        private static string TagName(Tag tag) => tag.Handle switch
        {
            "" => tag.Suffix,
            "!!" => TagPrefix + tag.Suffix,
            "!" => "!" + tag.Suffix,
            _ => throw new SemanticErrorException(tag.Start, tag.End, "While parsing a node, found undefined tag handle."),
        };

        /// <summary>
        /// Moves to the next token. The scanner reports some malformed YAML as an error token instead of throwing; it is
        /// thrown here, wherever it stands.
        /// </summary>
        private void Skip()
        {
            _current = scanner.MoveNext() ? scanner.Current : null;
            if (_current is Error error)
            {
                throw new SyntaxErrorException(error.Start, error.End, error.Value);
            }
        }

        private YamlException Unexpected(string message)
        {
            var at = _current?.Start ?? Mark.Empty;
            return new SemanticErrorException(at, _current?.End ?? at, message);
        }
    }
}
