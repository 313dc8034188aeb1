using IceCareers.Internal;
using IceCareers.Roles;

namespace IceCareers.Careers;

/// <summary>A role's career from the first day to full performance and, under LEO retirement, to separation. Immutable.</summary>
public sealed class CareerProjection
{
    private readonly IReadOnlyList<CareerEvent> _events = [];
    private readonly IReadOnlyList<string> _notes = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The role.</summary>
    public required string RoleId { get; init; }

    /// <summary>The grade at appointment.</summary>
    public required PayGrade StartGrade { get; init; }

    /// <summary>The first day in the role.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The locality pay area the pay is for, or <see langword="null"/> when none was given (no pay shown).</summary>
    public string? Locality { get; init; }

    /// <summary>The events in date order.</summary>
    public required IReadOnlyList<CareerEvent> Events { get => _events; init => _events = Frozen.List(value); }

    /// <summary>Whether the role is under law-enforcement (LEO) retirement.</summary>
    public required bool LeoRetirement { get; init; }

    /// <summary>The earliest immediate LEO retirement; <see langword="null"/> without LEO retirement or a date of birth.</summary>
    public DateOnly? EarliestRetirement { get; init; }

    /// <summary>The LEO mandatory separation date; <see langword="null"/> without LEO retirement or a date of birth.</summary>
    public DateOnly? MandatorySeparation { get; init; }

    /// <summary>Caveats: approximations and what the data does not say.</summary>
    public IReadOnlyList<string> Notes { get => _notes; init => _notes = Frozen.List(value); }

    /// <summary>Ids of the sources of the rules and numbers used.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
