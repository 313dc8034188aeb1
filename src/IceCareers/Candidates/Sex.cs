namespace IceCareers.Candidates;

/// <summary>Sex as it matters to Selective Service registration, and for nothing else.</summary>
public enum Sex
{
    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,

    /// <summary>Not stated.</summary>
    Unspecified,
}
