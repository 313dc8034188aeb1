using IceCareers.Compensation;
using IceCareers.Internal;

namespace IceCareers.Pay;

/// <summary>A role's premium pay as a percentage range of the adjusted rate. Immutable.</summary>
public sealed class PayPremium
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The kind of premium.</summary>
    public required PremiumKind Kind { get; init; }

    /// <summary>The lowest percentage of the adjusted rate (equal to <see cref="MaxPercent"/> for a fixed premium).</summary>
    public required decimal MinPercent { get; init; }

    /// <summary>The highest percentage of the adjusted rate.</summary>
    public required decimal MaxPercent { get; init; }

    /// <summary>Ids of the sources for the premium (empty for <see cref="PremiumKind.None"/>).</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <summary>What the premium is and how it is set, from the data.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => Kind == PremiumKind.None ? "none" : $"{Kind} {MinPercent}–{MaxPercent} %";
}
