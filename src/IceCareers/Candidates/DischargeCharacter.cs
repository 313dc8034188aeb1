namespace IceCareers.Candidates;

/// <summary>The character of a discharge or release from active duty, as a DD-214 (member 4) shows it.</summary>
public enum DischargeCharacter
{
    /// <summary>Honorable.</summary>
    Honorable,

    /// <summary>General (under honorable conditions).</summary>
    General,

    /// <summary>Other than honorable.</summary>
    OtherThanHonorable,

    /// <summary>Bad conduct.</summary>
    BadConduct,

    /// <summary>Dishonorable.</summary>
    Dishonorable,

    /// <summary>Uncharacterized (an entry-level separation).</summary>
    Uncharacterized,
}
