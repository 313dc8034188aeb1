namespace IceCareers.Postings;

/// <summary>
/// One entry of a USAJOBS posting's <c>PositionLocation</c> array: a duty station, or the words "Location Negotiable
/// After Selection" or "Multiple Locations" that USAJOBS writes in place of one. Immutable.
/// </summary>
public sealed class AnnouncementLocation
{
    /// <summary>What the entry names.</summary>
    public required LocationKind Kind { get; init; }

    /// <summary><c>LocationName</c> as written (trimmed), e.g. "Atlanta, Georgia"; <see langword="null"/> when absent.</summary>
    public string? Name { get; init; }

    /// <summary>The city: <c>CityName</c> (or <c>LocationName</c>) up to its first comma; <see langword="null"/> unless <see cref="Kind"/> is <see cref="LocationKind.Place"/>.</summary>
    public string? City { get; init; }

    /// <summary><c>CountrySubDivisionCode</c> (USAJOBS writes the state's name, e.g. "Georgia"); <see langword="null"/> when absent or "N/A".</summary>
    public string? State { get; init; }

    /// <summary><c>CountryCode</c> (USAJOBS writes the country's name, e.g. "United States"); <see langword="null"/> when absent.</summary>
    public string? Country { get; init; }

    /// <summary><c>Latitude</c>; <see langword="null"/> when absent or when USAJOBS wrote 0, 0 (its value for "no place").</summary>
    public double? Latitude { get; init; }

    /// <summary><c>Longitude</c>; <see langword="null"/> when absent or when USAJOBS wrote 0, 0 (its value for "no place").</summary>
    public double? Longitude { get; init; }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        LocationKind.NegotiableAfterSelection => "Location negotiable after selection",
        LocationKind.Multiple => "Multiple locations",
        _ => Name ?? string.Join(", ", new[] { City, State }.Where(p => p is not null)),
    };
}
