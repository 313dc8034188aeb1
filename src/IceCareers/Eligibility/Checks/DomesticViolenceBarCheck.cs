using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>rules.md §2.6: a conviction in a barred category → NotMet under every policy, not remediable.</summary>
internal sealed class DomesticViolenceBarCheck : RequirementCheck
{
    private static readonly FieldPaths CategoryPaths = new("history.convictions", "category");

    private readonly DomesticViolenceBarRequirement _requirement;
    private readonly string _barred;
    private readonly CheckOutcome _unknown;
    private readonly CheckOutcome _none;
    private readonly CheckOutcome _otherOnly;
    private readonly CheckOutcome _barredOutcome;
    private readonly string _uncategorized;

    public DomesticViolenceBarCheck(DomesticViolenceBarRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _requirement = requirement;
        _barred = Text.Join(Text.Names(requirement.ConvictionCategories, Text.Conviction));
        var citations = setup.Citations(requirement.Sources);
        var law = citations.Count == 0 ? "" : $" ({string.Join("; ", citations)})";
        _unknown = Outcome(
            Verdict.Unknown,
            $"Convictions are not stated; a conviction for a {_barred} bars this role under every screening policy{law}.",
            NewGap("State your convictions (history.convictions), or an empty list if you have none.", isRemediable: true),
            Fields("history.convictions"));
        _uncategorized = $"A listed conviction has no category; a conviction for a {_barred} would bar this role.";
        _none = Outcome(Verdict.Met, $"No convictions listed; a conviction for a {_barred} would bar this role{law}.");
        _otherOnly = Outcome(Verdict.Met, $"No conviction for a {_barred} listed{law}; other convictions are judged under criminal history.");
        _barredOutcome = Outcome(
            Verdict.NotMet,
            $"The profile lists a conviction for a {_barred}; it bars this role under every screening policy{law}.",
            NewGap($"Not remediable: the bar on a {_barred} conviction applies under every policy{law}.", isRemediable: false));
    }

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
}
