namespace IceCareers.Eligibility.Checks;

/// <summary>
/// What every rule's decision reports beside its own facts: the verdict, the profile fields whose absence left it
/// unknown, what a gap needs (whether the candidate can close it, and the date time alone closes it), and what the
/// finding rests on (the requirement, or the dated rule in force). A finding holds no words: the
/// explanation writer turns it into words, and <see cref="Check{TFinding}"/> keeps one outcome per distinct finding,
/// so a finding must be a value (equal findings explain alike) that names nothing of the profile beyond its facts.
/// </summary>
internal interface IFinding
{
    Verdict Verdict { get; }

    /// <summary>Profile field paths (e.g. <c>dateOfBirth</c>) whose absence left the verdict <see cref="Verdict.Unknown"/>.</summary>
    FieldList Unknown { get; }

    /// <summary>For a NotMet or Unknown verdict: whether the candidate can close the gap.</summary>
    bool Remediable { get; }

    /// <summary>For a NotMet or Unknown verdict: the first date on which time alone changes the verdict, if any.</summary>
    DateOnly? EarliestDate { get; }

    /// <summary>
    /// What the finding rests on, as the rule numbers it (<see cref="IRule{TFinding}.SourcesOf"/>): 0 for the
    /// requirement's own sources; a dated requirement numbers its periods from 1.
    /// </summary>
    int Basis { get; }
}

/// <summary>What a rule needs besides the profile: the evaluation date, the screening policy and a working list for field paths.</summary>
internal readonly record struct RuleContext(DateOnly AsOf, ScreeningPolicy Policy, EvaluationScratch.UniqueList Paths);
