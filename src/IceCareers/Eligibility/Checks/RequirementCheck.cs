using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// Decides one requirement of one role for a profile. Built once per role by <see cref="EligibilityEvaluator"/>;
/// everything that does not depend on the profile (texts, cached results) is prepared in the constructor.
/// </summary>
internal abstract class RequirementCheck
{
    protected static readonly IReadOnlyList<string> NoFields = [];

    protected RequirementCheck(Requirement requirement, CheckSetup setup)
    {
        Requirement = requirement;
        Setup = setup;
        Warning = setup.ConfidenceWarning($"The result for '{requirement.Title}' ({requirement.Id})", requirement.Sources);
    }

    public Requirement Requirement { get; }

    protected CheckSetup Setup { get; }

    /// <summary>The confidence warning for results resting on the requirement's own sources.</summary>
    protected string? Warning { get; }

    public abstract CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch);

    /// <summary>A result resting on the requirement's own sources, with its warning; a gap for NotMet and Unknown.</summary>
    protected CheckOutcome Outcome(Verdict verdict, string reason, Gap? gap = null, IReadOnlyList<string>? missing = null) =>
        Outcome(verdict, reason, Requirement.Sources, Warning, gap, missing);

    protected CheckOutcome Outcome(Verdict verdict, string reason, IReadOnlyList<string> sources, string? warning, Gap? gap = null, IReadOnlyList<string>? missing = null) =>
        new(new RequirementResult(Requirement, verdict, reason, sources, missing ?? NoFields), gap, verdict == Verdict.NotApplicable ? null : warning);

    /// <summary>Like the string overload, with the reason formatted only if someone reads it.</summary>
    protected CheckOutcome Outcome(Verdict verdict, LazyText reason, Gap? gap = null, IReadOnlyList<string>? missing = null) =>
        new(new RequirementResult(Requirement, verdict, reason, Requirement.Sources, missing ?? NoFields), gap, verdict == Verdict.NotApplicable ? null : Warning);

    protected Gap NewGap(string description, bool isRemediable, DateOnly? earliestDate = null) =>
        new(Requirement.Id, description, isRemediable, earliestDate);

    protected Gap NewGap(LazyText description, bool isRemediable, DateOnly? earliestDate = null) =>
        new(Requirement.Id, description, isRemediable, earliestDate);

    protected static IReadOnlyList<string> Fields(params string[] paths) => Array.AsReadOnly(paths);
}
