namespace IceCareers.Postings;

/// <summary>What a USAJOBS <c>PositionLocation</c> entry names.</summary>
public enum LocationKind
{
    /// <summary>A named place (a city and a state or country).</summary>
    Place,

    /// <summary>"Location Negotiable After Selection": the duty station is agreed after selection.</summary>
    NegotiableAfterSelection,

    /// <summary>"Multiple Locations": the posting lists its places elsewhere (or not at all).</summary>
    Multiple,
}
