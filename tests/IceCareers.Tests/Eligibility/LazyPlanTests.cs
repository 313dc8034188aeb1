using IceCareers.Eligibility;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>The evaluator prepares a role's checks on the role's first evaluation, exactly once, on any number of threads.</summary>
public sealed class LazyPlanTests
{
    [Fact]
    public void Constructor_NoEvaluation_BuildsNoPlan()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);

        Assert.Equal(0, evaluator.PlansBuilt);
    }

    [Fact]
    public void Evaluate_OneRole_BuildsOnlyThatRolesPlan()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);

        evaluator.Evaluate(new ProfileBuilder().Build(), "deportation-officer", Evaluation.AsOf);
        evaluator.Evaluate(new ProfileBuilder().Build(), "deportation-officer", Evaluation.AsOf);

        Assert.Equal(1, evaluator.PlansBuilt);
    }

    [Fact]
    public void Evaluate_ConcurrentFirstCalls_BuildThePlanOnce()
    {
        const int Threads = 8;
        for (var round = 0; round < 10; round++)
        {
            var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
            var profile = new ProfileBuilder().Build();
            var outcomes = new Outcome[Threads];
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                outcomes[t] = evaluator.Evaluate(profile, "hsi-special-agent", Evaluation.AsOf).Outcome;
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            Assert.Equal(1, evaluator.PlansBuilt);
            Assert.Single(outcomes.Distinct());
            Assert.Same(evaluator.PlanFor("hsi-special-agent"), evaluator.PlanFor("hsi-special-agent"));
        }
    }

    [Fact]
    public void EvaluateAll_TwiceAfterOneEvaluate_BuildsEveryPlanOnceInTheSameOrder()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        var profile = new ProfileBuilder().Build();
        evaluator.Evaluate(profile, "program-manager", Evaluation.AsOf);

        var first = evaluator.EvaluateAll(profile, Evaluation.AsOf).Select(r => r.RoleId).ToList();
        var second = evaluator.EvaluateAll(profile, Evaluation.AsOf).Select(r => r.RoleId).ToList();
        var eager = Evaluation.For(ScreeningPolicy.Strict).EvaluateAll(profile, Evaluation.AsOf).Select(r => r.RoleId).ToList();

        Assert.Equal(CareerCatalog.Default.Roles.Count, evaluator.PlansBuilt);
        Assert.Equal(eager, first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Evaluate_UnknownRoleBeforeAnyPlan_NamesEveryKnownIdAndBuildsNothing()
    {
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);

        var error = Assert.Throws<RoleNotFoundException>(() => evaluator.Evaluate(new ProfileBuilder().Build(), "border-patrol-agent", Evaluation.AsOf));

        foreach (var role in CareerCatalog.Default.Roles)
        {
            Assert.Contains(role.Id, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, evaluator.PlansBuilt);
    }
}
