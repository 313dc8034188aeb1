using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.5: applies to people of the stated sex born after the stated date. Registered or exempt → Met;
/// not registered → NotMet (register before the deadline birthday, or show the failure was not knowing and wilful).
/// Whether it applies needs <c>sex</c> and <c>dateOfBirth</c>.
/// </summary>
internal sealed class SelectiveServiceCheck : RequirementCheck
{
    private readonly SelectiveServiceRequirement _requirement;
    private readonly string _scope;
    private readonly CheckOutcome _registered;
    private readonly CheckOutcome _exempt;
    private readonly CheckOutcome _otherSex;
    private readonly CheckOutcome _bornBefore;
    private readonly CheckOutcome _statusUnknown;
    private readonly string _notRegistered;
    private readonly Memo<int, CheckOutcome> _unknown = new();

    public SelectiveServiceCheck(SelectiveServiceRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _requirement = requirement;
        _scope = $"registration is required of {Text.Sex(requirement.AppliesToSex)} born after {Text.Date(requirement.BornAfter)}";
        _registered = Outcome(Verdict.Met, $"Registered with Selective Service; {_scope}.");
        _exempt = Outcome(Verdict.Met, $"Exempt from Selective Service registration; {_scope}.");
        _otherSex = Outcome(Verdict.NotApplicable, $"Does not apply: {_scope}.");
        _bornBefore = Outcome(Verdict.NotApplicable, $"Does not apply: born on or before {Text.Date(requirement.BornAfter)}; {_scope}.");
        _notRegistered = $"Not registered with Selective Service; {_scope}, and an unregistered man cannot be appointed.";
        _statusUnknown = Outcome(
            Verdict.Unknown,
            $"Selective Service status is not stated; {_scope}.",
            NewGap("State your Selective Service status (selectiveService): registered, not-registered or exempt.", isRemediable: true),
            Fields("selectiveService"));
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        bool? sexApplies = profile.Sex is { } sex && sex != Sex.Unspecified ? sex == _requirement.AppliesToSex : null;
        bool? birthApplies = profile.DateOfBirth is { } dob ? dob > _requirement.BornAfter : null;
        if (sexApplies == false)
        {
            return _otherSex;
        }

        if (birthApplies == false)
        {
            return _bornBefore;
        }

        switch (profile.SelectiveService)
        {
            case SelectiveServiceStatus.Registered:
                return _registered;
            case SelectiveServiceStatus.Exempt:
                return _exempt;
            case null when sexApplies == true && birthApplies == true:
                return _statusUnknown;
        }

        if (sexApplies == true && birthApplies == true)
        {
            var deadline = profile.DateOfBirth!.Value.AddYears(_requirement.RegistrationDeadlineAge);
            return Outcome(
                Verdict.NotMet,
                _notRegistered,
                NewGap(
                    Text.Later((this, deadline, open: asOf < deadline), static state =>
                    {
                        var birthday = $"{Text.Ordinal(state.Item1._requirement.RegistrationDeadlineAge)} birthday ({Text.Date(state.deadline)})";
                        return state.open
                            ? $"Register with Selective Service before your {birthday}; registering removes the bar."
                            : $"Registration closed at your {birthday}; the bar is lifted only if you show that the failure to register was neither knowing nor wilful (the agency reviews it).";
                    }),
                    isRemediable: true));
        }

        var which = (sexApplies is null ? 1 : 0) | (birthApplies is null ? 2 : 0) | (profile.SelectiveService is null ? 4 : 0);
        return _unknown.Get(which, this, static (which, self) =>
        {
            var missing = new List<string>(3);
            if ((which & 1) != 0)
            {
                missing.Add("sex");
            }

            if ((which & 2) != 0)
            {
                missing.Add("dateOfBirth");
            }

            if ((which & 4) != 0)
            {
                missing.Add("selectiveService");
            }

            var fields = Text.Join(missing, "and");
            return self.Outcome(
                Verdict.Unknown,
                $"Cannot tell whether Selective Service registration applies or is met: {fields} not stated; {self._scope}.",
                self.NewGap($"State {fields}.", isRemediable: true),
                Array.AsReadOnly(missing.ToArray()));
        });
    }
}
