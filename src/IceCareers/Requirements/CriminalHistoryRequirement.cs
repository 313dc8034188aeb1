using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>How convictions count, by screening policy. Immutable.</summary>
public sealed class CriminalHistoryRequirement : Requirement
{
    private readonly IReadOnlyList<ConvictionCategory> _categories = [];
    private readonly IReadOnlyList<string> _factors = [];

    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public CriminalHistoryRequirement()
        : base(RequirementKind.CriminalHistory)
    {
    }

    /// <summary>The conviction categories this requirement looks at.</summary>
    public required IReadOnlyList<ConvictionCategory> ConvictionCategories { get => _categories; init => _categories = Frozen.List(value); }

    /// <summary>What a conviction leads to under each policy.</summary>
    public required HistoryPolicies Policies { get; init; }

    /// <summary>The factors an adjudicator weighs in a review.</summary>
    public required IReadOnlyList<string> ReviewFactors { get => _factors; init => _factors = Frozen.List(value); }
}
