using YamlDotNet.Serialization;

namespace IceCareers.Authoring.Yaml;

/// <summary>
/// camelCase keys for our PascalCase DTO properties by lowering the first letter only. YamlDotNet's own camelCase
/// convention compiles a regular expression on first use (17–20 ms of a cold start, docs/benchmarks.md); our property
/// names need nothing more.
/// </summary>
internal sealed class LowerFirstNamingConvention : INamingConvention
{
    public static LowerFirstNamingConvention Instance { get; } = new();

    public string Apply(string value) =>
        string.IsNullOrEmpty(value) || char.IsLower(value[0]) ? value : char.ToLowerInvariant(value[0]) + value[1..];

    public string Reverse(string value) =>
        string.IsNullOrEmpty(value) || char.IsUpper(value[0]) ? value : char.ToUpperInvariant(value[0]) + value[1..];
}
