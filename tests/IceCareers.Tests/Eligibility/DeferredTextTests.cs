using System.Reflection;
using System.Text.Json;
using CsCheck;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>
/// Reasons and gap descriptions are formatted on first read from values captured at evaluation time. These tests pin
/// down that this is invisible: texts do not depend on when, in which order or on how many threads they are read, they
/// are formatted once, and a report keeps no reference to the profile it came from.
/// </summary>
public sealed class DeferredTextTests
{
    private static readonly Gen<ScreeningPolicy> Policy = Gen.OneOf(ScreeningPolicy.Strict, ScreeningPolicy.Suitability);

    private static string Json(IReadOnlyList<EligibilityReport> reports) =>
        JsonSerializer.Serialize(reports, IceCareersJsonContext.Default.IReadOnlyListEligibilityReport);

    private static IEnumerable<string> Texts(IReadOnlyList<EligibilityReport> reports)
    {
        foreach (var report in reports)
        {
            yield return report.ToString();
            foreach (var result in report.Results)
            {
                yield return result.ToString();
            }

            foreach (var gap in report.Gaps)
            {
                yield return gap.ToString();
            }
        }
    }

    [Fact]
    public void EvaluateAll_TextsReadAfterOtherEvaluations_EqualTextsReadAtOnce()
    {
        // A text that captured per-thread scratch state, or anything a later evaluation reuses, would change here.
        var gen = from profile in ProfileGen.Profile
                  from others in ProfileGen.Profile.Array[1, 8]
                  from asOf in ProfileGen.AsOf
                  from policy in Policy
                  select (profile, others, asOf, policy);

        gen.Sample(
            sample =>
            {
                var (profile, others, asOf, policy) = sample;
                var evaluator = Evaluation.For(policy);
                var later = evaluator.EvaluateAll(profile, asOf);
                foreach (var other in others)
                {
                    _ = Json(evaluator.EvaluateAll(other, asOf));
                }

                var atOnce = Json(evaluator.EvaluateAll(profile, asOf));
                var fresh = Json(new EligibilityEvaluator(CareerCatalog.Default, new EligibilityOptions { Policy = policy }).EvaluateAll(profile, asOf));

                // Read in reverse order through ToString first, then serialize: the order of first reads must not matter.
                var texts = Texts(later).Reverse().ToList();
                Assert.Equal(atOnce, Json(later));
                Assert.Equal(fresh, atOnce);
                Assert.Equal(Texts(later).Reverse(), texts);
            },
            iter: 300,
            print: s => s.profile.ToJson());
    }

    [Fact]
    public void Reason_ConcurrentFirstReads_SameInstanceOnEveryThread()
    {
        const int Threads = 8;
        var profile = ProfileBuilder.Empty().Build();
        var expected = Evaluation.For(ScreeningPolicy.Strict).EvaluateAll(profile, Evaluation.AsOf);
        var expectedTexts = Texts(expected).ToList();

        for (var round = 0; round < 20; round++)
        {
            var reports = Evaluation.For(ScreeningPolicy.Strict).EvaluateAll(profile, Evaluation.AsOf);
            var results = reports.SelectMany(r => r.Results).ToArray();
            var gaps = reports.SelectMany(r => r.Gaps).ToArray();
            var reasons = new string[Threads][];
            var descriptions = new string[Threads][];
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                reasons[t] = results.Select(r => r.Reason).ToArray();
                descriptions[t] = gaps.Select(g => g.Description).ToArray();
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            for (var t = 1; t < Threads; t++)
            {
                for (var i = 0; i < results.Length; i++)
                {
                    Assert.Same(reasons[0][i], reasons[t][i]);
                }

                for (var i = 0; i < gaps.Length; i++)
                {
                    Assert.Same(descriptions[0][i], descriptions[t][i]);
                }
            }

            Assert.Equal(expectedTexts, Texts(reports));
        }
    }

    [Fact]
    public void Value_ReadTwice_FormatsOnceAndReturnsTheSameInstance()
    {
        var text = new CountingText();

        var first = text.Value;
        var second = text.Value;

        Assert.Same(first, second);
        Assert.Equal(1, text.Formatted);
        Assert.Equal("formatted 1", text.ToString());
    }

    [Fact]
    public void Reason_SetThroughInitializer_ReadsThePlainString()
    {
        var result = new RequirementResult
        {
            RequirementId = "r",
            Title = "T",
            Kind = Requirements.RequirementKind.Citizenship,
            Category = Requirements.RequirementCategory.Qualification,
            Verdict = Verdict.Met,
            Reason = "a reason",
            Sources = ["s"],
        };
        var gap = new Gap { RequirementId = "r", Description = "a gap", IsRemediable = true };

        Assert.Equal("a reason", result.Reason);
        Assert.Equal("r: Met — a reason", result.ToString());
        Assert.Equal("a gap", gap.Description);
        Assert.Equal("r: a gap", gap.ToString());
    }

    [Fact]
    public void Evaluate_ProfileWithRecord_ReportReachesNoPartOfTheProfile()
    {
        var profile = new ProfileBuilder
        {
            History = new History
            {
                Convictions = [new Conviction { Category = ConvictionCategory.Felony, Date = new DateOnly(2015, 3, 1) }],
                DrugUse = [new DrugUse { Substance = "marijuana", LastUse = new DateOnly(2019, 1, 1) }],
            },
        }.Build();
        var sparse = ProfileBuilder.Empty().Build();
        Assert.Contains(Reachable(new object[] { profile }), o => o is Conviction); // the walk itself finds what it looks for

        foreach (var candidate in new[] { profile, sparse })
        {
            foreach (var policy in new[] { ScreeningPolicy.Strict, ScreeningPolicy.Suitability })
            {
                foreach (var asOf in new[] { Evaluation.AsOf, Evaluation.Before2025Change })
                {
                    var reports = Evaluation.For(policy).EvaluateAll(candidate, asOf);

                    Assert.DoesNotContain(Reachable(reports), o => o is CandidateProfile or History or Conviction or DrugUse or Education or Experience or Military or FitnessResults);
                }
            }
        }
    }

    [Fact]
    public void Evaluate_WarmedCall_AllocatesLessThanFourKilobytesForEveryRoleAndProfileShape()
    {
        var evaluator = Evaluation.For(ScreeningPolicy.Strict);
        var profiles = new[]
        {
            new ProfileBuilder().Build(),
            ProfileBuilder.Empty().Build(),
            new ProfileBuilder { History = new History { Convictions = [new Conviction { Category = ConvictionCategory.Felony, Date = new DateOnly(2015, 3, 1) }], DrugUse = [] } }.Build(),
        };

        foreach (var profile in profiles)
        {
            foreach (var roleId in ProfileGen.RoleIds)
            {
                for (var i = 0; i < 3; i++)
                {
                    _ = evaluator.Evaluate(profile, roleId, Evaluation.AsOf);
                }

                var before = GC.GetAllocatedBytesForCurrentThread();
                _ = evaluator.Evaluate(profile, roleId, Evaluation.AsOf);
                var bytes = GC.GetAllocatedBytesForCurrentThread() - before;

                Assert.True(bytes < 4096, $"{roleId}: {bytes} bytes for {profile.ToJson()}");
            }
        }
    }

    /// <summary>Every object reachable from <paramref name="root"/> through instance fields, reflection and delegate internals aside.</summary>
    private static HashSet<object> Reachable(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.TryPop(out var item))
        {
            var type = item.GetType();
            if (item is string or Type or MemberInfo or Delegate || type.IsPrimitive || type.IsEnum || !seen.Add(item))
            {
                // A delegate's target is only checked for captures: the deferred texts use static lambdas.
                if (item is Delegate { Target: { } target } && seen.Add(target))
                {
                    pending.Push(target);
                }

                continue;
            }

            if (item is Array array)
            {
                foreach (var element in array)
                {
                    if (element is not null)
                    {
                        pending.Push(element);
                    }
                }

                continue;
            }

            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer && field.GetValue(item) is { } value)
                    {
                        pending.Push(value);
                    }
                }
            }
        }

        return seen;
    }

    private sealed class CountingText : LazyText
    {
        public int Formatted { get; private set; }

        protected override string Format() => "formatted " + ++Formatted;
    }
}
