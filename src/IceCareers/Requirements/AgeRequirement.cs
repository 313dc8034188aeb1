using IceCareers.Provenance;

namespace IceCareers.Requirements;

/// <summary>Minimum and maximum entry ages for armed law-enforcement roles, effective-dated. Immutable.</summary>
public sealed class AgeRequirement : Requirement
{
    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public AgeRequirement()
        : base(RequirementKind.Age)
    {
    }

    /// <summary>The age rule by the dates it holds for.</summary>
    public required Dated<AgeLimit> Periods { get; init; }
}
