using BenchmarkDotNet.Attributes;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using RulesEngine.Models;

namespace IceCareers.Benchmarks;

/// <summary>
/// The same deportation-officer rules in IceCareers and in Microsoft RulesEngine (<see cref="RulesEngineRules"/>),
/// on the same profile objects, in one run. <c>check</c> (Program.cs) shows that both give the same verdicts.
/// IceCareers does more per call: 15 requirements instead of 9 rules, with reasons, gaps and missing fields.
/// </summary>
public class RulesEngineComparison
{
    private EligibilityEvaluator _evaluator = null!;
    private RulesEngineRules _rules = null!;
    private CandidateProfile _profile = null!;

    [Params("complete", "sparse", "barred")]
    public string Profile { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        _rules = new RulesEngineRules();
        _profile = Profiles.Named(Profile);
        _rules.ExecuteAsync(_profile, Profiles.AsOf).AsTask().GetAwaiter().GetResult(); // compiles the workflow
    }

    [Benchmark(Baseline = true, Description = "IceCareers Evaluate")]
    public EligibilityReport IceCareers() => _evaluator.Evaluate(_profile, RulesEngineRules.Workflow, Profiles.AsOf);

    [Benchmark(Description = "RulesEngine ExecuteAllRulesAsync")]
    public ValueTask<List<RuleResultTree>> RulesEngine() => _rules.ExecuteAsync(_profile, Profiles.AsOf);
}

/// <summary>The comparison over 10,000 generated profiles (one thread); times are per profile.</summary>
public class RulesEngineComparisonBatch
{
    private const int Count = 10_000;

    private EligibilityEvaluator _evaluator = null!;
    private RulesEngineRules _rules = null!;
    private CandidateProfile[] _profiles = [];

    [GlobalSetup]
    public void Setup()
    {
        _evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        _rules = new RulesEngineRules();
        _profiles = Profiles.Generate(Count, seed: 7);
        _rules.ExecuteAsync(_profiles[0], Profiles.AsOf).AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "IceCareers Evaluate, 10,000 generated")]
    public int IceCareers()
    {
        var eligible = 0;
        foreach (var profile in _profiles)
        {
            eligible += _evaluator.Evaluate(profile, RulesEngineRules.Workflow, Profiles.AsOf).Outcome == Outcome.Eligible ? 1 : 0;
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "RulesEngine ExecuteAllRulesAsync, 10,000 generated")]
    public async Task<int> RulesEngine()
    {
        var passed = 0;
        foreach (var profile in _profiles)
        {
            var results = await _rules.ExecuteAsync(profile, Profiles.AsOf);
            passed += results.TrueForAll(r => r.IsSuccess) ? 1 : 0;
        }

        return passed;
    }
}
