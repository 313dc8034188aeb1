using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using IceCareers.Candidates;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// One cold catalog load and first evaluation per process, for timing whole process launches with hyperfine
/// (<c>run-coldstart.sh</c>): <c>empty</c> is the same program doing nothing, so the difference is what IceCareers costs.
/// </summary>
public static class ColdStart
{
    public static int Empty()
    {
        Console.WriteLine("empty");
        return 0;
    }

    public static int Run(string[] args)
    {
        var clock = Stopwatch.StartNew();
        var jit0 = (Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var catalog = CareerCatalog.Default;
        var loaded = (Elapsed: clock.Elapsed, Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var evaluator = new EligibilityEvaluator(catalog);
        var prepared = (Elapsed: clock.Elapsed, Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        var report = evaluator.Evaluate(Profiles.Complete, "deportation-officer", Profiles.AsOf);
        var evaluated = (Elapsed: clock.Elapsed, Methods: JitInfo.GetCompiledMethodCount(), Time: JitInfo.GetCompilationTime());
        Console.WriteLine(report.Outcome);
        if (args.Contains("--phases"))
        {
            static string Phase(string name, TimeSpan elapsed, long methods, TimeSpan jit) => string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-16} {elapsed.TotalMilliseconds,7:F1} ms   JIT: {methods,5} methods, {jit.TotalMilliseconds,6:F1} ms");
            Console.WriteLine(Phase("before", TimeSpan.Zero, jit0.Methods, jit0.Time));
            Console.WriteLine(Phase("catalog load", loaded.Elapsed, loaded.Methods - jit0.Methods, loaded.Time - jit0.Time));
            Console.WriteLine(Phase("new evaluator", prepared.Elapsed - loaded.Elapsed, prepared.Methods - loaded.Methods, prepared.Time - loaded.Time));
            Console.WriteLine(Phase("first Evaluate", evaluated.Elapsed - prepared.Elapsed, evaluated.Methods - prepared.Methods, evaluated.Time - prepared.Time));
            Console.WriteLine(Phase("total", evaluated.Elapsed, evaluated.Methods - jit0.Methods, evaluated.Time - jit0.Time));
        }

        return report.Outcome == Outcome.Eligible ? 0 : 1;
    }
    /// <summary>
    /// The README quick start (issue 16 item 2), step by step: the catalog, the profile read from YAML or JSON (or built
    /// in code), the evaluator, one evaluation, and every result printed with its sources, as
    /// <c>samples/IceCareers.QuickStart</c> does. With <c>--phases</c> it prints the time and JIT-compiled methods of each.
    /// </summary>
    public static int QuickStart(string[] args)
    {
        var form = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "yaml";
        var phases = new List<(string Name, TimeSpan Elapsed, long Methods, TimeSpan Jit)>();
        var clock = Stopwatch.StartNew();
        void Mark(string name) => phases.Add((name, clock.Elapsed, JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime()));
        Mark("before");

        var catalog = CareerCatalog.Default;
        Mark("catalog load");
        var profile = form switch
        {
            "yaml" => CandidateProfile.FromYaml("""
                dateOfBirth: 1999-04-12
                citizenship: us-citizen
                driversLicense: true
                education: [{ level: bachelors, gpa: 3.4, completed: 2021-05-20 }]
                experience: []
                """),
            "json" => CandidateProfile.FromJson("""
                {"dateOfBirth": "1999-04-12", "citizenship": "us-citizen", "driversLicense": true,
                 "education": [{"level": "bachelors", "gpa": 3.4, "completed": "2021-05-20"}], "experience": []}
                """),
            _ => new CandidateProfile
            {
                DateOfBirth = new DateOnly(1999, 4, 12),
                Citizenship = Citizenship.UsCitizen,
                DriversLicense = true,
                Education = [new Education { Level = EducationLevel.Bachelors, Gpa = 3.4m, Completed = new DateOnly(2021, 5, 20) }],
                Experience = [],
            },
        };
        Mark("read profile (" + form + ")");
        var evaluator = new EligibilityEvaluator(catalog, new EligibilityOptions { Policy = ScreeningPolicy.Strict });
        Mark("new evaluator");
        var report = evaluator.Evaluate(profile, "hsi-special-agent", asOf: new DateOnly(2026, 1, 15));
        Mark("first Evaluate");
        var output = new System.Text.StringBuilder();
        output.AppendLine(CultureInfo.InvariantCulture, $"{report.RoleTitle}: {report.Outcome} (highest grade {report.HighestQualifyingGrade?.ToString() ?? "none"}, data {report.DataVersion})");
        foreach (var result in report.Results)
        {
            var sources = result.Sources.Select(id => $"{id} ({catalog.GetSource(id).Confidence})");
            output.AppendLine(CultureInfo.InvariantCulture, $"  {result.Verdict,-13} {result.Title}: {result.Reason} [{string.Join(", ", sources)}]");
        }

        output.AppendLine(CultureInfo.InvariantCulture, $"Missing: {string.Join(", ", report.MissingInformation)}");
        Mark("print results");
        Console.Write(args.Contains("--phases") ? "" : output.ToString());
        if (args.Contains("--phases"))
        {
            for (var i = 1; i < phases.Count; i++)
            {
                var (name, elapsed, methods, jit) = phases[i];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-22} {(elapsed - phases[i - 1].Elapsed).TotalMilliseconds,7:F1} ms   JIT: {methods - phases[i - 1].Methods,5} methods, {(jit - phases[i - 1].Jit).TotalMilliseconds,6:F1} ms"));
            }

            var last = phases[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"total",-22} {last.Elapsed.TotalMilliseconds,7:F1} ms   JIT: {last.Methods - phases[0].Methods,5} methods, {(last.Jit - phases[0].Jit).TotalMilliseconds,6:F1} ms"));
        }

        return 0;
    }
}
