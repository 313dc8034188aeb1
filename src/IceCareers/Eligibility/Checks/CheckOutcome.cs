namespace IceCareers.Eligibility.Checks;

/// <summary>What one check produced: the result, its gap (for NotMet and Unknown) and a confidence warning, if any.</summary>
internal readonly record struct CheckOutcome(RequirementResult Result, Gap? Gap = null, string? Warning = null);
