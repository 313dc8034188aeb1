using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Extensions;
using ArchUnitNET.Loader;

namespace IceCareers.Tests.Architecture;

/// <summary>
/// The library's namespaces point one way (docs/architecture.md). Every namespace has a place in <see cref="Layers"/>,
/// bottom first; a type may use types of its own namespace and of namespaces listed before its own, never after. That
/// one rule forbids both a wrong-way edge (a model that knows a reader, a reader that knows the catalog, the catalog
/// that knows an engine) and every cycle, since a cycle needs an edge that points up the list. The compiled assembly is
/// read (ArchUnitNET), so doc comments and <c>using</c> lines that name nothing do not count, and every real use does:
/// a field, a call, an attribute, a generic argument.
/// </summary>
public sealed class LayerTests
{
    /// <summary>The layers, bottom first, and the namespaces in each, each namespace above those it may use.</summary>
    public static readonly (string Layer, string[] Namespaces)[] Layers =
    [
        ("foundation", ["IceCareers.Internal", "IceCareers.Diagnostics"]),
        ("models", [
            "IceCareers.Provenance", "IceCareers.Candidates", "IceCareers.Requirements", "IceCareers.Training",
            "IceCareers.Roles", "IceCareers.Hiring", "IceCareers.Compensation", "IceCareers.Postings"]),
        ("readers", ["IceCareers.Compiled", "IceCareers.Authoring.Yaml", "IceCareers.Authoring", "IceCareers.Profiles", "IceCareers.UsaJobs"]),
        ("catalog facade", ["IceCareers"]),
        ("engines", [
            "IceCareers.Eligibility.Checks", "IceCareers.Eligibility", "IceCareers.Eligibility.Explanations", "IceCareers.Pay",
            "IceCareers.Careers", "IceCareers.Announcements", "IceCareers.HiringPaths.Rules", "IceCareers.HiringPaths"]),
        ("contracts", ["IceCareers.Serialization"]),
    ];

    /// <summary>
    /// The pairs allowed to use each other, and why: the checks (rules) are an evaluator's rules, split from it one file
    /// per rule so that each reads like its rule; they report in the evaluator's words (<c>Verdict</c>,
    /// <c>PathVerdict</c>) while the evaluator runs them. Each pair is one engine, and nothing outside it sees the difference.
    /// </summary>
    /// The explanation writer is the checks' other half: it reads their findings and the plan gives each rule its words.
    private static readonly (string, string)[] Companions =
    [
        ("IceCareers.Eligibility.Checks", "IceCareers.Eligibility"),
        ("IceCareers.Eligibility.Checks", "IceCareers.Eligibility.Explanations"),
        ("IceCareers.HiringPaths.Rules", "IceCareers.HiringPaths"),
    ];

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Library = new(() =>
        new ArchLoader().LoadAssemblies(typeof(CareerCatalog).Assembly).Build());

    private static readonly Dictionary<string, (int Rank, string Layer)> Ranks = Layers
        .SelectMany(l => l.Namespaces.Select(ns => (ns, l.Layer)))
        .Select((x, i) => (x.ns, (i, x.Layer)))
        .ToDictionary(x => x.ns, x => x.Item2, StringComparer.Ordinal);

    [Fact]
    public void EveryNamespace_HasAPlaceInTheLayers()
    {
        var unplaced = LibraryTypes().Select(Namespace).Distinct().Where(ns => !Ranks.ContainsKey(ns)).Order(StringComparer.Ordinal).ToArray();

        Assert.True(unplaced.Length == 0, "namespaces without a layer (add them to LayerTests.Layers and docs/architecture.md): " + string.Join(", ", unplaced));
    }

    [Fact]
    public void EveryDependency_PointsDownTheLayers()
    {
        var wrong = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in LibraryTypes())
        {
            var from = Namespace(type);
            if (!Ranks.TryGetValue(from, out var origin))
            {
                continue;
            }

            foreach (var dependency in type.GetTypeDependencies())
            {
                var to = Namespace(dependency);
                if (to == from || !Ranks.TryGetValue(to, out var target) || target.Rank < origin.Rank || Companions.Contains((from, to)) || Companions.Contains((to, from)))
                {
                    continue;
                }

                wrong.Add($"{from} ({origin.Layer}) -> {to} ({target.Layer}): {type.Name} uses {dependency.Name}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} dependencies point up the layers:\n" + string.Join("\n", wrong.Take(60)));
    }

    [Fact]
    public void Namespaces_FormNoCycle()
    {
        // Implied by the test above, and checked on its own so that a cycle is named as one.
        var edges = LibraryTypes()
            .SelectMany(t => t.GetTypeDependencies().Select(d => (From: Namespace(t), To: Namespace(d))))
            .Where(e => e.From != e.To && Ranks.ContainsKey(e.From) && Ranks.ContainsKey(e.To))
            .Where(e => !Companions.Contains((e.From, e.To)) && !Companions.Contains((e.To, e.From)))
            .Distinct()
            .ToLookup(e => e.From, e => e.To);
        var cycles = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new Stack<string>();
        void Visit(string ns)
        {
            state[ns] = 1;
            path.Push(ns);
            foreach (var next in edges[ns])
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    cycles.Add(string.Join(" -> ", path.Reverse().SkipWhile(n => n != next).Append(next)));
                }
                else if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.Pop();
            state[ns] = 2;
        }

        foreach (var ns in Ranks.Keys)
        {
            if (state.GetValueOrDefault(ns) == 0)
            {
                Visit(ns);
            }
        }

        Assert.True(cycles.Count == 0, "namespace cycles:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void Engines_ParseNothing()
    {
        // Engines rank above the readers but may not use them: they are given a catalog and models, and read no
        // document themselves (the facade and the contracts are the only layers above the readers that reach them).
        var engines = Layers.Single(l => l.Layer == "engines").Namespaces.ToHashSet(StringComparer.Ordinal);
        var readers = Layers.Single(l => l.Layer == "readers").Namespaces.ToHashSet(StringComparer.Ordinal);
        var offenders = LibraryTypes()
            .Where(t => engines.Contains(Namespace(t)))
            .SelectMany(t => t.GetTypeDependencies().Where(d => readers.Contains(Namespace(d))).Select(d => $"{t.FullName} uses {d.FullName}"))
            .Distinct()
            .ToArray();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Models_UseNoSerializerAttributeOfOurs()
    {
        // A model may carry System.Text.Json's own attributes ([JsonConstructor], [JsonDerivedType] of its own types), but
        // a converter of ours is registered in the JSON contexts: the models know no serializer.
        var models = Layers.Single(l => l.Layer == "models").Namespaces.ToHashSet(StringComparer.Ordinal);
        var offenders = LibraryTypes()
            .Where(t => models.Contains(Namespace(t)))
            .SelectMany(t => t.GetTypeDependencies().Where(d => Namespace(d) == "IceCareers.Serialization").Select(d => $"{t.FullName} uses {d.FullName}"))
            .Distinct()
            .ToArray();

        Assert.Empty(offenders);
    }

    private static IEnumerable<IType> LibraryTypes() =>
        Library.Value.Types.Where(t => Namespace(t) == "IceCareers" || Namespace(t).StartsWith("IceCareers.", StringComparison.Ordinal));

    /// <summary>A type's namespace; empty for types without one (generic parameters, compiler-generated helpers).</summary>
    private static string Namespace(IType type) => type.Namespace?.FullName ?? "";
}
