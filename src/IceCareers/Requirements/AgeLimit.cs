using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>The age rule in force for a period. Immutable.</summary>
public sealed class AgeLimit
{
    private readonly IReadOnlyList<AgeWaiver> _waivers = [];

    /// <summary>The minimum age in whole years on the evaluation date.</summary>
    public required int MinimumAge { get; init; }

    /// <summary>The candidate must be appointed before this birthday (e.g. 37: "before the 37th birthday"); <see langword="null"/> when there is no maximum.</summary>
    public int? AppointBeforeBirthday { get; init; }

    /// <summary>Grounds on which the maximum does not apply.</summary>
    public IReadOnlyList<AgeWaiver> Waivers { get => _waivers; init => _waivers = Frozen.List(value); }
}
