using System.Diagnostics;
using System.Text;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Internal;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Hostile;

/// <summary>
/// Issue 12, "work must grow linearly with the input": large inputs of other shapes than the ones the issue names end
/// within a hang guard (never a timing assertion: the guard only catches a return to quadratic work, which took tens of
/// seconds at these sizes).
/// </summary>
public sealed class LinearWorkTests
{
    private static readonly TimeProvider Today = new FixedTimeProvider(new DateOnly(2026, 1, 15));
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public void EvaluateAll_EveryListAtItsMaximumOfBareEntries_EndsAndAsksForEachOnce()
    {
        // The largest profile the evaluator takes: every list full of entries that state nothing, each of which the
        // checks ask about. De-duplication by scanning would make this quadratic.
        const int n = CandidateProfile.MaxEntries;
        var profile = new CandidateProfile
        {
            DateOfBirth = new DateOnly(1996, 4, 12),
            Experience = Enumerable.Range(0, n).Select(_ => new Experience()).ToList(),
            Education = Enumerable.Range(0, n).Select(i => new Education { Completed = new DateOnly(2027, 1, 1).AddDays(i) }).ToList(),
            Languages = Enumerable.Range(0, n).Select(_ => new LanguageSkill()).ToList(),
            History = new History
            {
                Convictions = Enumerable.Range(0, n).Select(_ => new Conviction()).ToList(),
                DrugUse = Enumerable.Range(0, n).Select(_ => new DrugUse()).ToList(),
            },
        };
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);

        var reports = Guarded(() => evaluator.EvaluateAll(profile, new DateOnly(2026, 1, 15)));

        foreach (var report in reports)
        {
            Assert.Equal(report.MissingInformation.Count, report.MissingInformation.Distinct(StringComparer.Ordinal).Count());
            Assert.InRange(report.MissingInformation.Count, 1, 100);
            Assert.Contains(report.Warnings, w => w.Contains("more fields unstated", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void FromJson_NearlyOneMebibyteOfWrongTypedValues_ReportsPositionsWithinTheGuard()
    {
        // Many problems over many lines: each problem's line and column must not cost a rescan from the start.
        var builder = new StringBuilder("{\"languages\":[\n");
        while (builder.Length < CandidateProfile.MaxDocumentBytes - 100)
        {
            builder.Append("{\"proficiency\":7},\n");
        }

        builder.Append("{}]}");
        var error = Guarded(() => Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(builder.ToString(), Today)));

        Assert.Equal(ProfileValidationException.MaxListed + 1, error.Problems.Count);
        Assert.Equal("languages", error.Problems[0].Path);
        Assert.Contains("at most 1,000", error.Problems[0].Message, StringComparison.Ordinal);
        var second = Assert.Single(error.Problems, p => p.Path == "languages[1].proficiency");
        Assert.Equal((3, 16), (second.Line, second.Column));
        Assert.StartsWith("and ", error.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_ThousandsOfUnknownKeys_AllFoundInOneReading()
    {
        var yaml = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"extra{i}: {i}\n"));

        var error = Guarded(() => Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today)));

        Assert.Equal("unknown key 'extra0'", error.Problems[0].Message);
        Assert.Contains("29,900 more", error.Problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Position_ManyLines_EveryOffsetMapsToItsLineAndColumn()
    {
        var text = "ab\ncde\n\nf"u8.ToArray();
        var lines = new TextPosition(text);

        Assert.Equal((1, 1), lines.Find(0));
        Assert.Equal((1, 3), lines.Find(2));
        Assert.Equal((2, 1), lines.Find(3));
        Assert.Equal((3, 1), lines.Find(7));
        Assert.Equal((4, 1), lines.Find(8));
        Assert.Equal((4, 2), lines.Find(99));
    }

    [Fact]
    public void LoadDirectory_ThousandsOfOverlappingPeriods_OneErrorPerPeriodAtMost()
    {
        using var data = new DataCopy();
        var periods = string.Concat(Enumerable.Range(0, 3_000).Select(_ => "  - from: 2025-08-01\n    value: false\n    sources: [intercept-spanish-2025]\n"));
        var file = "training/ero-spanish.yaml";
        var text = data.Read(file);
        var at = text.IndexOf("  - from: 2025-08-01\n", StringComparison.Ordinal);
        Assert.True(at >= 0);
        data.Write(file, text[..at] + periods + text[at..]);

        var error = Guarded(() => Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root)));

        Assert.Contains(error.Problems, e => e.Message.Contains("overlaps", StringComparison.Ordinal));
        Assert.True(error.Message.Length < 100_000, "the error message stays bounded");
    }

    [Fact]
    public void LoadDirectory_ManyWrongKeysInOneFile_StopsAtTheReportedMaximum()
    {
        using var data = new DataCopy();
        var keys = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"wrongKey{i}: x\n"));
        data.Write("roles/deportation-officer.yaml", data.Read("roles/deportation-officer.yaml") + keys);

        var error = Guarded(() => Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root)));

        Assert.Contains(error.Problems, e => e.Message.Contains("stopped after", StringComparison.Ordinal));
    }

    private static T Guarded<T>(Func<T> action)
    {
        var clock = Stopwatch.StartNew();
        var task = Task.Run(action);
        Assert.True(task.Wait(HangGuard), $"hang guard: still running after {clock.Elapsed}");
        return task.Result;
    }
}
