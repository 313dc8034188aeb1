namespace IceCareers.Candidates;

/// <summary>
/// Prior illegal drug use. Every property is optional; <see langword="null"/> means unknown. Immutable.
/// <see cref="ToString"/> never reveals the details.
/// </summary>
public sealed class DrugUse
{
    /// <summary>The substance used.</summary>
    public string? Substance { get; init; }

    /// <summary>The date of the last use.</summary>
    public DateOnly? LastUse { get; init; }

    /// <summary>Returns a fixed text that reveals nothing about the drug use.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "drug use (details withheld)";
}
