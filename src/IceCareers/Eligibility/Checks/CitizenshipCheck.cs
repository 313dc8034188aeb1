using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>rules.md §2.1: only the statuses the requirement accepts meet it; none stated is unknown.</summary>
internal sealed class CitizenshipCheck(CitizenshipRequirement requirement) : IRule<CitizenshipFinding>
{
    public Requirement Requirement => requirement;

    public IReadOnlyList<string> SourcesOf(int basis) => requirement.Sources;

    public CitizenshipRequirement Citizenship => requirement;

    public CitizenshipFinding Decide(CandidateProfile profile, RuleContext context) => profile.Citizenship switch
    {
        null => new(Verdict.Unknown, null),
        { } status when Contains(requirement.AcceptedCitizenship, status) => new(Verdict.Met, status),
        { } status => new(Verdict.NotMet, status),
    };

    private static bool Contains(IReadOnlyList<Citizenship> accepted, Citizenship status)
    {
        for (var i = 0; i < accepted.Count; i++)
        {
            if (accepted[i] == status)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>The citizenship decision: the verdict and the stated status (null when not stated).</summary>
internal readonly record struct CitizenshipFinding(Verdict Verdict, Citizenship? Stated) : IFinding
{
    private static readonly FieldList Asked = new("citizenship");

    public FieldList Unknown => Stated is null ? Asked : default;

    public bool Remediable => true;

    public DateOnly? EarliestDate => null;

    public int Basis => 0;
}
