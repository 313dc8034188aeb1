using IceCareers.Candidates;

namespace IceCareers.Requirements;

/// <summary>Men born after a date must be registered with Selective Service (5 U.S.C. 3328). Immutable.</summary>
public sealed class SelectiveServiceRequirement : Requirement
{
    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public SelectiveServiceRequirement()
        : base(RequirementKind.SelectiveService)
    {
    }

    /// <summary>The sex the requirement applies to.</summary>
    public required Sex AppliesToSex { get; init; }

    /// <summary>The requirement applies to people born after this date.</summary>
    public required DateOnly BornAfter { get; init; }

    /// <summary>Registration is possible until this birthday; after it only a review of the failure can help.</summary>
    public required int RegistrationDeadlineAge { get; init; }
}
