namespace IceCareers.Candidates;

/// <summary>The service member a military spouse's eligibility rests on (5 U.S.C. 3330d).</summary>
public enum SpouseSponsor
{
    /// <summary>A member of the armed forces on active duty.</summary>
    ActiveDuty,

    /// <summary>A member retired, released or discharged with a 100 percent disability rating.</summary>
    Disabled100,

    /// <summary>A member who died while on active duty.</summary>
    DiedOnActiveDuty,
}
