using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>rules.md §2.1: only the accepted statuses meet the requirement. Every outcome is prepared in advance.</summary>
internal sealed class CitizenshipCheck : RequirementCheck
{
    private readonly CheckOutcome _unknown;
    private readonly CheckOutcome[] _byStatus;

    public CitizenshipCheck(CitizenshipRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        var accepted = Text.Join(Text.Names(requirement.AcceptedCitizenship, Text.Citizenship));
        _unknown = Outcome(
            Verdict.Unknown,
            $"Citizenship is not stated; required: {accepted}.",
            NewGap($"State your citizenship (citizenship); the role requires {accepted}.", isRemediable: true),
            Fields("citizenship"));
        var statuses = Enum.GetValues<Citizenship>();
        _byStatus = new CheckOutcome[statuses.Length];
        for (var i = 0; i < statuses.Length; i++)
        {
            var status = statuses[i];
            _byStatus[i] = Text.Has(requirement.AcceptedCitizenship, status)
                ? Outcome(Verdict.Met, $"Citizenship: {Text.Citizenship(status)}; required: {accepted}.")
                : Outcome(
                    Verdict.NotMet,
                    $"Citizenship: {Text.Citizenship(status)}; required: {accepted}.",
                    NewGap($"Only a {accepted} can be appointed; the requirement is met once you are one (for example by naturalization).", isRemediable: true));
        }
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch) =>
        profile.Citizenship is { } status && (int)status < _byStatus.Length ? _byStatus[(int)status] : _unknown;
}
