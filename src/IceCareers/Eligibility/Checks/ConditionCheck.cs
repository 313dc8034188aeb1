using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>rules.md §2.8: a condition of employment is decided later in the pipeline, so it is Pending now.</summary>
internal sealed class ConditionCheck(Requirement requirement) : IRule<ConditionFinding>
{
    public Requirement Requirement => requirement;

    public IReadOnlyList<string> SourcesOf(int basis) => requirement.Sources;

    public ConditionFinding Decide(CandidateProfile profile, RuleContext context) => default;
}

/// <summary>The condition decision: always Pending.</summary>
internal readonly record struct ConditionFinding : IFinding
{
    public Verdict Verdict => Verdict.Pending;

    public FieldList Unknown => default;

    public bool Remediable => true;

    public DateOnly? EarliestDate => null;

    public int Basis => 0;
}
