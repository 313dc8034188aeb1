using System.Text.RegularExpressions;

namespace IceCareers.Tests.Profiles;

/// <summary>
/// The tag of a YAML scalar, resolved as the YAML 1.2.2 specification says, written from the specification and not
/// from the profile reader: a specific tag stands (§6.9.1); the non-specific tag <c>!</c> and every quoted or block
/// scalar resolve to <c>!!str</c> (§6.9.1, §10.3.2); an untagged plain scalar takes the tag of the first row of the core
/// schema's table that its whole text matches (§10.3.2 "Tag Resolution"), in the table's order.
/// </summary>
/// <remarks>The test oracle's half that says what a scalar is: the profile reader's own resolution is checked against it.</remarks>
internal static class YamlCoreSchema
{
    public const string Null = "tag:yaml.org,2002:null";
    public const string Bool = "tag:yaml.org,2002:bool";
    public const string Int = "tag:yaml.org,2002:int";
    public const string Float = "tag:yaml.org,2002:float";
    public const string Str = "tag:yaml.org,2002:str";

    /// <summary>The core schema's table, row by row as §10.3.2 prints it (each matched against the whole text).</summary>
    private static readonly (Regex Pattern, string Tag, string Row)[] Table =
    [
        (Whole("null|Null|NULL|~"), Null, "null"),
        (Whole(""), Null, "empty"),
        (Whole("true|True|TRUE|false|False|FALSE"), Bool, "boolean"),
        (Whole("[-+]?[0-9]+"), Int, "base 10"),
        (Whole("0o[0-7]+"), Int, "base 8"),
        (Whole("0x[0-9a-fA-F]+"), Int, "base 16"),
        (Whole(@"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"), Float, "number"),
        (Whole(@"[-+]?(\.inf|\.Inf|\.INF)"), Float, "infinity"),
        (Whole(@"\.nan|\.NaN|\.NAN"), Float, "not a number"),
    ];

    /// <summary>The resolved tag of a scalar.</summary>
    /// <param name="tag">The tag written on the node, in full (<c>!!str</c> as <c>tag:yaml.org,2002:str</c>), or <see langword="null"/>.</param>
    /// <param name="plain">Whether the scalar is written plain (no quotes, not a block scalar).</param>
    /// <param name="text">The scalar's content.</param>
    public static string Resolve(string? tag, bool plain, string text)
    {
        if (tag == "!")
        {
            return Str;
        }

        if (tag is not null)
        {
            return tag;
        }

        if (!plain)
        {
            return Str;
        }

        foreach (var (pattern, resolved, _) in Table)
        {
            if (pattern.IsMatch(text))
            {
                return resolved;
            }
        }

        return Str;
    }

    /// <summary>The row of the table a plain scalar matches ("base 16"), or "string".</summary>
    public static string RowOf(string text) => Table.FirstOrDefault(r => r.Pattern.IsMatch(text)).Row ?? "string";

    private static Regex Whole(string alternatives) =>
        new(@"\A(?:" + alternatives + @")\z", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
}
