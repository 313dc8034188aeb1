namespace IceCareers.Candidates;

/// <summary>The kind of a period of military service (document words <c>active</c>, <c>active-for-training</c>).</summary>
public enum ServiceKind
{
    /// <summary>Active duty.</summary>
    Active,

    /// <summary>Active duty for training (National Guard or Reserve training); it makes a veteran only of a disabled veteran.</summary>
    ActiveForTraining,
}
