using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>A conviction in one of these categories bars an armed role under every policy (Lautenberg Amendment). Immutable.</summary>
public sealed class DomesticViolenceBarRequirement : Requirement
{
    private readonly IReadOnlyList<ConvictionCategory> _categories = [];

    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public DomesticViolenceBarRequirement()
        : base(RequirementKind.DomesticViolenceBar)
    {
    }

    /// <summary>The conviction categories that bar.</summary>
    public required IReadOnlyList<ConvictionCategory> ConvictionCategories { get => _categories; init => _categories = Frozen.List(value); }
}
