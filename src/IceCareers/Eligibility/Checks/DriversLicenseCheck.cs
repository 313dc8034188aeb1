using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>rules.md §2.4: a valid license is required; not stated → Unknown; <c>false</c> → NotMet (remediable).</summary>
internal sealed class DriversLicenseCheck(DriversLicenseRequirement requirement) : IRule<DriversLicenseFinding>
{
    public Requirement Requirement => requirement;

    public IReadOnlyList<string> SourcesOf(int basis) => requirement.Sources;

    public DriversLicenseFinding Decide(CandidateProfile profile, RuleContext context) => profile.DriversLicense switch
    {
        true => new(Verdict.Met, true),
        false => new(Verdict.NotMet, false),
        null => new(Verdict.Unknown, null),
    };
}

/// <summary>The license decision: the verdict and what the profile states.</summary>
internal readonly record struct DriversLicenseFinding(Verdict Verdict, bool? Holds) : IFinding
{
    private static readonly FieldList Asked = new("driversLicense");

    public FieldList Unknown => Holds is null ? Asked : default;

    public bool Remediable => true;

    public DateOnly? EarliestDate => null;

    public int Basis => 0;
}
