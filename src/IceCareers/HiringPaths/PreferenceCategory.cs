namespace IceCareers.HiringPaths;

/// <summary>
/// A veterans' preference category, as the SF-50 codes them (JSON words: <c>none</c>, <c>tp</c>, <c>cp</c>, <c>cps</c>,
/// <c>xp</c>, <c>ssp</c>, <c>unknown</c>).
/// </summary>
public enum PreferenceCategory
{
    /// <summary>Not a preference eligible.</summary>
    None,

    /// <summary>5-point preference (service in a war, a dated period or a campaign).</summary>
    Tp,

    /// <summary>10-point preference, compensable service-connected disability of 10 to 29 percent.</summary>
    Cp,

    /// <summary>10-point preference, compensable service-connected disability of 30 percent or more.</summary>
    Cps,

    /// <summary>10-point preference: a disability below 10 percent or not compensable, a disability pension, a Purple Heart, or derived preference.</summary>
    Xp,

    /// <summary>Sole survivorship preference: no points, listed ahead of non-preference eligibles.</summary>
    Ssp,

    /// <summary>Cannot be decided from the facts given; the report asks for the missing ones.</summary>
    Unknown,
}
