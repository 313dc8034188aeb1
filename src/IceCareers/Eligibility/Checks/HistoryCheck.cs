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
    private readonly CheckOutcome _unknown;
    private readonly CheckOutcome _none;
    private readonly CheckOutcome _noneCounted;
    private readonly CheckOutcome[] _record;
    private readonly string? _uncategorized;

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
        _unknown = Outcome(
            Verdict.Unknown,
            $"Not stated whether there is {what}; under the strict policy {what} {Text.Response(policies.Strict)}, under the suitability policy it {Text.Response(policies.Suitability)}.",
            NewGap($"State {field} (an empty list if there is none).", isRemediable: true),
            Fields(field));
        _none = Outcome(Verdict.Met, categories is null ? $"No {what} listed." : "No convictions listed.");
        _noneCounted = categories is null
            ? _none
            : Outcome(Verdict.Met, $"No listed conviction is in a category that counts here ({Text.Join(Text.Names(categories, Text.Conviction))}).");
        _uncategorized = categories is null ? null : $"A listed conviction has no category; convictions that count here: {Text.Join(Text.Names(categories, Text.Conviction))}.";
        _record = [Record(ScreeningPolicy.Strict, factors), Record(ScreeningPolicy.Suitability, factors)];
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

    private CheckOutcome Record(ScreeningPolicy policy, IReadOnlyList<string> factors)
    {
        var response = policy == ScreeningPolicy.Strict ? _policies.Strict : _policies.Suitability;
        var other = policy == ScreeningPolicy.Strict ? ScreeningPolicy.Suitability : ScreeningPolicy.Strict;
        var otherResponse = other == ScreeningPolicy.Strict ? _policies.Strict : _policies.Suitability;
        var observed = $"The profile lists {_what}; under the {Text.Policy(policy)} screening policy it {Text.Response(response)}";
        return response switch
        {
            HistoryResponse.Disqualifies => Outcome(
                Verdict.NotMet,
                $"{observed} (under the {Text.Policy(other)} policy it {Text.Response(otherResponse)}).",
                NewGap($"Not remediable under the {Text.Policy(policy)} policy; under the {Text.Policy(other)} policy the record {Text.Response(otherResponse)}.", isRemediable: false)),
            HistoryResponse.NeedsReview => Outcome(
                Verdict.NeedsReview,
                $"{observed}, who weighs: {string.Join("; ", factors)}."),
            _ => Outcome(Verdict.Met, $"{observed}."),
        };
    }
}
