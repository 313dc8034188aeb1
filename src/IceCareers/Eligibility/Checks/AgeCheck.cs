using System.Globalization;
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
        if (age < limit.MinimumAge)
        {
            var earliest = EarliestMet(profile, dob, asOf);
            return period.Result(
                Verdict.NotMet,
                string.Create(CultureInfo.InvariantCulture, $"Age {age} on {asOf:yyyy-MM-dd}, below the minimum of {limit.MinimumAge}; the rule {period.When} requires {period.Required}{period.ConfidenceNote}. The {Text.Ordinal(limit.MinimumAge)} birthday is {dob.AddYears(limit.MinimumAge):yyyy-MM-dd}."),
                NewGap(
                    earliest is { } date
                        ? string.Create(CultureInfo.InvariantCulture, $"Time alone fixes this: the age requirement is met from {date:yyyy-MM-dd}.")
                        : "No date on which the age requirement would be met was found in the data.",
                    isRemediable: earliest is not null,
                    earliest));
        }

        if (limit.AppointBeforeBirthday is { } maximum && asOf >= dob.AddYears(maximum))
        {
            List<string>? unknown = null;
            var waivers = limit.Waivers;
            for (var i = 0; i < waivers.Count; i++)
            {
                var (holds, path) = Fact(waivers[i], profile);
                if (holds == true)
                {
                    return period.Waived(age, i);
                }

                if (holds is null)
                {
                    (unknown ??= []).Add(path);
                }
            }

            var over = string.Create(CultureInfo.InvariantCulture, $"Age {age} on {asOf:yyyy-MM-dd}: appointment had to be before the {Text.Ordinal(maximum)} birthday ({dob.AddYears(maximum):yyyy-MM-dd}) under the rule {period.When}");
            var earliest = EarliestMet(profile, dob, asOf);
            var later = earliest is { } d ? string.Create(CultureInfo.InvariantCulture, $" Time alone changes this on {d:yyyy-MM-dd}, when a rule under which you qualify takes effect.") : "";
            if (unknown is not null)
            {
                return period.Result(
                    Verdict.Unknown,
                    $"{over}, unless a waiver applies ({period.WaiverNames}); whether one does is not stated.",
                    NewGap($"State {Text.Join(unknown, "and")}: being a {period.WaiverNames} waives the maximum age.{later}", isRemediable: true, earliest),
                    Array.AsReadOnly(unknown.ToArray()));
            }

            return period.Result(
                Verdict.NotMet,
                waivers.Count == 0 ? $"{over}; no waiver exists." : $"{over}; no waiver applies (waivers: {period.WaiverNames}).",
                NewGap($"Not remediable: the maximum entry age has passed and no waiver applies.{later}", isRemediable: false, earliest));
        }

        return period.Met(age);
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
        private readonly Memo<int, CheckOutcome> _met = new();
        private readonly Memo<(int, int), CheckOutcome> _waived = new();

        public Period(DatedValue<AgeLimit> value, AgeRequirement requirement, CheckSetup setup)
        {
            Value = value;
            _requirement = requirement;
            var limit = value.Value;
            When = Text.When(value.Effective);
            WaiverNames = Text.Join(limit.Waivers.Select(Text.Waiver));
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

        public string WaiverNames { get; }

        /// <summary>The Met outcome for an age, built once per age (the reason does not name the date, the report does).</summary>
        public CheckOutcome Met(int age) => _met.Get(age, this, static (a, period) => period.Result(
            Verdict.Met,
            string.Create(CultureInfo.InvariantCulture, $"Age {a}; the rule {period.When} requires {period.Required}{period.ConfidenceNote}.")));

        /// <summary>The Waived outcome for an age and the waiver that holds, built once per pair.</summary>
        public CheckOutcome Waived(int age, int waiverIndex) => _waived.Get((age, waiverIndex), this, static (key, period) => period.Result(
            Verdict.Waived,
            string.Create(CultureInfo.InvariantCulture, $"Age {key.Item1}: past the maximum entry age (appointment before the {Text.Ordinal(period.Value.Value.AppointBeforeBirthday ?? 0)} birthday) of the rule {period.When}; waived as a {Text.Waiver(period.Value.Value.Waivers[key.Item2])}.")));

        public CheckOutcome Result(Verdict verdict, string reason, Gap? gap = null, IReadOnlyList<string>? missing = null) =>
            new(new RequirementResult(_requirement, verdict, reason, Value.Sources, missing ?? NoFields), gap, _warning);
    }
}
