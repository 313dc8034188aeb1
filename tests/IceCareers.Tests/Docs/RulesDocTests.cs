using System.Text.RegularExpressions;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Docs;

/// <summary>
/// docs/rules.md is what code and tests cite as "rules.md §N": every such citation in src/, tests/ and samples/ must
/// name a numbered heading of the document, and the source ids the document names must exist in the catalog.
/// </summary>
public sealed partial class RulesDocTests
{
    private static readonly string[] ScannedFolders = ["src", "tests", "samples"];
    private static readonly string[] ScannedExtensions = [".cs", ".md", ".js", ".json", ".yaml", ".yml", ".snap", ".html", ".cshtml", ".txt"];

    private static readonly Lazy<string> Document = new(() => File.ReadAllText(Repository.PathOf("docs", "rules.md")).ReplaceLineEndings("\n"));

    public static TheoryData<string, string> Citations
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (place, section) in FindCitations())
            {
                data.Add(place, section);
            }

            return data;
        }
    }

    public static TheoryData<string> SourceIdsNamed => [.. NamedSourceIds().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Citations))]
    public void RulesDoc_EachCitationInTheCode_NamesAHeadingThatExists(string place, string section) =>
        Assert.True(Headings().Contains(section), $"{place} cites rules.md §{section}, but docs/rules.md has no heading §{section}");

    [Fact]
    public void RulesDoc_Citations_AreFoundInTheCodeAndTests()
    {
        var cited = FindCitations().Select(c => c.Section).ToHashSet(StringComparer.Ordinal);

        // The scan itself works: the checks cite their sections (issue 11 counted 21 citations).
        Assert.Superset(new HashSet<string>(["1", "2", "2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9"], StringComparer.Ordinal), cited);
    }

    [Fact]
    public void RulesDoc_Headings_AreNumberedOnce()
    {
        var numbers = HeadingRegex().Matches(Document.Value).Select(m => m.Groups[1].Value).ToArray();

        Assert.NotEmpty(numbers);
        Assert.Equal(numbers.Length, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(SourceIdsNamed))]
    public void RulesDoc_EachSourceIdNamed_IsInTheCatalog(string id) =>
        Assert.True(CareerCatalog.Default.TryGetSource(id, out _), $"docs/rules.md names source '{id}', which data/sources.yaml does not define");

    private static HashSet<string> Headings() =>
        HeadingRegex().Matches(Document.Value).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every "rules.md §N" and the "§M" that follow it in the same phrase ("§2.3 with §2.0", "§2.1, §2.4 and §2.5").</summary>
    private static IEnumerable<(string Place, string Section)> FindCitations()
    {
        var root = Repository.Root;
        foreach (var folder in ScannedFolders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!ScannedExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase)
                    || relative.Contains("/bin/", StringComparison.Ordinal)
                    || relative.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    foreach (Match citation in CitationRegex().Matches(lines[i]))
                    {
                        foreach (Match section in SectionRegex().Matches(citation.Value))
                        {
                            yield return ($"{relative}:{i + 1}", section.Groups[1].Value);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Source ids the document names: in [`…`] brackets, after "Sources:", and in the last column of its tables.</summary>
    private static IEnumerable<string> NamedSourceIds()
    {
        var text = Document.Value;
        var places = BracketRegex().Matches(text).Select(m => m.Value)
            .Concat(SourcesLineRegex().Matches(text).Select(m => m.Value))
            .Concat(text.Split('\n').Where(l => l.StartsWith('|') && !l.StartsWith("|---", StringComparison.Ordinal))
                .Select(l => l.TrimEnd().TrimEnd('|').Split('|')[^1]));
        foreach (var place in places)
        {
            foreach (Match id in TickedIdRegex().Matches(place))
            {
                yield return id.Groups[1].Value;
            }
        }
    }

    [GeneratedRegex(@"^#{1,6}\s+§(\d+(?:\.\d+)*)\s", RegexOptions.Multiline)]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"rules\.md(?:[\s,]*(?:and|with)?\s*§\d+(?:\.\d+)*)+")]
    private static partial Regex CitationRegex();

    [GeneratedRegex(@"§(\d+(?:\.\d+)*)")]
    private static partial Regex SectionRegex();

    [GeneratedRegex(@"\[[^\]\n]*`[^\]]*\]")]
    private static partial Regex BracketRegex();

    [GeneratedRegex(@"Sources: [^\n]*(?:\n[^\n]+)*?\.(?:\n|$)")]
    private static partial Regex SourcesLineRegex();

    [GeneratedRegex(@"`([a-z0-9]+(?:-[a-z0-9]+)+)`")]
    private static partial Regex TickedIdRegex();
}
