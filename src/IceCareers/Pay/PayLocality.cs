using IceCareers.Internal;

namespace IceCareers.Pay;

/// <summary>
/// A place pay knows (an OPM locality pay area) as <see cref="PayEstimator.Localities"/>
/// lists it: its id and names, its locality payment where OPM's text gives it, the ICE field offices in it and, for a
/// role, whether pay there can be estimated and which special rate table applies. Immutable.
/// </summary>
public sealed class PayLocality
{
    private readonly IReadOnlyList<string> _aliases = [];
    private readonly IReadOnlyList<string> _sources = [];
    private readonly IReadOnlyList<string> _fieldOffices = [];

    /// <summary>The area's id, e.g. <c>rest-of-us</c> or <c>houston-the-woodlands</c>.</summary>
    public required string Id { get; init; }

    /// <summary>OPM's name for the area, e.g. <c>Houston-The Woodlands, TX</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Other names the area goes by, accepted as well.</summary>
    public IReadOnlyList<string> Aliases { get => _aliases; init => _aliases = Frozen.List(value); }

    /// <summary>The locality payment in percent (2025, held in 2026), or <see langword="null"/> where OPM's figure is not in the data.</summary>
    public decimal? Percent { get; init; }

    /// <summary>
    /// How <see cref="Percent"/> was obtained: <c>salary-table</c> (printed on OPM's salary table for the area) or
    /// <c>special-rate-supplement</c> (derived from OPM's 2026 special rate table for the area); <see langword="null"/> without a percentage.
    /// </summary>
    public string? Basis { get; init; }

    /// <summary>The cities of the ICE field offices in the area (also accepted as the locality).</summary>
    public IReadOnlyList<string> FieldOffices { get => _fieldOffices; init => _fieldOffices = Frozen.List(value); }

    /// <summary>The OPM special rate table that sets the role's pay in the area on the date, or <see langword="null"/> (none, or no role given).</summary>
    public string? SpecialRateTable { get; init; }

    /// <summary>Whether pay for the role at the grade and date can be estimated here; <see langword="null"/> when no role was given.</summary>
    public bool? Priced { get; init; }

    /// <summary>Why not, when <see cref="Priced"/> is <see langword="false"/>: the missing fact, in words.</summary>
    public string? Reason { get; init; }

    /// <summary>Ids of the sources of the area and its percentage.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Name}";
}
