using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>rules.md §2.8: a condition of employment decided later in the pipeline is always Pending.</summary>
internal sealed class ConditionCheck : RequirementCheck
{
    private readonly CheckOutcome _pending;

    public ConditionCheck(Requirement requirement, CheckSetup setup)
        : base(requirement, setup) =>
        _pending = Outcome(
            Verdict.Pending,
            $"{requirement.Title}: decided later, in the hiring pipeline or after entry on duty; pending, it does not affect the outcome now.");

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch) => _pending;
}
