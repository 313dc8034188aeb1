using IceCareers.Internal;
using IceCareers.Roles;

namespace IceCareers.Compensation;

/// <summary>
/// An ICE duty station (a field office) with its city and the OPM locality pay area it lies in, from
/// data/pay/duty-stations.yaml. <c>PayEstimator</c> accepts <see cref="City"/> as a locality. Immutable.
/// </summary>
public sealed class DutyStation
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The directorate the office belongs to (ERO field offices, HSI Special Agent in Charge offices).</summary>
    public required Directorate Directorate { get; init; }

    /// <summary>The office's name, e.g. <c>ERO Chicago Field Office</c>.</summary>
    public required string Office { get; init; }

    /// <summary>The city the sources name for the office.</summary>
    public required string City { get; init; }

    /// <summary>The two-letter state code, where a source states it; otherwise <see langword="null"/>.</summary>
    public string? State { get; init; }

    /// <summary>
    /// The OPM locality pay area the office lies in, as named in the pay data; <see langword="null"/> where the data
    /// does not (yet) define that area, in which case an estimate there is refused rather than guessed.
    /// </summary>
    public string? LocalityArea { get; init; }

    /// <summary>Ids of the sources for the office and its locality pay area.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <summary>Caveats from the data.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => LocalityArea is null ? $"{City} ({Office})" : $"{City} ({Office}): {LocalityArea}";
}
