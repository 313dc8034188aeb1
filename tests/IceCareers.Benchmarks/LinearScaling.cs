using System.Diagnostics;
using System.Globalization;
using System.Text;
using IceCareers.Candidates;
using IceCareers.Eligibility;

namespace IceCareers.Benchmarks;

/// <summary>
/// Issue 12's linear-time evidence: wall and thread-CPU time of the hostile shapes at growing sizes, best of three runs
/// each (work that grows linearly shows as time growing about tenfold per step; the old quadratic paths grew a
/// hundredfold), then every hostile shape at the 1 MiB document limit, read and evaluated for every role (the issue's
/// one-second bound). Lists past <see cref="CandidateProfile.MaxEntries"/> are refused, not evaluated. Run with <c>linear</c>.
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
        Console.WriteLine("| Input | Entries | Bytes | Best of 3: wall | thread CPU |");
        Console.WriteLine("|---|--:|--:|--:|--:|");
        foreach (var n in new[] { 10, 100, CandidateProfile.MaxEntries, 100_000 })
        {
            var empties = new CandidateProfile { Education = Enumerable.Range(0, n).Select(_ => new Education()).ToList() };
            var refused = n > CandidateProfile.MaxEntries ? " (over the list maximum: refused)" : "";
            Row("EvaluateAll, empty education entries" + refused, n, 0, () => Evaluated(evaluator, empties));

            var future = new CandidateProfile { Education = Enumerable.Range(0, n).Select(i => new Education { Completed = AsOf.AddDays(1 + (i % 3000)), SemesterHours = 0.01m }).ToList() };
            Row("EvaluateAll, future completions" + refused, n, 0, () => Evaluated(evaluator, future));
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

        Console.WriteLine();
        Console.WriteLine("One mebibyte: each shape repeated to just under the size limit, read and (when read) evaluated for every role.");
        Console.WriteLine();
        Console.WriteLine("| Input | Entries | Bytes | Best of 3: wall | thread CPU |");
        Console.WriteLine("|---|--:|--:|--:|--:|");
        foreach (var (what, head, entry, tail, json) in MebibyteShapes)
        {
            var builder = new StringBuilder(head);
            var n = 0;
            while (builder.Length + entry.Length + tail.Length <= CandidateProfile.MaxDocumentBytes)
            {
                builder.Append(entry);
                n++;
            }

            var text = builder.Append(tail).ToString();
            Row(what, n, Encoding.UTF8.GetByteCount(text), () => ReadAndEvaluate(evaluator, text, json));
        }

        return 0;
    }

    /// <summary>Documents a client could send to <c>/api/eligibility/all</c>: head, an entry repeated to 1 MiB, tail.</summary>
    private static readonly (string What, string Head, string Entry, string Tail, bool Json)[] MebibyteShapes =
    [
        ("YAML, bare `{}` education entries (flow)", "education: [", "{},", "{}]", false),
        ("YAML, empty education entries (block)", "education:\n", "  - {}\n", "", false),
        ("YAML, unknown keys", "", "k: 1\n", "", false),
        ("YAML, wrong-typed values", "languages:\n", "  - {proficiency: [x]}\n", "", false),
        ("YAML, out-of-range numbers", "experience:\n", "  - {months: -1}\n", "", false),
        ("YAML, bad words", "languages:\n", "  - {proficiency: z}\n", "", false),
        ("YAML, deep flow nesting", "history: ", "[", "", false),
        ("JSON, bare `{}` experience entries", "{\"experience\":[", "{},", "{}]}", true),
        ("JSON, `null` entries", "{\"education\":[", "null,", "null]}", true),
        ("JSON, wrong-typed values", "{\"languages\":[", "{\"proficiency\":7},", "{}]}", true),
        ("JSON, huge numbers", "{\"experience\":[", "{\"months\":1e308},", "{}]}", true),
        ("JSON, repeated keys", "{", "\"sex\":\"male\",", "\"sex\":\"male\"}", true),
        ("JSON, deep nesting", "{\"history\":", "[", "", true),
    ];

    private static object ReadAndEvaluate(EligibilityEvaluator evaluator, string text, bool json)
    {
        try
        {
            var profile = json ? CandidateProfile.FromJson(text) : CandidateProfile.FromYaml(text);
            return evaluator.EvaluateAll(profile, AsOf);
        }
        catch (ProfileValidationException e)
        {
            return e.Problems;
        }
    }

    private static object Evaluated(EligibilityEvaluator evaluator, CandidateProfile profile)
    {
        try
        {
            return evaluator.EvaluateAll(profile, AsOf);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return e.Message;
        }
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
        var bestCpu = long.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var cpu = CpuTime.ThreadCpuNs();
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(action());
            best = clock.Elapsed < best ? clock.Elapsed : best;
            bestCpu = Math.Min(bestCpu, CpuTime.ThreadCpuNs() - cpu);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {n:N0} | {(bytes == 0 ? "–" : bytes.ToString("N0", CultureInfo.InvariantCulture))} | {best.TotalMilliseconds:N1} ms | {bestCpu / 1e6:N1} ms |"));
    }
}
