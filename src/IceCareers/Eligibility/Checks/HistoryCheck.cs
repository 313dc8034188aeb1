using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.7: a record leads to what the screening policy says — strict: NotMet; suitability: NeedsReview (the
/// adjudicator weighs the review factors). No record (an empty list) → Met; not stated → Unknown. Shared by criminal
/// history (convictions in the requirement's categories) and drug history (prior drug use).
/// </summary>
internal sealed class HistoryCheck : IRule<HistoryFinding>
{
    private static readonly FieldPaths CategoryPaths = new("history.convictions", "category");

    private readonly Requirement _requirement;
    private readonly FieldList _field;

    public HistoryCheck(CriminalHistoryRequirement requirement)
        : this(requirement, requirement.Policies, requirement.ReviewFactors, requirement.ConvictionCategories, "history.convictions")
    {
    }

    public HistoryCheck(DrugHistoryRequirement requirement)
        : this(requirement, requirement.Policies, requirement.ReviewFactors, null, "history.drugUse")
    {
    }

    private HistoryCheck(Requirement requirement, HistoryPolicies policies, IReadOnlyList<string> factors, IReadOnlyList<ConvictionCategory>? categories, string field)
    {
        _requirement = requirement;
        Policies = policies;
        ReviewFactors = factors;
        Categories = categories;
        Field = field;
        _field = new FieldList(field);
        CoversEveryCategory = categories is not null && Enum.GetValues<ConvictionCategory>().All(categories.Contains);
    }

    public Requirement Requirement => _requirement;

    public HistoryPolicies Policies { get; }

    public IReadOnlyList<string> ReviewFactors { get; }

    /// <summary>The conviction categories that count; <see langword="null"/> for drug history.</summary>
    public IReadOnlyList<ConvictionCategory>? Categories { get; }

    /// <summary>The profile field the rule reads.</summary>
    public string Field { get; }

    /// <summary>Whether every category counts, so that a conviction without one counts too.</summary>
    private bool CoversEveryCategory { get; }

    public IReadOnlyList<string> SourcesOf(int basis) => _requirement.Sources;

    /// <summary>What the policy does with a record.</summary>
    public HistoryResponse ResponseUnder(ScreeningPolicy policy) => policy == ScreeningPolicy.Strict ? Policies.Strict : Policies.Suitability;

    public HistoryFinding Decide(CandidateProfile profile, RuleContext context)
    {
        var history = profile.History;
        if (Categories is null)
        {
            return history?.DrugUse switch
            {
                null => new(Verdict.Unknown, HistoryCase.NotStated, _field),
                { Count: 0 } => new(Verdict.Met, HistoryCase.None),
                _ => Record(context.Policy),
            };
        }

        if (history?.Convictions is not { } convictions)
        {
            return new(Verdict.Unknown, HistoryCase.NotStated, _field);
        }

        List<string>? uncategorized = null;
        for (var i = 0; i < convictions.Count; i++)
        {
            var category = convictions[i]?.Category;
            if (category is null ? CoversEveryCategory : Categories.Contains(category.Value))
            {
                return Record(context.Policy);
            }

            if (category is null)
            {
                (uncategorized ??= []).Add(CategoryPaths[i]);
            }
        }

        return uncategorized is not null ? new(Verdict.Unknown, HistoryCase.Uncategorized, new FieldList([.. uncategorized]))
            : convictions.Count == 0 ? new(Verdict.Met, HistoryCase.None)
            : new(Verdict.Met, HistoryCase.NoneCounted);
    }

    private HistoryFinding Record(ScreeningPolicy policy) => ResponseUnder(policy) switch
    {
        HistoryResponse.Disqualifies => new(Verdict.NotMet, HistoryCase.Record, Policy: policy),
        HistoryResponse.NeedsReview => new(Verdict.NeedsReview, HistoryCase.Record, Policy: policy),
        _ => new(Verdict.Met, HistoryCase.Record, Policy: policy),
    };
}

/// <summary>Which branch of a history rule decided.</summary>
internal enum HistoryCase : byte
{
    NotStated,
    None,
    NoneCounted,
    Record,
    Uncategorized,
}

/// <summary>The history decision; for a record, the policy it was judged under.</summary>
internal readonly record struct HistoryFinding(Verdict Verdict, HistoryCase Case, FieldList Unknown = default, ScreeningPolicy Policy = default) : IFinding
{
    public bool Remediable => Case != HistoryCase.Record;

    public DateOnly? EarliestDate => null;

    public int Basis => 0;
}
