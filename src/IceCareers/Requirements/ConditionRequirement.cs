namespace IceCareers.Requirements;

/// <summary>A condition of employment decided later in the pipeline (drug test, medical exam, investigation, probation). Immutable.</summary>
public sealed class ConditionRequirement : Requirement
{
    /// <inheritdoc />
    public override RequirementKind Kind => RequirementKind.Condition;
}
