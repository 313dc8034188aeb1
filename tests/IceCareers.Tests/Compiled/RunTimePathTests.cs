using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;

namespace IceCareers.Tests.Compiled;

/// <summary>
/// The library's default path reads compiled data only: <see cref="CareerCatalog.Default"/>, a profile read from JSON
/// and an evaluation of every role never load YamlDotNet (the YAML parser serves <c>LoadDirectory</c>, the data compiler
/// and YAML profiles, and nothing else). Proven in a fresh <see cref="AssemblyLoadContext"/>, which is asked for every
/// assembly the library needs there, whatever this test process loaded before.
/// </summary>
public sealed class RunTimePathTests
{
    [Fact]
    public void DefaultCatalog_JsonProfileAndEvaluation_NeverLoadYamlDotNet()
    {
        var context = new RecordingContext(Path.GetDirectoryName(typeof(CareerCatalog).Assembly.Location)!);
        try
        {
            var library = context.LoadFromAssemblyPath(typeof(CareerCatalog).Assembly.Location);
            var catalog = library.GetType("IceCareers.CareerCatalog", throwOnError: true)!.GetProperty("Default")!.GetValue(null)!;
            var readJson = library.GetType("IceCareers.CandidateProfileExtensions", throwOnError: true)!.GetMethod("FromJson", [typeof(string), typeof(TimeProvider)])!;
            var profile = readJson.Invoke(null, ["""{"dateOfBirth":"1996-04-12","citizenship":"us-citizen","education":[{"level":"bachelors","gpa":3.2}]}""", null])!;
            var evaluatorType = library.GetType("IceCareers.Eligibility.EligibilityEvaluator", throwOnError: true)!;
            var evaluator = Activator.CreateInstance(evaluatorType, [catalog, null])!;
            var reports = (System.Collections.IList)evaluatorType.GetMethod("EvaluateAll")!.Invoke(evaluator, [profile, new DateOnly(2026, 1, 15), null])!;
            var contextType = library.GetType("IceCareers.Serialization.IceCareersJsonContext", throwOnError: true)!;
            var listType = typeof(IReadOnlyList<>).MakeGenericType(library.GetType("IceCareers.Eligibility.EligibilityReport", throwOnError: true)!);
            var json = JsonSerializer.Serialize(reports, listType, (System.Text.Json.Serialization.JsonSerializerContext)contextType.GetProperty("Default")!.GetValue(null)!);

            Assert.True(reports.Count > 0);
            Assert.Contains("\"outcome\"", json, StringComparison.Ordinal);
            Assert.Contains("System.Text.Json", context.Requested);
            // Once seen under heavy load (2026-12-08, not reproduced): where YamlDotNet was asked for, to find the path.
            Assert.False(context.Requested.Contains("YamlDotNet"), "YamlDotNet was asked for by:\n" + context.YamlRequestedBy);
            Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name == "YamlDotNet");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void LoadDirectory_DoesLoadYamlDotNet_SoTheTestAboveCanFail()
    {
        var context = new RecordingContext(Path.GetDirectoryName(typeof(CareerCatalog).Assembly.Location)!);
        try
        {
            var library = context.LoadFromAssemblyPath(typeof(CareerCatalog).Assembly.Location);
            library.GetType("IceCareers.CareerCatalog", throwOnError: true)!.GetMethod("LoadDirectory")!.Invoke(null, [TestSupport.Repository.DataDirectory]);

            Assert.Contains("YamlDotNet", context.Requested);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Loads the library's own dependencies from its folder and records every name it is asked for.</summary>
    private sealed class RecordingContext(string directory) : AssemblyLoadContext("run-time path", isCollectible: true)
    {
        private readonly List<string> _requested = [];

        /// <summary>The stack of the first request for YamlDotNet, or <see langword="null"/>.</summary>
        public string? YamlRequestedBy { get; private set; }

        public IReadOnlyList<string> Requested
        {
            get
            {
                lock (_requested)
                {
                    return [.. _requested];
                }
            }
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            lock (_requested)
            {
                _requested.Add(assemblyName.Name ?? "");
                if (assemblyName.Name == "YamlDotNet")
                {
                    YamlRequestedBy ??= Environment.StackTrace;
                }
            }

            var path = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(path) && assemblyName.Name != "System.Text.Json" ? LoadFromAssemblyPath(path) : null;
        }
    }
}
