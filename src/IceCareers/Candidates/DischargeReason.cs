namespace IceCareers.Candidates;

/// <summary>Why a person was discharged or released, as far as veterans' preference asks.</summary>
public enum DischargeReason
{
    /// <summary>A sole survivorship discharge (10 U.S.C. 1174(i)).</summary>
    SoleSurvivorship,

    /// <summary>A disability incurred or aggravated in the line of duty.</summary>
    Disability,

    /// <summary>Hardship (10 U.S.C. 1173).</summary>
    Hardship,

    /// <summary>Any other reason, including the end of an enlistment.</summary>
    Other,
}
