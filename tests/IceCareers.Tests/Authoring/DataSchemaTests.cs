using System.Text.Json;
using IceCareers.Tests.TestSupport;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace IceCareers.Tests.Authoring;

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
        var instance = YamlJson.ToJson(stream.Documents[0].RootNode);
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
        using var document = JsonDocument.Parse(YamlJson.ToJson(stream.Documents[0].RootNode)!.ToJsonString());

        Assert.False(schema.Evaluate(document.RootElement).IsValid);
    }
}
