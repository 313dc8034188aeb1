using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.6 (the Lautenberg Amendment): a conviction in a barred category → NotMet under every screening policy,
/// not remediable. No convictions, or only others → Met; convictions not stated, or one without a category → Unknown.
/// </summary>
internal sealed class DomesticViolenceBarCheck(DomesticViolenceBarRequirement requirement) : IRule<DomesticViolenceFinding>
{
    private static readonly FieldList Convictions = new("history.convictions");
    private static readonly FieldPaths CategoryPaths = new("history.convictions", "category");

    public Requirement Requirement => requirement;

    public DomesticViolenceBarRequirement Bar => requirement;

    public IReadOnlyList<string> SourcesOf(int basis) => requirement.Sources;

    public DomesticViolenceFinding Decide(CandidateProfile profile, RuleContext context)
    {
        if (profile.History?.Convictions is not { } convictions)
        {
            return new(Verdict.Unknown, BarCase.NotStated, Convictions);
        }

        List<string>? uncategorized = null;
        for (var i = 0; i < convictions.Count; i++)
        {
            if (convictions[i]?.Category is not { } category)
            {
                (uncategorized ??= []).Add(CategoryPaths[i]);
            }
            else if (requirement.ConvictionCategories.Contains(category))
            {
                return new(Verdict.NotMet, BarCase.Barred);
            }
        }

        return uncategorized is not null ? new(Verdict.Unknown, BarCase.Uncategorized, new FieldList([.. uncategorized]))
            : convictions.Count == 0 ? new(Verdict.Met, BarCase.None)
            : new(Verdict.Met, BarCase.OtherOnly);
    }
}

/// <summary>Which branch of a conviction bar decided.</summary>
internal enum BarCase : byte
{
    NotStated,
    None,
    OtherOnly,
    Barred,
    Uncategorized,
}

/// <summary>The Lautenberg decision.</summary>
internal readonly record struct DomesticViolenceFinding(Verdict Verdict, BarCase Case, FieldList Unknown = default) : IFinding
{
    public bool Remediable => Case != BarCase.Barred;

    public DateOnly? EarliestDate => null;

    public int Basis => 0;
}
