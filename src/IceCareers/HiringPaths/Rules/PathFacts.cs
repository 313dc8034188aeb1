using IceCareers.Candidates;

namespace IceCareers.HiringPaths.Rules;

/// <summary>What every path rule reads: the profile, the date, the service worked out once, and the preference decided.</summary>
internal sealed record PathFacts(CandidateProfile Profile, DateOnly AsOf, ServiceRecord Service, DischargeFacts Discharge, PreferenceFinding Preference)
{
    /// <summary>
    /// Whether the person is a disabled veteran for the veterans' paths, from the facts: <see langword="true"/>,
    /// <see langword="false"/>, or <see langword="null"/> when the disability is not stated.
    /// </summary>
    public bool? RatedAtLeast(int percent) => Profile.Military?.Disability switch
    {
        null => null,
        { IsNone: true } => false,
        { Percent: { } p } => p >= percent,
        _ => null,
    };
}
