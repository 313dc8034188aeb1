using IceCareers.Internal;
using IceCareers.Provenance;

namespace IceCareers.Compensation;

/// <summary>A dated hiring incentive (a bonus or a loan repayment) with its sources and confidence. Immutable.</summary>
public sealed class PayIncentive
{
    private readonly IReadOnlyList<string> _roleIds = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The incentive's id, e.g. <c>ero-signing-retention-bonus-2025</c>.</summary>
    public required string Id { get; init; }

    /// <summary>What is offered, in words.</summary>
    public required string Text { get; init; }

    /// <summary>The roles it is offered for.</summary>
    public required IReadOnlyList<string> RoleIds { get => _roleIds; init => _roleIds = Frozen.List(value); }

    /// <summary>The most it pays in dollars, where the sources state it.</summary>
    public int? MaxAmount { get; init; }

    /// <summary>The first day it is known to be offered.</summary>
    public required DateOnly From { get; init; }

    /// <summary>The last day it is offered; <see langword="null"/> when no end is known.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The length of its service agreement in months, where the sources state it.</summary>
    public int? ServiceAgreementMonths { get; init; }

    /// <summary>How far the sources can be trusted on it.</summary>
    public required Confidence Confidence { get; init; }

    /// <summary>Ids of its sources.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <summary>Caveats from the data.</summary>
    public string? Note { get; init; }

    /// <summary>Whether the incentive is offered on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> from <see cref="From"/> to <see cref="To"/>, both included.</returns>
    public bool IsInForce(DateOnly date) => date >= From && (To is null || date <= To);

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Text}";
}
