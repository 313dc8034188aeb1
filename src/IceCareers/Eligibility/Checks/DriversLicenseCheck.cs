using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>rules.md §2.4: a valid license is required; missing → Unknown, false → NotMet (remediable).</summary>
internal sealed class DriversLicenseCheck : RequirementCheck
{
    private readonly CheckOutcome _unknown;
    private readonly CheckOutcome _met;
    private readonly CheckOutcome _notMet;

    public DriversLicenseCheck(DriversLicenseRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _unknown = Outcome(
            Verdict.Unknown,
            "Whether you hold a valid driver's license is not stated; one is required.",
            NewGap("State whether you hold a valid driver's license (driversLicense).", isRemediable: true),
            Fields("driversLicense"));
        _met = Outcome(Verdict.Met, "Holds a valid driver's license; one is required.");
        _notMet = Outcome(
            Verdict.NotMet,
            "Holds no valid driver's license; one is required.",
            NewGap("Obtain a valid driver's license.", isRemediable: true));
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch) =>
        profile.DriversLicense switch { true => _met, false => _notMet, null => _unknown };
}
