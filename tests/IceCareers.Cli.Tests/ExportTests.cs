using System.Text.Json;
using System.Text.Json.Nodes;
using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Serialization;

namespace IceCareers.Cli.Tests;

/// <summary>export: the catalog as the library's JSON, and as schema.org JSON-LD.</summary>
public sealed class ExportTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    [Fact]
    public void Export_Default_PrintsExactlyTheLibraryCatalogJson()
    {
        var result = Icecareers.Ok("export");

        Assert.Equal(JsonSerializer.Serialize(Catalog, IceCareersJsonContext.Default.CareerCatalog), result.Out.TrimEnd('\n', '\r'));
        var catalog = JsonContract.AssertRoundTrips(result.Out, IceCareersJsonContext.Default.CareerCatalog);
        Assert.Equal(Catalog.Roles.Select(r => r.Id), catalog.Roles.Select(r => r.Id));
    }

    [Fact]
    public void Export_FormatJson_IsTheDefault() => Assert.Equal(Icecareers.Ok("export").Out, Icecareers.Ok("export", "--format", "json").Out);

    [Fact]
    public void Export_JsonLd_IsOneSchemaOrgOccupationPerRole()
    {
        var document = JsonNode.Parse(Icecareers.Ok("export", "--format", "jsonld").Out)!.AsObject();

        Assert.Equal("https://schema.org", (string?)document["@context"]);
        var graph = document["@graph"]!.AsArray();
        Assert.Equal(Catalog.Roles.Count, graph.Count);
        foreach (var (node, role) in graph.Zip(Catalog.Roles))
        {
            var occupation = node!.AsObject();
            Assert.Equal("Occupation", (string?)occupation["@type"]);
            Assert.Equal(role.Id, (string?)occupation["identifier"]);
            Assert.Equal(role.Title, (string?)occupation["name"]);
            Assert.Equal(role.Summary.Text, (string?)occupation["description"]);
            var category = occupation["occupationalCategory"]!.AsObject();
            Assert.Equal("CategoryCode", (string?)category["@type"]);
            Assert.Equal(role.Series.Code, (string?)category["codeValue"]);
            Assert.Equal(role.Series.Title, (string?)category["name"]);
            Assert.NotEmpty(occupation["qualifications"]!.AsArray());
            Assert.All(occupation["qualifications"]!.AsArray(), q => Assert.False(string.IsNullOrWhiteSpace((string?)q)));
            Assert.NotEmpty(occupation["responsibilities"]!.AsArray());
        }
    }

    [Fact]
    public void Export_JsonLd_CitesEverySourceOfTheRoleAsACreativeWork()
    {
        var graph = JsonNode.Parse(Icecareers.Ok("export", "--format", "jsonld").Out)!["@graph"]!.AsArray();

        foreach (var (node, role) in graph.Zip(Catalog.Roles))
        {
            var citations = node!["citation"]!.AsArray().Select(c => c!.AsObject()).ToArray();
            Assert.All(citations, c =>
            {
                Assert.Equal("CreativeWork", (string?)c["@type"]);
                var source = Catalog.GetSource((string)c["identifier"]!);
                Assert.Equal(source.Title, (string?)c["name"]);
                Assert.Equal(source.Url, (string?)c["url"]);
                Assert.Equal(source.Via, (string?)c["archivedAt"]);
            });
            var cited = citations.Select(c => (string)c["identifier"]!).ToHashSet();
            Assert.Subset(cited, role.GetSourceIds().ToHashSet());
            Assert.Equal(citations.Length, cited.Count);
        }
    }

    [Fact]
    public void Export_JsonLd_IsStableAcrossRuns() => Assert.Equal(Icecareers.Ok("export", "--format", "jsonld").Out, Icecareers.Ok("export", "--format", "jsonld").Out);

    [Fact]
    public void Export_TableFormat_ExitsTwo() =>
        Assert.StartsWith("--format: ", Assert.Single(Icecareers.Bad("export", "--format", "table").ErrLines), StringComparison.Ordinal);
}
