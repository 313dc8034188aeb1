using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
/// however many reports show it. The cache is direct-mapped and bounded: a finding is kept from the second time its slot
/// sees it (a one-off finding is explained without being kept), and then replaces what the slot held; no locks, and a
/// reader sees a whole entry or none. Findings are values that name no more of the profile
/// than their facts, so a cached outcome never carries one candidate's data into another's report.
/// </summary>
internal sealed class Check<TFinding> : RequirementCheck
    where TFinding : struct, IFinding, IEquatable<TFinding>
{
    private const int SlotBits = 10;
    private const int Slots = 1 << SlotBits;

    private readonly IRule<TFinding> _rule;
    private readonly IExplains<TFinding> _words;
    private readonly string?[] _warnings;
    private Entry?[]? _slots;
    private int[]? _seen;

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
        var (slot, hash) = Slot(finding);
        var entry = Volatile.Read(ref slots[slot]);
        if (entry is not null && Same(entry.Finding, finding))
        {
            return entry.Outcome;
        }

        // Kept from its second sighting only: a one-off finding (a profile's exact months and hours) gets an outcome
        // that dies young instead of a long-lived entry that evicts a common one and costs every later collection.
        var seen = Volatile.Read(ref _seen) ?? Interlocked.CompareExchange(ref _seen, new int[Slots], null) ?? _seen!;
        if (seen[slot] != hash)
        {
            seen[slot] = hash;
            return Build(finding);
        }

        var outcome = Build(finding);
        Volatile.Write(ref slots[slot], new Entry(finding, outcome));
        return outcome;
    }

    /// <summary>
    /// The slot of a finding: its hash spread over the slots by Fibonacci hashing (the top bits of hash × 2^32/φ), since
    /// combined field hashes often differ only in their high bits. A finding of plain values (no references) is hashed
    /// from its bytes, several times cheaper than the compiler's field-by-field hash.
    /// </summary>
    private static (int Slot, int Hash) Slot(in TFinding finding)
    {
        ulong hash;
        if (RuntimeHelpers.IsReferenceOrContainsReferences<TFinding>())
        {
            hash = (uint)finding.GetHashCode();
        }
        else
        {
            hash = 0;
            var bytes = MemoryMarshal.AsBytes(new ReadOnlySpan<TFinding>(in finding));
            while (bytes.Length >= sizeof(ulong))
            {
                hash = (BitOperations.RotateLeft(hash, 27) ^ MemoryMarshal.Read<ulong>(bytes)) * 0x9E3779B97F4A7C15ul;
                bytes = bytes[sizeof(ulong)..];
            }

            for (var i = 0; i < bytes.Length; i++)
            {
                hash = (BitOperations.RotateLeft(hash, 8) ^ bytes[i]) * 0x9E3779B97F4A7C15ul;
            }

            hash ^= hash >> 32;
        }

        return ((int)(((uint)hash * 2654435769u) >> (32 - SlotBits)), (int)hash);
    }

    /// <summary>
    /// Whether two findings are the same value: for plain values, the same bytes (equal bytes are equal values; bytes
    /// that differ only in padding merely miss the cache); otherwise the finding's own equality.
    /// </summary>
    private static bool Same(in TFinding a, in TFinding b) =>
        RuntimeHelpers.IsReferenceOrContainsReferences<TFinding>()
            ? a.Equals(b)
            : MemoryMarshal.AsBytes(new ReadOnlySpan<TFinding>(in a)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<TFinding>(in b)));

    private CheckOutcome Build(TFinding finding)
    {
        var requirement = _rule.Requirement;
        var verdict = finding.Verdict;
        var reason = new ReasonText(_words, finding);
        var result = new RequirementResult(requirement, verdict, reason, _rule.SourcesOf(finding.Basis), finding.Unknown.ToReadOnly());
        var gap = verdict is Verdict.NotMet or Verdict.Unknown
            ? new Gap(requirement.Id, new GapText(reason), finding.Remediable, finding.EarliestDate)
            : null;
        var warning = verdict == Verdict.NotApplicable ? null : _warnings[finding.Basis];
        return finding is IGradedFinding graded
            ? new CheckOutcome(result, gap, warning, finding.Unknown, graded.QualifyingGrades, graded.HighestQualifyingGrade)
            : new CheckOutcome(result, gap, warning, finding.Unknown);
    }

    /// <summary>A reason written from the finding on first read; it holds the outcome's one copy of the finding.</summary>
    private sealed class ReasonText(IExplains<TFinding> words, TFinding finding) : LazyText
    {
        public IExplains<TFinding> Words => words;

        public TFinding Finding => finding;

        protected override string Format() => words.Reason(finding);
    }

    /// <summary>A gap description written on first read from the finding its reason holds.</summary>
    private sealed class GapText(ReasonText reason) : LazyText
    {
        protected override string Format() => reason.Words.Gap(reason.Finding);
    }

    /// <summary>Immutable, so a reader sees a whole entry or none: finding and outcome are never torn apart.</summary>
    private sealed class Entry(TFinding finding, CheckOutcome outcome)
    {
        public TFinding Finding { get; } = finding;

        public CheckOutcome Outcome { get; } = outcome;
    }
}
