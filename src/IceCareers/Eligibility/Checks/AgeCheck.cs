using IceCareers.Candidates;
using IceCareers.Provenance;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.2: the age rule in force on the evaluation date, with its minimum, its maximum ("appointed before the
/// Nth birthday") and the waivers of the maximum. Below the minimum the gap gives the first date time alone fixes it.
/// </summary>
internal sealed class AgeCheck : RequirementCheck
{
    private readonly Period[] _periods;

    public AgeCheck(AgeRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        _periods = requirement.Periods.Periods.Select(p => new Period(p, requirement, setup)).ToArray();
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        Period? period = null;
        foreach (var candidate in _periods)
        {
            if (candidate.Value.Effective.Contains(asOf))
            {
                period = candidate;
                break;
            }
        }

        if (period is null)
        {
            return Outcome(Verdict.NotApplicable, $"No age rule is recorded for {Text.Date(asOf)}.");
        }

        var limit = period.Value.Value;
        if (profile.DateOfBirth is not { } dob)
        {
            return period.UnknownBirthDate;
        }

        var age = AgeOn(dob, asOf);
        var observed = Text.Invariant($"Age {age} on {Text.Date(asOf)}");
        if (age < limit.MinimumAge)
        {
            var earliest = EarliestMet(profile, dob, asOf);
            return period.Result(
                Verdict.NotMet,
                $"{observed}, below the minimum of {Text.Number(limit.MinimumAge)}; the rule {period.When} requires {period.Required}{period.ConfidenceNote}.",
                NewGap(
                    earliest is { } date
                        ? $"Time alone fixes this: the age requirement is met from {Text.Date(date)}."
                        : "No date on which the age requirement would be met was found in the data.",
                    isRemediable: earliest is not null,
                    earliest));
        }

        if (limit.AppointBeforeBirthday is { } maximum && asOf >= dob.AddYears(maximum))
        {
            var over = $"{observed}: appointment had to be before the {Text.Ordinal(maximum)} birthday ({Text.Date(dob.AddYears(maximum))}) under the rule {period.When}";
            List<string>? unknown = null;
            foreach (var waiver in limit.Waivers)
            {
                var (holds, path) = Fact(waiver, profile);
                if (holds == true)
                {
                    return period.Result(Verdict.Waived, $"{over}; waived as a {Text.Waiver(waiver)}.");
                }

                if (holds is null)
                {
                    (unknown ??= []).Add(path);
                }
            }

            var earliest = EarliestMet(profile, dob, asOf);
            var later = earliest is { } d ? $" Time alone changes this on {Text.Date(d)}, when a rule under which you qualify takes effect." : "";
            var waivers = Text.Join(limit.Waivers.Select(Text.Waiver));
            if (unknown is not null)
            {
                return period.Result(
                    Verdict.Unknown,
                    $"{over}, unless a waiver applies ({waivers}); whether one does is not stated.",
                    NewGap($"State {Text.Join(unknown, "and")}: being a {waivers} waives the maximum age.{later}", isRemediable: true, earliest),
                    Array.AsReadOnly(unknown.ToArray()));
            }

            return period.Result(
                Verdict.NotMet,
                limit.Waivers.Count == 0 ? $"{over}; no waiver exists." : $"{over}; no waiver applies (waivers: {waivers}).",
                NewGap($"Not remediable: the maximum entry age has passed and no waiver applies.{later}", isRemediable: false, earliest));
        }

        return period.Result(Verdict.Met, $"{observed}; the rule {period.When} requires {period.Required}{period.ConfidenceNote}.");
    }

    /// <summary>Age in whole years on <paramref name="date"/>; a birthday on February 29 falls on February 28 in other years.</summary>
    internal static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        return date < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    private static (bool? Holds, string Path) Fact(AgeWaiver waiver, CandidateProfile profile) => waiver switch
    {
        AgeWaiver.PreferenceEligibleVeteran => (
            profile.Military?.PreferenceEligible ?? (profile.Military?.Veteran == false ? false : null),
            "military.preferenceEligible"),
        AgeWaiver.PriorFederalLawEnforcement => (profile.PriorFederalLawEnforcement, "priorFederalLawEnforcement"),
        _ => (null, waiver.ToString()),
    };

    /// <summary>The first day after <paramref name="asOf"/> on which the rule then in force is met (waivers only when stated true).</summary>
    private DateOnly? EarliestMet(CandidateProfile profile, DateOnly dob, DateOnly asOf)
    {
        var tomorrow = asOf.AddDays(1);
        foreach (var period in _periods)
        {
            var effective = period.Value.Effective;
            var start = effective.From is { } from && from > tomorrow ? from : tomorrow;
            var end = effective.To ?? DateOnly.MaxValue;
            if (start > end)
            {
                continue;
            }

            var limit = period.Value.Value;
            var day = dob.AddYears(limit.MinimumAge) is var adult && adult > start ? adult : start;
            if (day > end)
            {
                continue;
            }

            if (limit.AppointBeforeBirthday is { } maximum && day >= dob.AddYears(maximum) && !limit.Waivers.Any(w => Fact(w, profile).Holds == true))
            {
                continue;
            }

            return day;
        }

        return null;
    }

    /// <summary>One period of the rule with its prepared texts.</summary>
    private sealed class Period
    {
        private readonly Requirement _requirement;
        private readonly string? _warning;

        public Period(DatedValue<AgeLimit> value, AgeRequirement requirement, CheckSetup setup)
        {
            Value = value;
            _requirement = requirement;
            var limit = value.Value;
            When = Text.When(value.Effective);
            Required = limit.AppointBeforeBirthday is { } maximum
                ? $"at least {Text.Number(limit.MinimumAge)} years of age and appointment before the {Text.Ordinal(maximum)} birthday"
                    + (limit.Waivers.Count == 0 ? "" : $" (the maximum is waived for a {Text.Join(limit.Waivers.Select(Text.Waiver))})")
                : $"at least {Text.Number(limit.MinimumAge)} years of age, with no maximum entry age";
            var confidence = setup.BestConfidence(value.Sources);
            ConfidenceNote = confidence == Confidence.High ? "" : $" (this rule rests only on {Text.Confidence(confidence)}-confidence sources)";
            _warning = setup.ConfidenceWarning($"The age rule {When} for '{requirement.Title}' ({requirement.Id})", value.Sources);
            UnknownBirthDate = Result(
                Verdict.Unknown,
                $"Date of birth is not stated; the rule {When} requires {Required}{ConfidenceNote}.",
                new Gap(requirement.Id, "State your date of birth (dateOfBirth).", isRemediable: true),
                Fields("dateOfBirth"));
        }

        public DatedValue<AgeLimit> Value { get; }

        public string When { get; }

        public string Required { get; }

        public string ConfidenceNote { get; }

        public CheckOutcome UnknownBirthDate { get; }

        public CheckOutcome Result(Verdict verdict, string reason, Gap? gap = null, IReadOnlyList<string>? missing = null) =>
            new(new RequirementResult(_requirement, verdict, reason, Value.Sources, missing ?? NoFields), gap, _warning);
    }
}
