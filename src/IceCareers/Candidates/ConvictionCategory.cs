namespace IceCareers.Candidates;

/// <summary>The category of a criminal conviction.</summary>
public enum ConvictionCategory
{
    /// <summary>A felony.</summary>
    Felony,

    /// <summary>A misdemeanor other than one of domestic violence.</summary>
    Misdemeanor,

    /// <summary>A misdemeanor crime of domestic violence (18 U.S.C. 922(g)(9)).</summary>
    DomesticViolenceMisdemeanor,
}
