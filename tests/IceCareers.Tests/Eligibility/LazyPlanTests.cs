using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>The evaluator prepares a role's checks on the role's first evaluation, exactly once, on any number of threads.</summary>
public sealed class LazyPlanTests
{
    /// <summary>An evaluator whose plans are built by the real factory, counted.</summary>
    private sealed class Counted
    {
        private int _built;

        public Counted() =>
            Evaluator = new EligibilityEvaluator(CareerCatalog.Default, null, (catalog, role) =>
            {
                Interlocked.Increment(ref _built);
                return new RolePlan(catalog, role);
            });

        public EligibilityEvaluator Evaluator { get; }

        public int PlansBuilt => Volatile.Read(ref _built);
    }

    [Fact]
    public void Constructor_NoEvaluation_BuildsNoPlan()
    {
        var counted = new Counted();
        var evaluator = counted.Evaluator;

        Assert.Equal(0, counted.PlansBuilt);
    }

    [Fact]
    public void Evaluate_OneRole_BuildsOnlyThatRolesPlan()
    {
        var counted = new Counted();
        var evaluator = counted.Evaluator;

        evaluator.Evaluate(new ProfileBuilder().Build(), "deportation-officer", Evaluation.AsOf);
        evaluator.Evaluate(new ProfileBuilder().Build(), "deportation-officer", Evaluation.AsOf);

        Assert.Equal(1, counted.PlansBuilt);
    }

    [Fact]
    public void Evaluate_ConcurrentFirstCalls_BuildThePlanOnce()
    {
        const int Threads = 8;
        for (var round = 0; round < 10; round++)
        {
            var counted = new Counted();
        var evaluator = counted.Evaluator;
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

            Assert.Equal(1, counted.PlansBuilt);
            Assert.Single(outcomes.Distinct());
            Assert.Same(evaluator.PlanFor("hsi-special-agent"), evaluator.PlanFor("hsi-special-agent"));
        }
    }

    [Fact]
    public void EvaluateAll_TwiceAfterOneEvaluate_BuildsEveryPlanOnceInTheSameOrder()
    {
        var counted = new Counted();
        var evaluator = counted.Evaluator;
        var profile = new ProfileBuilder().Build();
        evaluator.Evaluate(profile, "program-manager", Evaluation.AsOf);

        var first = evaluator.EvaluateAll(profile, Evaluation.AsOf).Select(r => r.RoleId).ToList();
        var second = evaluator.EvaluateAll(profile, Evaluation.AsOf).Select(r => r.RoleId).ToList();
        var eager = Evaluation.For(ScreeningPolicy.Strict).EvaluateAll(profile, Evaluation.AsOf).Select(r => r.RoleId).ToList();

        Assert.Equal(CareerCatalog.Default.Roles.Count, counted.PlansBuilt);
        Assert.Equal(eager, first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Evaluate_UnknownRoleBeforeAnyPlan_NamesEveryKnownIdAndBuildsNothing()
    {
        var counted = new Counted();
        var evaluator = counted.Evaluator;

        var error = Assert.Throws<RoleNotFoundException>(() => evaluator.Evaluate(new ProfileBuilder().Build(), "border-patrol-agent", Evaluation.AsOf));

        foreach (var role in CareerCatalog.Default.Roles)
        {
            Assert.Contains(role.Id, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, counted.PlansBuilt);
    }
}
