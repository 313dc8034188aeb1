namespace IceCareers.Candidates;

/// <summary>A person's Selective Service registration status.</summary>
public enum SelectiveServiceStatus
{
    /// <summary>Registered with the Selective Service System.</summary>
    Registered,

    /// <summary>Not registered.</summary>
    NotRegistered,

    /// <summary>Not required to register (for example because of the dates of active military service).</summary>
    Exempt,
}
