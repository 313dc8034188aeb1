using IceCareers.Candidates;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// A rule of rules.md §2: a pure decision over the profile facts that returns a finding (verdict, the facts it used,
/// the unknown fields, what a gap needs). It holds no words and no caches; see <see cref="Check{TFinding}"/>.
/// </summary>
internal interface IRule<TFinding>
    where TFinding : struct, IFinding, IEquatable<TFinding>
{
    Requirement Requirement { get; }

    TFinding Decide(CandidateProfile profile, RuleContext context);

    /// <summary>The ids of the sources a finding of <paramref name="basis"/> (<see cref="IFinding.Basis"/>) rests on.</summary>
    IReadOnlyList<string> SourcesOf(int basis);
}

/// <summary>The words of one rule's findings: the reason and, for NotMet and Unknown, the gap's description.</summary>
internal interface IExplains<TFinding>
{
    string Reason(TFinding finding);

    string Gap(TFinding finding);
}

/// <summary>A finding that also says which of the role's entry grades the candidate qualifies for (the grade rule).</summary>
internal interface IGradedFinding
{
    IReadOnlyList<PayGrade>? QualifyingGrades { get; }

    PayGrade? HighestQualifyingGrade { get; }
}

/// <summary>One requirement of one role as <see cref="RolePlan"/> runs it: profile in, outcome out.</summary>
internal abstract class RequirementCheck
{
    public abstract Requirement Requirement { get; }

    public abstract CheckOutcome Evaluate(CandidateProfile profile, RuleContext context);
}

/// <summary>
/// The one place where findings become outcomes, and the one place of this engine's speed devices: it asks the rule
/// for its finding, and keeps one outcome per distinct finding (result, gap and warning, with their words formatted on
/// first read by the explanation writer), so that equal findings share one outcome and a text is written at most once
/// however many reports show it. The cache is direct-mapped and bounded: a finding whose slot holds another finding
/// replaces it; no locks, and a reader sees a whole entry or none. Findings are values that name no more of the profile
/// than their facts, so a cached outcome never carries one candidate's data into another's report.
/// </summary>
internal sealed class Check<TFinding> : RequirementCheck
    where TFinding : struct, IFinding, IEquatable<TFinding>
{
    private const int Slots = 256;

    private readonly IRule<TFinding> _rule;
    private readonly IExplains<TFinding> _words;
    private readonly string?[] _warnings;
    private Entry?[]? _slots;

    /// <param name="rule">The decision.</param>
    /// <param name="words">The explanation writer's words for this rule.</param>
    /// <param name="warnings">The confidence warning of each basis (<see cref="IFinding.Basis"/>), or null where none is due.</param>
    public Check(IRule<TFinding> rule, IExplains<TFinding> words, string?[] warnings)
    {
        _rule = rule;
        _words = words;
        _warnings = warnings;
    }

    public override Requirement Requirement => _rule.Requirement;

    public IRule<TFinding> Rule => _rule;

    public override CheckOutcome Evaluate(CandidateProfile profile, RuleContext context) => Explain(_rule.Decide(profile, context));

    /// <summary>The outcome of <paramref name="finding"/>: the one kept for an equal finding, or a new one (then kept).</summary>
    public CheckOutcome Explain(in TFinding finding)
    {
        var slots = Volatile.Read(ref _slots) ?? Interlocked.CompareExchange(ref _slots, new Entry?[Slots], null) ?? _slots!;
        var slot = finding.GetHashCode() & (Slots - 1);
        var entry = Volatile.Read(ref slots[slot]);
        if (entry is not null && entry.Finding.Equals(finding))
        {
            return entry.Outcome;
        }

        var outcome = Build(finding);
        Volatile.Write(ref slots[slot], new Entry(finding, outcome));
        return outcome;
    }

    private CheckOutcome Build(TFinding finding)
    {
        var requirement = _rule.Requirement;
        var verdict = finding.Verdict;
        var result = new RequirementResult(requirement, verdict, new Words(_words, finding, gap: false), _rule.SourcesOf(finding.Basis), finding.Unknown.ToReadOnly());
        var gap = verdict is Verdict.NotMet or Verdict.Unknown
            ? new Gap(requirement.Id, new Words(_words, finding, gap: true), finding.Remediable, finding.EarliestDate)
            : null;
        var warning = verdict == Verdict.NotApplicable ? null : _warnings[finding.Basis];
        return finding is IGradedFinding graded
            ? new CheckOutcome(result, gap, warning, graded.QualifyingGrades, graded.HighestQualifyingGrade)
            : new CheckOutcome(result, gap, warning);
    }

    /// <summary>A reason or gap description written from the finding on first read.</summary>
    private sealed class Words(IExplains<TFinding> words, TFinding finding, bool gap) : LazyText
    {
        protected override string Format() => gap ? words.Gap(finding) : words.Reason(finding);
    }

    /// <summary>Immutable, so a reader sees a whole entry or none: finding and outcome are never torn apart.</summary>
    private sealed class Entry(TFinding finding, CheckOutcome outcome)
    {
        public TFinding Finding { get; } = finding;

        public CheckOutcome Outcome { get; } = outcome;
    }
}
