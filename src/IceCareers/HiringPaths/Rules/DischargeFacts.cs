using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>Whether a discharge counts as under honorable conditions.</summary>
internal enum Honorable
{
    /// <summary>Honorable or general, or a certification of either while serving.</summary>
    Yes,

    /// <summary>Other than honorable, bad conduct or dishonorable.</summary>
    No,

    /// <summary>Not stated (or, while serving, no usable certification yet).</summary>
    Unknown,

    /// <summary>Uncharacterized: the agency adjudicates it.</summary>
    Adjudicated,
}

/// <summary>
/// The discharge as the rules read it. For a person still serving (5 U.S.C. 2108a) it is the expected release, under
/// honorable conditions, when that is at most the certification's days after the as-of date; otherwise not yet usable.
/// </summary>
internal sealed record DischargeFacts(
    bool Serving,
    Honorable UnderHonorableConditions,
    DischargeCharacter? Character,
    DateOnly? Date,
    DischargeReason? Reason,
    bool Certified,
    DateOnly? CertifiableFrom,
    bool ReleasePassed)
{
    public static DischargeFacts Of(Military? military, ServiceRecord record, PreferenceRules rules, DateOnly asOf)
    {
        var discharge = military?.Discharge;
        if (!record.Serving)
        {
            var character = discharge?.Character;
            var honorable = character is not { } c ? Honorable.Unknown
                : rules.Discharge.UnderHonorableConditions.Contains(c) ? Honorable.Yes
                : rules.Discharge.NotUnderHonorableConditions.Contains(c) ? Honorable.No
                : Honorable.Adjudicated;
            return new DischargeFacts(false, honorable, character, discharge?.Date, discharge?.Reason, false, null, false);
        }

        if (military?.ExpectedRelease is not { } release)
        {
            return new DischargeFacts(true, Honorable.Unknown, null, null, discharge?.Reason, false, null, false);
        }

        if (release < asOf)
        {
            return new DischargeFacts(true, Honorable.Unknown, null, release, discharge?.Reason, false, null, true);
        }

        var days = rules.CertificationDays.Value;
        var certifiable = release.DayNumber - asOf.DayNumber <= days;
        return certifiable
            ? new DischargeFacts(true, Honorable.Yes, null, release, discharge?.Reason, true, null, false)
            : new DischargeFacts(true, Honorable.Unknown, null, release, discharge?.Reason, false, SafeDates.AddDays(release, -days), false);
    }
}
