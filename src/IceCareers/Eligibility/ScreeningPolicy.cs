namespace IceCareers.Eligibility;

/// <summary>How criminal and drug history count (rules.md §2.7); the Lautenberg and Selective Service bars do not depend on it.</summary>
public enum ScreeningPolicy
{
    /// <summary>Any conviction or prior illegal drug use disqualifies: the seed's rule, echoed by officials in 2025. The default.</summary>
    Strict,

    /// <summary>A record leads to a whole-person suitability review (5 CFR 731.202) that weighs the factors the data lists.</summary>
    Suitability,
}
