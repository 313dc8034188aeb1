using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Tests.TestSupport;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace IceCareers.Tests.Data;

/// <summary>Every data file validates against the JSON Schema its first line names (the one editors use).</summary>
public sealed class DataSchemaTests
{
    public static TheoryData<string> DataFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.DataDirectory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repository.DataDirectory, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_AgainstItsSchema_IsValid(string relativePath)
    {
        var path = Path.Combine(Repository.DataDirectory, relativePath);
        var text = File.ReadAllText(path);
        var firstLine = text.Split('\n')[0];
        const string Marker = "# yaml-language-server: $schema=";
        Assert.StartsWith(Marker, firstLine, StringComparison.Ordinal);
        var schemaPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, firstLine[Marker.Length..].Trim()));
        Assert.True(File.Exists(schemaPath), $"{relativePath} names a schema that does not exist: {schemaPath}");

        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var instance = ToJson(stream.Documents[0].RootNode);
        using var document = JsonDocument.Parse(instance!.ToJsonString());

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var problems = result.Details?.Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? [];
        Assert.True(result.IsValid, relativePath + ":\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("roles/deportation-officer.yaml", "title: Deportation Officer\n", "title: Deportation Officer\ntitel: x\n")]
    [InlineData("training/hsi-citp.yaml", "trainingDays: 56", "trainingDays: -3")]
    public void DataFile_BrokenCopy_FailsItsSchema(string relativePath, string find, string replacement)
    {
        var path = Path.Combine(Repository.DataDirectory, relativePath);
        var text = File.ReadAllText(path).Replace(find, replacement, StringComparison.Ordinal);
        var schemaName = text.Split('\n')[0].Split("$schema=")[1].Trim();
        var schema = JsonSchema.FromText(File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, schemaName))));
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        using var document = JsonDocument.Parse(ToJson(stream.Documents[0].RootNode)!.ToJsonString());

        Assert.False(schema.Evaluate(document.RootElement).IsValid);
    }

    // YAML 1.2 core-schema typing of plain scalars; quoted scalars stay strings.
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s => Plain(s.Value ?? ""),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => throw new InvalidOperationException("unexpected node " + node.NodeType),
    };

    private static JsonNode? Plain(string value)
    {
        if (value is "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(value);
    }
}
