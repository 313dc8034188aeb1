using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>A physical fitness test with published pass marks: pending until results are known, then judged. Immutable.</summary>
public sealed class FitnessTestRequirement : Requirement
{
    private readonly IReadOnlyList<FitnessEventStandard> _events = [];

    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public FitnessTestRequirement()
        : base(RequirementKind.FitnessTest)
    {
    }

    /// <summary>The events and their pass marks.</summary>
    public required IReadOnlyList<FitnessEventStandard> Events { get => _events; init => _events = Frozen.List(value); }
}
