namespace IceCareers.Candidates;

/// <summary>A person's citizenship or nationality status.</summary>
public enum Citizenship
{
    /// <summary>A U.S. citizen.</summary>
    UsCitizen,

    /// <summary>A U.S. national who is not a citizen.</summary>
    UsNational,

    /// <summary>A lawful permanent resident (green-card holder).</summary>
    LawfulPermanentResident,

    /// <summary>Any other status.</summary>
    Other,
}
