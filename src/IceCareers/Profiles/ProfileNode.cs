namespace IceCareers.Profiles;

/// <summary>What a node of a profile document holds, as far as the document itself says.</summary>
internal enum NodeKind
{
    Null,
    Bool,
    Number,
    String,
    Mapping,
    Sequence,
}

/// <summary>
/// One node of a profile document, YAML or JSON, read once into this common shape so that one binder judges both
/// formats against the profile contract and reports every problem in the same words.
/// </summary>
internal sealed class ProfileNode(NodeKind kind, int line, int column)
{
    public NodeKind Kind { get; } = kind;

    /// <summary>The scalar's text as written (without quotes); <see langword="null"/> for mappings and lists.</summary>
    public string? Text { get; init; }

    /// <summary>The members of a mapping, in document order (keys may repeat; the binder reports it).</summary>
    public List<(string Key, ProfileNode KeyNode, ProfileNode Value)>? Members { get; init; }

    /// <summary>The items of a list.</summary>
    public List<ProfileNode>? Items { get; init; }

    /// <summary>A YAML scalar written without quotes, which the binder may read as text where text is expected.</summary>
    public bool IsPlain { get; init; }

    /// <summary>A YAML value with a tag other than the core schema's (str, int, float, bool, null), which is refused.</summary>
    public bool HasForeignTag { get; init; }

    public int Line { get; } = line;

    public int Column { get; } = column;
}
