namespace IceCareers.Eligibility;

/// <summary>The overall answer of an <see cref="EligibilityReport"/>. The values are ordered best first.</summary>
public enum Outcome
{
    /// <summary>Every screening requirement is met or waived (pending conditions and advisories aside).</summary>
    Eligible,

    /// <summary>Nothing is unmet, but at least one requirement needs a person to adjudicate it.</summary>
    NeedsReview,

    /// <summary>Nothing is unmet or under review, but the profile lacks information needed to decide.</summary>
    Incomplete,

    /// <summary>At least one blocking requirement is not met.</summary>
    Ineligible,
}
