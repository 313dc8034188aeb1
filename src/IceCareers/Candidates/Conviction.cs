
namespace IceCareers.Candidates;

/// <summary>
/// A criminal conviction. Every property is optional; <see langword="null"/> means unknown. Immutable.
/// <see cref="ToString"/> never reveals the details.
/// </summary>
public sealed class Conviction
{
    /// <summary>The category of the conviction.</summary>
    public ConvictionCategory? Category { get; init; }

    /// <summary>The date of the conviction.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Returns a fixed text that reveals nothing about the conviction.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "conviction (details withheld)";
}
