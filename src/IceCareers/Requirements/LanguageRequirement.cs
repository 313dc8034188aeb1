using IceCareers.Provenance;

namespace IceCareers.Requirements;

/// <summary>A language the role values, and whether a course is added to training, effective-dated. Advisory: never blocks. Immutable.</summary>
public sealed class LanguageRequirement : Requirement
{
    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public LanguageRequirement()
        : base(RequirementKind.Language)
    {
    }

    /// <summary>The rule by the dates it holds for.</summary>
    public required Dated<LanguageRule> Periods { get; init; }
}
