namespace IceCareers.Provenance;

/// <summary>How far a source can be trusted. Values are ordered: <see cref="Low"/> &lt; <see cref="Medium"/> &lt; <see cref="High"/>.</summary>
public enum Confidence
{
    /// <summary>Third-party, forum or summary material, or the project's own judgement: a lead to verify.</summary>
    Low,

    /// <summary>An official source seen only in part, an old official source, or a reputable report of an official statement.</summary>
    Medium,

    /// <summary>Primary official text seen directly, or several independent reliable sources that agree.</summary>
    High,
}
