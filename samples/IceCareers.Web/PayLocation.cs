namespace IceCareers.Web;

/// <summary>
/// A place a person can choose to see what a role pays there (<c>GET /api/pay/localities</c>): an OPM locality pay area,
/// or an ICE duty station (a field-office city, with the locality area its pay follows).
/// </summary>
/// <param name="Name">What the page shows, e.g. <c>Los Angeles-Long Beach, CA</c>.</param>
/// <param name="Kind"><c>locality-area</c> (an OPM locality pay area) or <c>duty-station</c> (an ICE field-office city).</param>
/// <param name="Locality">The locality pay area to pass as <c>locality</c> to <c>GET /api/roles/{id}/pay</c>.</param>
/// <param name="Id">The id of the locality pay area (of the office's area, for a duty station), e.g. <c>los-angeles-long-beach</c>; also accepted as <c>locality</c>.</param>
internal sealed record PayLocation(string Name, string Kind, string Locality, string Id)
{
    /// <summary>The <see cref="Kind"/> of an OPM locality pay area.</summary>
    public const string LocalityArea = "locality-area";

    /// <summary>The <see cref="Kind"/> of an ICE duty station.</summary>
    public const string DutyStation = "duty-station";
}
