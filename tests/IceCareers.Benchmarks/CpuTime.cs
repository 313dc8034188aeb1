using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// A cross-check of the key numbers that the other builds on a shared 2-core machine cannot disturb much: the CPU time
/// of the measuring thread (clock_gettime(CLOCK_THREAD_CPUTIME_ID)) per operation, which does not count the time the
/// thread spends preempted, next to the wall time. Each case runs 7 rounds of at least 300 ms after a warm-up; the
/// median round is printed. Run: <c>IceCareers.Benchmarks cpu</c>; <c>cpu quick</c> runs only the deportation officer's
/// cases (evaluate, explained report, RulesEngine, the 10,000 generated profiles), for back-to-back comparisons.
/// </summary>
public static partial class CpuTime
{
    private const int Rounds = 7;

    public static async Task<int> RunAsync(bool quick = false)
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        var rules = new RulesEngineRules();
        var generated = Profiles.Generate(10_000, seed: 7);
        var data = RepoPaths.DataDirectory();
        Console.WriteLine("| case | CPU per op (median of 7) | CPU min | wall per op (median) |");
        Console.WriteLine("|---|--:|--:|--:|");

        foreach (var role in quick ? [] : CareerCatalog.Default.Roles.Select(r => r.Id))
        {
            Case($"Evaluate complete, {role}", 1, () => evaluator.Evaluate(Profiles.Complete, role, Profiles.AsOf));
        }

        foreach (var name in new[] { "complete", "sparse", "barred" })
        {
            var profile = Profiles.Named(name);
            Case($"Evaluate {name}, deportation-officer", 1, () => evaluator.Evaluate(profile, RulesEngineRules.Workflow, Profiles.AsOf));
            Case($"Evaluate + read every reason and gap {name}, deportation-officer", 1, () => EvaluateAndRead(evaluator, profile));
            Case($"RulesEngine {name}, deportation-officer", 1, () => rules.ExecuteAsync(profile, Profiles.AsOf).AsTask().GetAwaiter().GetResult());
            if (!quick)
            {
                Case($"EvaluateAll {name}", 1, () => evaluator.EvaluateAll(profile, Profiles.AsOf));
            }
        }

        Case("Evaluate, 10,000 generated, deportation-officer (per profile)", generated.Length, () =>
        {
            foreach (var p in generated)
            {
                evaluator.Evaluate(p, RulesEngineRules.Workflow, Profiles.AsOf);
            }
        });
        Case("RulesEngine, 10,000 generated (per profile)", generated.Length, () =>
        {
            foreach (var p in generated)
            {
                rules.ExecuteAsync(p, Profiles.AsOf).AsTask().GetAwaiter().GetResult();
            }
        });
        if (quick)
        {
            return 0;
        }

        Case("LoadDirectory(data/), warm", 1, () => CareerCatalog.LoadDirectory(data));

        var million = Profiles.Generate(BatchBenchmarks.Count);
        var roles = CareerCatalog.Default.Roles.Select(r => r.Id).ToArray();
        Case("1,000,000 profiles, one thread (per batch)", 1, () =>
        {
            for (var i = 0; i < million.Length; i++)
            {
                evaluator.Evaluate(million[i], roles[i % roles.Length], Profiles.AsOf);
            }
        }, minimumMs: 0, rounds: 3);
        await Task.CompletedTask;
        return 0;
    }

    /// <summary>An explained report, as <c>EvaluateByProfile.EvaluateAndRead</c>: evaluate, then read every reason and gap.</summary>
    private static int EvaluateAndRead(EligibilityEvaluator evaluator, Candidates.CandidateProfile profile)
    {
        var report = evaluator.Evaluate(profile, RulesEngineRules.Workflow, Profiles.AsOf);
        var characters = 0;
        foreach (var result in report.Results)
        {
            characters += result.Reason.Length;
        }

        foreach (var gap in report.Gaps)
        {
            characters += gap.Description.Length;
        }

        return characters;
    }

    private static void Case(string name, int operations, Action action, int minimumMs = 300, int rounds = Rounds)
    {
        // Warm-up: tier-1 code, scratch buffers, caches.
        var repeat = 1;
        var warm = Stopwatch.StartNew();
        while (warm.ElapsedMilliseconds < Math.Max(minimumMs, 200) || repeat < 3)
        {
            action();
            repeat++;
        }

        var perRound = Math.Max(1, (int)(repeat * (double)minimumMs / Math.Max(1, warm.ElapsedMilliseconds)));
        var cpu = new double[rounds];
        var wall = new double[rounds];
        for (var r = 0; r < rounds; r++)
        {
            var c0 = ThreadCpuNs();
            var w0 = Stopwatch.GetTimestamp();
            for (var i = 0; i < perRound; i++)
            {
                action();
            }

            wall[r] = Stopwatch.GetElapsedTime(w0).TotalNanoseconds / perRound / operations;
            cpu[r] = (ThreadCpuNs() - c0) / (double)perRound / operations;
        }

        Array.Sort(cpu);
        Array.Sort(wall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {Show(cpu[rounds / 2])} | {Show(cpu[0])} | {Show(wall[rounds / 2])} |"));
    }

    private static string Show(double ns) => ns switch
    {
        >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e9:F2} s"),
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e6:F2} ms"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e3:F2} µs"),
    };

    internal static long ThreadCpuNs()
    {
        const int ClockThreadCpuTimeId = 3;
        return ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0 ? (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds : throw new InvalidOperationException("clock_gettime failed");
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
