using System.Globalization;
using System.Text.Json.Nodes;
using IceCareers.Authoring.Yaml;
using IceCareers.Tests.TestSupport;
using YamlDotNet.RepresentationModel;

namespace IceCareers.Tests.Authoring;

/// <summary>
/// Issue 24 §4: every numeric range the data schemas state is one the loader enforces, with file:line:column. The list
/// the loader holds (<see cref="SchemaRanges"/>) is derived here from the schema files, so a new range cannot be
/// forgotten; then each range found in the shipped data is broken in turn, below and above, and must be refused at
/// its own key, once, without cascading problems.
/// </summary>
public sealed class SchemaRangesTests
{
    private static string SchemaFolder => Path.Combine(Repository.DataDirectory, "schema");

    /// <summary>The ranges the schema files state, as the lines of <see cref="SchemaRanges.All"/>.</summary>
    private static SortedSet<string> FromSchemaFiles()
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(SchemaFolder, "*.schema.json"))
        {
            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var name = Path.GetFileName(file)[..^".schema.json".Length];
            var defs = (schema["$defs"] ?? schema["definitions"])?.AsObject();
            Walk(schema, "$", 0);

            void Walk(JsonNode? node, string path, int depth)
            {
                if (node is not JsonObject o)
                {
                    return;
                }

                if (o["$ref"] is { } reference && depth < 6)
                {
                    Walk(defs?[((string)reference!).Split('/')[^1]], path, depth + 1);
                }

                var min = Number(o["minimum"]) ?? Number(o["exclusiveMinimum"]);
                var max = Number(o["maximum"]);
                if (min is not null || max is not null)
                {
                    lines.Add(Line(new SchemaRange(name, path, min, o["exclusiveMinimum"] is not null && o["minimum"] is null, max)));
                }

                foreach (var (key, child) in o["properties"]?.AsObject() ?? [])
                {
                    Walk(child, path + "." + key, depth);
                }

                Walk(o["items"], path + "[*]", depth);
                foreach (var combination in (string[])["oneOf", "anyOf", "allOf"])
                {
                    foreach (var child in o[combination]?.AsArray() ?? [])
                    {
                        Walk(child, path, depth);
                    }
                }

                Walk(o["then"], path, depth);
            }
        }

        return lines;
    }

    private static double? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    private static string Line(SchemaRange r) => string.Create(CultureInfo.InvariantCulture,
        $"        new(\"{r.Schema}\", \"{r.Path}\", {(r.Minimum is { } min ? min.ToString(CultureInfo.InvariantCulture) : "null")}, {(r.ExclusiveMinimum ? "true" : "false")}, {(r.Maximum is { } max ? max.ToString(CultureInfo.InvariantCulture) : "null")}),");

    [Fact]
    public void All_MatchesEveryRangeOfTheSchemaFiles()
    {
        var expected = FromSchemaFiles();
        var actual = new SortedSet<string>(SchemaRanges.All.Select(Line), StringComparer.Ordinal);

        Assert.True(expected.SetEquals(actual), "SchemaRanges.All is stale; paste these lines into src/IceCareers/Authoring/Yaml/SchemaRanges.cs:\n" + string.Join("\n", expected));
    }

    /// <summary>The data files written against each schema.</summary>
    private static IEnumerable<string> FilesOf(string schema) => schema switch
    {
        "version" => ["version.yaml"],
        "sources" => ["sources.yaml"],
        "role" => Relative("roles"),
        "requirements" => Relative("requirements"),
        "pipeline" => Relative("pipelines"),
        "training" => Relative("training"),
        _ when schema.StartsWith("hiring-", StringComparison.Ordinal) => ["hiring/" + schema["hiring-".Length..] + ".yaml"],
        _ when schema.StartsWith("pay-", StringComparison.Ordinal) => ["pay/" + schema["pay-".Length..] + ".yaml"],
        _ => [],
    };

    private static IEnumerable<string> Relative(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Repository.DataDirectory, folder), "*.yaml").Order(StringComparer.Ordinal).Select(f => folder + "/" + Path.GetFileName(f));

    public static TheoryData<string, string, string> BrokenRanges()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var range in SchemaRanges.All)
        {
            foreach (var file in FilesOf(range.Schema))
            {
                if (Find(File.ReadAllText(Path.Combine(Repository.DataDirectory, file)), range.Path) is { } found)
                {
                    foreach (var value in Outside(range))
                    {
                        data.Add(file, found.Path, value);
                    }

                    break;
                }
            }
        }

        return data;
    }

    private static IEnumerable<string> Outside(SchemaRange r)
    {
        if (r.Minimum is { } min)
        {
            yield return (r.ExclusiveMinimum ? min : min - 1).ToString(CultureInfo.InvariantCulture);
        }

        if (r.Maximum is { } max)
        {
            yield return (max + 1).ToString(CultureInfo.InvariantCulture);
        }

        yield return "1e30";
    }

    [Fact]
    public void BrokenRanges_CoverMostRangesOfTheSchemas()
    {
        var covered = BrokenRanges().Select(row => SchemaRanges.Pattern((string)row[1])).Distinct().Count();

        Assert.True(covered >= SchemaRanges.All.Count / 2, $"{covered} of {SchemaRanges.All.Count} ranges found in the shipped data");
    }

    [Theory]
    [MemberData(nameof(BrokenRanges))]
    public void LoadDirectory_ValueOutsideTheSchemasRange_RefusedAtItsKeyOnce(string file, string path, string value)
    {
        using var data = new DataCopy();
        var text = data.Read(file);
        var found = Find(text, SchemaRanges.Pattern(path))!.Value;
        data.Write(file, text[..found.Start] + value + text[found.End..]);
        var line = text[..found.Start].Count(c => c == '\n') + 1;

        var e = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root));

        var problem = Assert.Single(e.Problems, p => p.Message.Contains(path, StringComparison.Ordinal));
        Assert.Equal(line, problem.Line);
        Assert.EndsWith(file, problem.File!.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Contains("expected a number", problem.Message, StringComparison.Ordinal);
        Assert.Single(e.Problems, p => p.File == problem.File);
    }

    /// <summary>The first scalar at a path pattern in a YAML text: its concrete path and its character span.</summary>
    private static (string Path, int Start, int End)? Find(string yaml, string pattern)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var segments = Segments(pattern);
        return Walk(stream.Documents[0].RootNode, "$", 0);

        (string, int, int)? Walk(YamlNode node, string path, int at)
        {
            if (at == segments.Count)
            {
                return node is YamlScalarNode scalar && scalar.Value is { Length: > 0 }
                    ? (path, (int)scalar.Start.Index, (int)scalar.End.Index)
                    : null;
            }

            var segment = segments[at];
            if (segment == "[*]" && node is YamlSequenceNode sequence)
            {
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (Walk(sequence.Children[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", at + 1) is { } hit)
                    {
                        return hit;
                    }
                }
            }
            else if (segment != "[*]" && node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(segment), out var child))
            {
                return Walk(child, path + "." + segment, at + 1);
            }

            return null;
        }
    }

    private static List<string> Segments(string pattern)
    {
        var segments = new List<string>();
        foreach (var part in pattern[1..].Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Split('[')[0];
            if (name.Length > 0)
            {
                segments.Add(name);
            }

            for (var i = 0; i < part.Count(c => c == '['); i++)
            {
                segments.Add("[*]");
            }
        }

        return segments;
    }
}
