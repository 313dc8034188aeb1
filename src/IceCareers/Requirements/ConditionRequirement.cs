namespace IceCareers.Requirements;

/// <summary>A condition of employment decided later in the pipeline (drug test, medical exam, investigation, probation). Immutable.</summary>
public sealed class ConditionRequirement : Requirement
{
    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public ConditionRequirement()
        : base(RequirementKind.Condition)
    {
    }
}
