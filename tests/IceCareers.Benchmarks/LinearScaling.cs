using System.Diagnostics;
using System.Globalization;
using System.Text;
using IceCareers.Candidates;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// Issue 12's linear-time evidence: wall time of the hostile shapes at 1k, 10k and 100k entries (and the size limit),
/// best of three runs each. Work that grows linearly shows as time growing about tenfold per step; the old quadratic
/// paths grew a hundredfold. Run with <c>linear</c>.
/// </summary>
internal static class LinearScaling
{
    private static readonly DateOnly AsOf = new(2026, 1, 15);

    /// <summary>Time per role of one profile of <paramref name="n"/> bare experience entries (where the evaluation spends it).</summary>
    public static int PerRole(int n)
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        var profile = new CandidateProfile { Experience = Enumerable.Range(0, n).Select(_ => new Experience()).ToList() };
        foreach (var role in CareerCatalog.Default.Roles)
        {
            evaluator.Evaluate(profile, role.Id, AsOf);
            var clock = Stopwatch.StartNew();
            var report = evaluator.Evaluate(profile, role.Id, AsOf);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{role.Id}: {clock.Elapsed.TotalMilliseconds:N1} ms, {report.MissingInformation.Count:N0} missing"));
        }

        return 0;
    }

    public static int Run()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        Console.WriteLine("| Input | Entries | Bytes | Best of 3 |");
        Console.WriteLine("|---|--:|--:|--:|");
        foreach (var n in new[] { 1_000, 10_000, 100_000 })
        {
            var empties = new CandidateProfile { Education = Enumerable.Range(0, n).Select(_ => new Education()).ToList() };
            Row("EvaluateAll, empty education entries", n, 0, () => evaluator.EvaluateAll(empties, AsOf));

            var future = new CandidateProfile { Education = Enumerable.Range(0, n).Select(i => new Education { Completed = AsOf.AddDays(1 + (i % 3000)), SemesterHours = 0.01m }).ToList() };
            Row("EvaluateAll, future completions", n, 0, () => evaluator.EvaluateAll(future, AsOf));
        }

        foreach (var n in new[] { 1_000, 10_000, 100_000 })
        {
            var unknownJson = "{" + string.Join(",\n", Enumerable.Range(0, n).Select(i => $"\"k{i}\":1")) + "}";
            Document("FromJson, unknown keys", n, unknownJson, json: true);

            var nulls = "{\"education\":[" + string.Join(",", Enumerable.Repeat("null", n)) + "]}";
            Document("FromJson, null entries", n, nulls, json: true);

            var unknownYaml = string.Concat(Enumerable.Range(0, n).Select(i => $"k{i}: 1\n"));
            Document("FromYaml, unknown keys", n, unknownYaml, json: false);

            var wrongYaml = "languages:\n" + string.Concat(Enumerable.Repeat("  - {proficiency: [x]}\n", n));
            Document("FromYaml, wrong-typed values", n, wrongYaml, json: false);
        }

        return 0;
    }

    private static void Document(string what, int n, string text, bool json)
    {
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > CandidateProfile.MaxDocumentBytes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {n:N0} | {bytes:N0} | over the 1 MiB limit: refused at once |"));
            return;
        }

        Row(what, n, bytes, () =>
        {
            try
            {
                return json ? CandidateProfile.FromJson(text) : CandidateProfile.FromYaml(text);
            }
            catch (ProfileValidationException e)
            {
                return e.Problems;
            }
        });
    }

    private static void Row(string what, int n, int bytes, Func<object> action)
    {
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(action());
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {n:N0} | {(bytes == 0 ? "–" : bytes.ToString("N0", CultureInfo.InvariantCulture))} | {best.TotalMilliseconds:N1} ms |"));
    }
}
