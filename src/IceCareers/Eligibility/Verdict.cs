namespace IceCareers.Eligibility;

/// <summary>What the evaluator concluded about one requirement (rules.md §2).</summary>
public enum Verdict
{
    /// <summary>The profile meets the requirement.</summary>
    Met,

    /// <summary>The profile does not meet the requirement; a <see cref="Gap"/> says what would change it.</summary>
    NotMet,

    /// <summary>The requirement is not met as such but is waived (for example the maximum age for a preference-eligible veteran); counts as met, and the reason says why.</summary>
    Waived,

    /// <summary>A person must adjudicate (for example a record under the suitability policy).</summary>
    NeedsReview,

    /// <summary>The profile lacks what is needed to decide; the result names the missing fields.</summary>
    Unknown,

    /// <summary>Decided later in the hiring pipeline (a condition of employment without data); never changes the outcome.</summary>
    Pending,

    /// <summary>The requirement does not apply to this candidate or on this date.</summary>
    NotApplicable,
}
