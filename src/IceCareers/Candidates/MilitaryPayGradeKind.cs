namespace IceCareers.Candidates;

/// <summary>The three ladders of military pay grades.</summary>
public enum MilitaryPayGradeKind
{
    /// <summary>Enlisted, E-1 to E-9.</summary>
    Enlisted,

    /// <summary>Warrant officer, W-1 to W-5.</summary>
    Warrant,

    /// <summary>Commissioned officer, O-1 to O-10.</summary>
    Officer,
}
