namespace IceCareers.Requirements;

/// <summary>A ground on which a maximum entry age does not apply.</summary>
public enum AgeWaiver
{
    /// <summary>The candidate is a preference-eligible veteran.</summary>
    PreferenceEligibleVeteran,

    /// <summary>The candidate previously served in a federal law-enforcement position under special (6(c)) retirement.</summary>
    PriorFederalLawEnforcement,
}
