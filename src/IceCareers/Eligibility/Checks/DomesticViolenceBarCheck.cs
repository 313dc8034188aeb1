using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>rules.md §2.6: a conviction in a barred category → NotMet under every policy, not remediable.</summary>
internal sealed class DomesticViolenceBarCheck : RequirementCheck
{
    private static readonly FieldPaths CategoryPaths = new("history.convictions", "category");

    private readonly DomesticViolenceBarRequirement _requirement;
    private readonly CheckOutcome _unknown;
    private readonly CheckOutcome _none;
    private readonly CheckOutcome _otherOnly;
    private readonly CheckOutcome _barredOutcome;
    private readonly LazyText _uncategorized;
    private Words? _words;

    public DomesticViolenceBarCheck(DomesticViolenceBarRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        // Every sentence is written on first read (from Words): a first evaluation that reads no text compiles none of it.
        _requirement = requirement;
        _unknown = Outcome(
            Verdict.Unknown,
            Text.Later(this, static c => $"Convictions are not stated; a conviction for a {c.W.Barred} bars this role under every screening policy{c.W.Law}."),
            NewGap("State your convictions (history.convictions), or an empty list if you have none.", isRemediable: true),
            Fields("history.convictions"));
        _uncategorized = Text.Later(this, static c => $"A listed conviction has no category; a conviction for a {c.W.Barred} would bar this role.");
        _none = Outcome(Verdict.Met, Text.Later(this, static c => $"No convictions listed; a conviction for a {c.W.Barred} would bar this role{c.W.Law}."));
        _otherOnly = Outcome(Verdict.Met, Text.Later(this, static c => $"No conviction for a {c.W.Barred} listed{c.W.Law}; other convictions are judged under criminal history."));
        _barredOutcome = Outcome(
            Verdict.NotMet,
            Text.Later(this, static c => $"The profile lists a conviction for a {c.W.Barred}; it bars this role under every screening policy{c.W.Law}."),
            NewGap(Text.Later(this, static c => $"Not remediable: the bar on a {c.W.Barred} conviction applies under every policy{c.W.Law}."), isRemediable: false));
    }

    private Words W => _words ??= new Words(_requirement, Setup);

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        if (profile.History?.Convictions is not { } convictions)
        {
            return _unknown;
        }

        List<string>? unknown = null;
        for (var i = 0; i < convictions.Count; i++)
        {
            if (convictions[i]?.Category is not { } category)
            {
                (unknown ??= []).Add(CategoryPaths[i]);
            }
            else if (Text.Has(_requirement.ConvictionCategories, category))
            {
                return _barredOutcome;
            }
        }

        if (unknown is not null)
        {
            var paths = unknown.ToArray();
            return Outcome(
                Verdict.Unknown,
                _uncategorized,
                NewGap(Text.Later(paths, static paths => $"State the category of each conviction ({Text.Join(paths, "and")})."), isRemediable: true),
                Array.AsReadOnly(paths));
        }

        return convictions.Count == 0 ? _none : _otherOnly;
    }

    /// <summary>The barred categories and the law, in words (immutable; racing first readers may build equal copies).</summary>
    private sealed class Words
    {
        public Words(DomesticViolenceBarRequirement requirement, CheckSetup setup)
        {
            Barred = Text.Join(Text.Names(requirement.ConvictionCategories, Text.Conviction));
            var citations = setup.Citations(requirement.Sources);
            Law = citations.Count == 0 ? "" : $" ({string.Join("; ", citations)})";
        }

        public string Barred { get; }

        public string Law { get; }
    }
}
