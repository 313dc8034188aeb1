namespace IceCareers.HiringPaths;

/// <summary>Whether a hiring path is open to a person (JSON words: <c>eligible</c>, <c>not-eligible</c>, <c>unknown</c>, <c>not-applicable</c>).</summary>
public enum PathVerdict
{
    /// <summary>The person can use the path (until <see cref="HiringPathResult.Until"/>, where time limits it).</summary>
    Eligible,

    /// <summary>The person cannot use the path; the reason says why and, where time alone changes it, from when they can.</summary>
    NotEligible,

    /// <summary>The facts given do not decide it; the report asks for the missing ones.</summary>
    Unknown,

    /// <summary>The path does not apply: to this posting, or (SkillBridge) to a person who is not serving.</summary>
    NotApplicable,
}
