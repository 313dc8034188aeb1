namespace IceCareers.Requirements;

/// <summary>The candidate must hold a valid driver's licence. Immutable.</summary>
public sealed class DriversLicenseRequirement : Requirement
{
    /// <inheritdoc />
    public override RequirementKind Kind => RequirementKind.DriversLicense;
}
