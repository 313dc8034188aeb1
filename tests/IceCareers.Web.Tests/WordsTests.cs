using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IceCareers.Candidates;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Web.Tests;

/// <summary>
/// The page's words table (wwwroot/words.json) covers every field path the API can name: each problem path and each
/// missing-information path of every sample profile, and of profiles made from them by leaving each fact out or
/// giving it a value the API refuses. No raw path reaches a person.
/// </summary>
public class WordsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.PathOf("samples", "profiles"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task WordsTable_EveryPathTheApiNamesForThisSampleAndItsVariants_HasWords(string sample)
    {
        var words = await WordsTable();
        var profile = JsonNode.Parse(JsonSerializer.Serialize(
            CandidateProfile.FromYaml(File.ReadAllText(Repository.PathOf("samples", "profiles", sample + ".yaml"))),
            IceCareersJsonContext.Default.CandidateProfile))!.AsObject();
        var paths = new SortedSet<string>(StringComparer.Ordinal);

        await Collect(profile, paths);
        foreach (var leaf in Leaves(profile, ""))
        {
            // Left out: the missing information it leads to.
            await Collect(Changed(profile, leaf, null), paths);

            // Refused: the problems it leads to, for values of the wrong kind and out of range.
            foreach (var bad in BadValues(leaf.Value))
            {
                await Collect(Changed(profile, leaf, bad), paths);
            }
        }

        // (An unknown key is not among them: the page builds the document from its own fields and sends no key it does not know.)
        Assert.NotEmpty(paths);
        var uncovered = paths.Where(p => !words.Any(w => w.IsMatch(p))).ToList();
        Assert.True(uncovered.Count == 0, "paths without words: " + string.Join(", ", uncovered));
    }

    [Fact]
    public async Task WordsTable_EveryRow_NamesAFieldOfThePageOrNone()
    {
        var html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var table = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/words.json", UriKind.Relative)));

        foreach (var row in table.RootElement.GetProperty("paths").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(row.GetProperty("words").GetString()));
            if (row.TryGetProperty("field", out var field) && field.GetString() is { } id)
            {
                Assert.True(html.Contains($"id=\"{id}\"", StringComparison.Ordinal) || html.Contains($"data-id=\"{id}\"", StringComparison.Ordinal) || id.StartsWith("postings-", StringComparison.Ordinal), $"no field {id}");
            }
        }
    }

    private async Task<List<Regex>> WordsTable()
    {
        using var table = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/words.json", UriKind.Relative)));
        return table.RootElement.GetProperty("paths").EnumerateArray()
            .Select(row => new Regex(row.GetProperty("path").GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .ToList();
    }

    /// <summary>Asks every endpoint that reads a profile, and keeps the paths it names.</summary>
    private async Task Collect(JsonObject profile, ISet<string> paths)
    {
        foreach (var (url, body) in new (string, JsonObject)[]
        {
            ("/api/eligibility/all", new JsonObject { ["asOf"] = "2026-01-15", ["profile"] = profile.DeepClone() }),
            ("/api/eligibility", new JsonObject { ["roleId"] = "deportation-officer", ["asOf"] = "2026-01-15", ["policy"] = "suitability", ["profile"] = profile.DeepClone() }),
            ("/api/paths", new JsonObject { ["asOf"] = "2026-01-15", ["profile"] = profile.DeepClone() }),
        })
        {
            using var response = await _client.PostAsJsonAsync(url, body);
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Gather(answer, paths);
        }
    }

    /// <summary>Every <c>path</c> of a problem and every entry of a <c>missingInformation</c> list, wherever they are.</summary>
    private static void Gather(JsonNode? node, ISet<string> paths)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == "missingInformation" && value is JsonArray missing)
                    {
                        foreach (var item in missing)
                        {
                            paths.Add((string)item!);
                        }
                    }
                    else if (key == "problems" && value is JsonArray problems)
                    {
                        foreach (var problem in problems)
                        {
                            if ((string?)problem!["path"] is { Length: > 0 } path)
                            {
                                paths.Add(path);
                            }
                        }
                    }
                    else
                    {
                        Gather(value, paths);
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    Gather(item, paths);
                }

                break;
        }
    }

    private sealed record Leaf(string Path, JsonNode? Parent, string? Key, int Index, JsonNode? Value);

    /// <summary>Every value of the document (objects and arrays too, so that a whole list can be left out).</summary>
    private static IEnumerable<Leaf> Leaves(JsonNode node, string path)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o)
            {
                var at = path.Length == 0 ? key : $"{path}.{key}";
                yield return new Leaf(at, o, key, -1, value);
                if (value is not null)
                {
                    foreach (var inner in Leaves(value, at))
                    {
                        yield return inner;
                    }
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                if (a[i] is { } item)
                {
                    foreach (var inner in Leaves(item, $"{path}[{i}]"))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static IEnumerable<JsonNode> BadValues(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.Number => [JsonValue.Create(-5), JsonValue.Create(100_000), JsonValue.Create("many")],
        JsonValueKind.String => [JsonValue.Create("not-a-word-we-know"), JsonValue.Create("3000-01-01"), JsonValue.Create(7)],
        JsonValueKind.True or JsonValueKind.False => [JsonValue.Create("perhaps")],
        JsonValueKind.Object => [JsonValue.Create(7), new JsonObject { ["notAField"] = 1 }],
        JsonValueKind.Array => [JsonValue.Create(7), new JsonArray(JsonValue.Create(7))],
        _ => [],
    };

    /// <summary>The profile with one value replaced (or, for <see langword="null"/>, left out).</summary>
    private static JsonObject Changed(JsonObject profile, Leaf leaf, JsonNode? replacement)
    {
        var copy = profile.DeepClone().AsObject();
        var parent = Navigate(copy, leaf.Path);
        var key = leaf.Key!;
        if (replacement is null)
        {
            parent.Remove(key);
        }
        else
        {
            parent[key] = replacement.DeepClone();
        }

        return copy;
    }

    /// <summary>The object that holds the last key of <paramref name="path"/> (<c>education[0].gpa</c> → <c>education[0]</c>).</summary>
    private static JsonObject Navigate(JsonObject root, string path)
    {
        JsonNode node = root;
        var parts = Regex.Matches(path, @"[^.\[\]]+|\[\d+\]").Select(m => m.Value).ToList();
        foreach (var part in parts.Take(parts.Count - 1))
        {
            node = part.StartsWith('[') ? node.AsArray()[int.Parse(part[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node.AsObject()[part]!;
        }

        return node.AsObject();
    }
}
