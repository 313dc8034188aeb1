using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.7: a record leads to what the active policy says (strict: NotMet; suitability: NeedsReview, listing the
/// review factors). Shared by criminal history (convictions) and drug history (prior drug use).
/// </summary>
internal sealed class HistoryCheck : RequirementCheck
{
    private static readonly FieldPaths CategoryPaths = new("history.convictions", "category");

    private readonly HistoryPolicies _policies;
    private readonly IReadOnlyList<ConvictionCategory>? _categories;
    private readonly bool _coversEveryCategory;
    private readonly string _what;
    private readonly string _field;
    private readonly IReadOnlyList<string> _factors;
    private readonly CheckOutcome _unknown;
    private readonly CheckOutcome _none;
    private readonly CheckOutcome _noneCounted;
    private readonly CheckOutcome[] _record;
    private readonly LazyText? _uncategorized;

    public HistoryCheck(CriminalHistoryRequirement requirement, CheckSetup setup)
        : this(requirement, requirement.Policies, requirement.ReviewFactors, requirement.ConvictionCategories, "a conviction", "history.convictions", setup)
    {
    }

    public HistoryCheck(DrugHistoryRequirement requirement, CheckSetup setup)
        : this(requirement, requirement.Policies, requirement.ReviewFactors, null, "prior illegal drug use", "history.drugUse", setup)
    {
    }

    private HistoryCheck(
        Requirement requirement,
        HistoryPolicies policies,
        IReadOnlyList<string> factors,
        IReadOnlyList<ConvictionCategory>? categories,
        string what,
        string field,
        CheckSetup setup)
        : base(requirement, setup)
    {
        _policies = policies;
        _categories = categories;
        _coversEveryCategory = categories is not null && Array.TrueForAll(Enum.GetValues<ConvictionCategory>(), c => Text.Has(categories, c));
        _what = what;
        _field = field;
        _factors = factors;

        // The sentences are written on first read: a first evaluation that reads no text compiles none of this prose.
        _unknown = Outcome(
            Verdict.Unknown,
            Text.Later(this, static c => $"Not stated whether there is {c._what}; under the strict policy {c._what} {Text.Response(c._policies.Strict)}, under the suitability policy it {Text.Response(c._policies.Suitability)}."),
            NewGap(Text.Later(this, static c => $"State {c._field} (an empty list if there is none)."), isRemediable: true),
            Fields(field));
        _none = Outcome(Verdict.Met, Text.Later(this, static c => c._categories is null ? $"No {c._what} listed." : "No convictions listed."));
        _noneCounted = categories is null
            ? _none
            : Outcome(Verdict.Met, Text.Later(this, static c => $"No listed conviction is in a category that counts here ({c.Counted})."));
        _uncategorized = categories is null ? null : Text.Later(this, static c => $"A listed conviction has no category; convictions that count here: {c.Counted}.");
        _record = [Record(ScreeningPolicy.Strict), Record(ScreeningPolicy.Suitability)];
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        var history = profile.History;
        if (_categories is null)
        {
            return history?.DrugUse switch
            {
                null => _unknown,
                { Count: 0 } => _none,
                _ => _record[(int)policy],
            };
        }

        if (history?.Convictions is not { } convictions)
        {
            return _unknown;
        }

        List<string>? unknown = null;
        for (var i = 0; i < convictions.Count; i++)
        {
            var category = convictions[i]?.Category;
            if (category is null ? _coversEveryCategory : Text.Has(_categories, category.Value))
            {
                return _record[(int)policy];
            }

            if (category is null)
            {
                (unknown ??= []).Add(CategoryPaths[i]);
            }
        }

        if (unknown is null)
        {
            return convictions.Count == 0 ? _none : _noneCounted;
        }

        var paths = unknown.ToArray();
        return Outcome(
            Verdict.Unknown,
            _uncategorized!,
            NewGap(Text.Later(paths, static paths => $"State the category of each conviction ({Text.Join(paths, "and")})."), isRemediable: true),
            Array.AsReadOnly(paths));
    }

    /// <summary>The counted conviction categories in words.</summary>
    private string Counted => Text.Join(Text.Names(_categories!, Text.Conviction));

    private HistoryResponse ResponseUnder(ScreeningPolicy policy) => policy == ScreeningPolicy.Strict ? _policies.Strict : _policies.Suitability;

    private static ScreeningPolicy Other(ScreeningPolicy policy) => policy == ScreeningPolicy.Strict ? ScreeningPolicy.Suitability : ScreeningPolicy.Strict;

    private CheckOutcome Record(ScreeningPolicy policy) => ResponseUnder(policy) switch
    {
        HistoryResponse.Disqualifies => Outcome(
            Verdict.NotMet,
            Text.Later((this, policy), static s => $"{s.Item1.Observed(s.policy)} (under the {Text.Policy(Other(s.policy))} policy it {Text.Response(s.Item1.ResponseUnder(Other(s.policy)))})."),
            NewGap(
                Text.Later((this, policy), static s => $"Not remediable under the {Text.Policy(s.policy)} policy; under the {Text.Policy(Other(s.policy))} policy the record {Text.Response(s.Item1.ResponseUnder(Other(s.policy)))}."),
                isRemediable: false)),
        HistoryResponse.NeedsReview => Outcome(
            Verdict.NeedsReview,
            Text.Later((this, policy), static s => $"{s.Item1.Observed(s.policy)}, who weighs: {string.Join("; ", s.Item1._factors)}.")),
        _ => Outcome(Verdict.Met, Text.Later((this, policy), static s => $"{s.Item1.Observed(s.policy)}.")),
    };

    private string Observed(ScreeningPolicy policy) =>
        $"The profile lists {_what}; under the {Text.Policy(policy)} screening policy it {Text.Response(ResponseUnder(policy))}";
}
