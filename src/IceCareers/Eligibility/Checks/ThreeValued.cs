namespace IceCareers.Eligibility.Checks;

/// <summary>
/// How a grade, or one route to it, stands for a profile (rules.md §2.0), ordered from worst to best so that the better
/// of two is the larger: not met; unknown (favourable answers to the fields not stated would meet it); under review
/// (met under some readings of texts that conflict, not under others); met.
/// </summary>
internal enum Standing : byte
{
    NotMet,
    Unknown,
    Review,
    Met,
}

/// <summary>The three-valued bookkeeping the grade table shares, kept apart from the rule so that the rule reads like rules.md.</summary>
internal static class ThreeValued
{
    public static Standing Better(Standing a, Standing b) => a > b ? a : b;

    /// <summary>Met when the stated amount reaches <paramref name="needed"/>; unknown when the favourable reading does; else not met.</summary>
    public static Standing Reaches(Amount amount, decimal needed) =>
        amount.Known >= needed ? Standing.Met : amount.Reaches(needed) ? Standing.Unknown : Standing.NotMet;
}

/// <summary>
/// An amount read from the profile two ways: on what is stated (<see cref="Known"/>), and with every fact not stated read
/// favourably (<see cref="Favourable"/>); <see cref="Open"/> when a quantity itself is not stated, so that no bound is known.
/// </summary>
internal readonly record struct Amount(decimal Known, decimal Favourable, bool Open)
{
    public bool Reaches(decimal needed) => Open || Favourable >= needed;
}
