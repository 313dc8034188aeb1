namespace IceCareers.Requirements;

/// <summary>The candidate must hold a valid driver's license. Immutable.</summary>
public sealed class DriversLicenseRequirement : Requirement
{
    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public DriversLicenseRequirement()
        : base(RequirementKind.DriversLicense)
    {
    }
}
