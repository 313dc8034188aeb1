using IceCareers.Compensation;
using IceCareers.Internal;
using IceCareers.Roles;

namespace IceCareers.Pay;

/// <summary>What a role pays at a grade, step, locality and date, with every component's sources. Immutable.</summary>
public sealed class PayEstimate
{
    private readonly IReadOnlyList<string> _sources = [];
    private readonly IReadOnlyList<PayIncentive> _incentives = [];
    private readonly IReadOnlyList<string> _notes = [];

    /// <summary>The role.</summary>
    public required string RoleId { get; init; }

    /// <summary>The pay plan and grade.</summary>
    public required PayGrade Grade { get; init; }

    /// <summary>The step, 1 to 10.</summary>
    public required int Step { get; init; }

    /// <summary>The locality pay area the estimate is for (OPM's name).</summary>
    public required string Locality { get; init; }

    /// <summary>The date the estimate holds for.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The annual base rate (GS or GL table) before locality pay.</summary>
    public required int BasePay { get; init; }

    /// <summary>The locality payment in percent, or the special rate table's supplement when <see cref="SpecialRateTable"/> is set.</summary>
    public required decimal LocalityPercent { get; init; }

    /// <summary>The OPM special rate table paid instead of the locality rate (e.g. <c>L002</c>), or <see langword="null"/>.</summary>
    public string? SpecialRateTable { get; init; }

    /// <summary>The annual adjusted rate (locality or special rate), after the pay cap.</summary>
    public required int AdjustedPay { get; init; }

    /// <summary>The premium pay, as a percentage range of <see cref="AdjustedPay"/>.</summary>
    public required PayPremium Premium { get; init; }

    /// <summary>The annual total at the lowest premium percentage.</summary>
    public required int TotalMin { get; init; }

    /// <summary>The annual total at the highest premium percentage.</summary>
    public required int TotalMax { get; init; }

    /// <summary>Whether the adjusted rate was limited to the pay cap.</summary>
    public required bool Capped { get; init; }

    /// <summary>The pay cap (Executive Schedule level IV) for the year.</summary>
    public required int PayCap { get; init; }

    /// <summary>Ids of the sources of every component: table, locality or special rate, cap and premium.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <summary>The hiring incentives for the role in force on <see cref="AsOf"/>.</summary>
    public IReadOnlyList<PayIncentive> Incentives { get => _incentives; init => _incentives = Frozen.List(value); }

    /// <summary>Caveats: what the estimate leaves out or could not know.</summary>
    public IReadOnlyList<string> Notes { get => _notes; init => _notes = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{RoleId} {Grade} step {Step}, {Locality}, {AsOf:yyyy-MM-dd}: {AdjustedPay} ({TotalMin}–{TotalMax} with premium)";
}
