using BenchmarkDotNet.Attributes;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// Warm costs of the catalog: reading the compiled catalog that <c>CareerCatalog.Default</c> uses, reloading
/// <c>data/</c> from YAML, creating an evaluator (role plans are built on first use, so this is cheap), and the first
/// evaluation of every role on a fresh evaluator (which builds all nine plans). The cold first load is measured per
/// process by <c>run-coldstart.sh</c>, since BenchmarkDotNet only sees a process after its warm-up.
/// </summary>
public class CatalogBenchmarks
{
    private string _data = "";
    private CareerCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = RepoPaths.DataDirectory();
        _catalog = CareerCatalog.LoadDirectory(_data);
    }

    [Benchmark(Description = "LoadDirectory(data/), warm")]
    public CareerCatalog WarmReload() => CareerCatalog.LoadDirectory(_data);

    [Benchmark(Description = "compiled catalog read (Default's path), warm")]
    public CareerCatalog CompiledRead() => new(IceCareers.Compiled.CompiledCatalog.Load(typeof(CareerCatalog).Assembly));

    [Benchmark(Description = "new EligibilityEvaluator(catalog)")]
    public EligibilityEvaluator PrepareEvaluator() => new(_catalog);

    [Benchmark(Description = "new evaluator + EvaluateAll (builds all nine plans)")]
    public IReadOnlyList<EligibilityReport> PrepareAllPlans() => new EligibilityEvaluator(_catalog).EvaluateAll(Profiles.Complete, Profiles.AsOf);
}

internal static class RepoPaths
{
    /// <summary>The repository's <c>data/</c> folder, found upwards from the benchmark's output folder.</summary>
    public static string DataDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IceCareers.sln")) && File.Exists(Path.Combine(dir.FullName, "data", "version.yaml")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        throw new DirectoryNotFoundException("No IceCareers.sln with data/version.yaml above " + AppContext.BaseDirectory);
    }
}
