using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>How prior illegal drug use counts, by screening policy. Immutable.</summary>
public sealed class DrugHistoryRequirement : Requirement
{
    private readonly IReadOnlyList<string> _factors = [];

    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public DrugHistoryRequirement()
        : base(RequirementKind.DrugHistory)
    {
    }

    /// <summary>What prior drug use leads to under each policy.</summary>
    public required HistoryPolicies Policies { get; init; }

    /// <summary>The factors an adjudicator weighs in a review.</summary>
    public required IReadOnlyList<string> ReviewFactors { get => _factors; init => _factors = Frozen.List(value); }
}
