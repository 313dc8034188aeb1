namespace IceCareers.Eligibility.Checks;

/// <summary>
/// How a grade row (or one route to it) stands for a profile, ordered from worst to best so that the better of two
/// states is the larger: not met, unknown (favourable answers to unknown fields would meet it), review (met under some
/// readings of conflicting texts only), met.
/// </summary>
internal enum RowState : byte
{
    NotMet,
    Unknown,
    Review,
    Met,
}
