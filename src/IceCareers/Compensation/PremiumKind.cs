namespace IceCareers.Compensation;

/// <summary>The premium pay a role earns on top of its adjusted rate. Written in JSON as <c>none</c>, <c>leap</c> or <c>auo</c>.</summary>
public enum PremiumKind
{
    /// <summary>No premium pay in the data for the role.</summary>
    None,

    /// <summary>Law enforcement availability pay (a fixed percentage of basic pay).</summary>
    Leap,

    /// <summary>Administratively uncontrollable overtime (a percentage range of basic pay).</summary>
    Auo,
}
