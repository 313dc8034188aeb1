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
            return Outcome(Verdict.NotApplicable, Text.Later(asOf, static asOf => $"No age rule is recorded for {Text.Date(asOf)}."));
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
                Text.Later((period, age, asOf, dob), static state =>
                {
                    var minimum = state.period.Value.Value.MinimumAge;
                    return string.Create(CultureInfo.InvariantCulture, $"Age {state.age} on {state.asOf:yyyy-MM-dd}, below the minimum of {minimum}; the rule {state.period.When} requires {state.period.Required}{state.period.ConfidenceNote}. The {Text.Ordinal(minimum)} birthday is {state.dob.AddYears(minimum):yyyy-MM-dd}.");
                }),
                earliest is { } date
                    ? NewGap(Text.Later(date, static date => string.Create(CultureInfo.InvariantCulture, $"Time alone fixes this: the age requirement is met from {date:yyyy-MM-dd}.")), isRemediable: true, date)
                    : period.NeverMet);
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

            var earliest = EarliestMet(profile, dob, asOf);
            var over = new Over(period, age, asOf, dob, maximum, earliest);
            if (unknown is not null)
            {
                var paths = unknown.ToArray();
                return period.Result(
                    Verdict.Unknown,
                    Text.Later(over, static over => $"{over.Passed()}, unless a waiver applies ({over.Period.WaiverNames}); whether one does is not stated."),
                    NewGap(Text.Later((over, paths), static state => $"State {Text.Join(state.paths, "and")}: being a {state.over.Period.WaiverNames} waives the maximum age.{state.over.Later()}"), isRemediable: true, earliest),
                    Array.AsReadOnly(paths));
            }

            return period.Result(
                Verdict.NotMet,
                Text.Later(over, static over => over.Period.Value.Value.Waivers.Count == 0 ? $"{over.Passed()}; no waiver exists." : $"{over.Passed()}; no waiver applies (waivers: {over.Period.WaiverNames})."),
                NewGap(Text.Later(over, static over => $"Not remediable: the maximum entry age has passed and no waiver applies.{over.Later()}"), isRemediable: false, earliest));
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

    private static bool AnyWaiverHolds(IReadOnlyList<AgeWaiver> waivers, CandidateProfile profile)
    {
        for (var i = 0; i < waivers.Count; i++)
        {
            if (Fact(waivers[i], profile).Holds == true)
            {
                return true;
            }
        }

        return false;
    }

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

            if (limit.AppointBeforeBirthday is { } maximum && day >= dob.AddYears(maximum) && !AnyWaiverHolds(limit.Waivers, profile))
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
            WaiverNames = Text.Join(Text.Names(limit.Waivers, Text.Waiver));
            Required = limit.AppointBeforeBirthday is { } maximum
                ? $"at least {Text.Number(limit.MinimumAge)} years of age and appointment before the {Text.Ordinal(maximum)} birthday"
                    + (limit.Waivers.Count == 0 ? "" : $" (the maximum is waived for a {WaiverNames})")
                : $"at least {Text.Number(limit.MinimumAge)} years of age, with no maximum entry age";
            var confidence = setup.BestConfidence(value.Sources);
            ConfidenceNote = confidence == Confidence.High ? "" : $" (this rule rests only on {Text.Confidence(confidence)}-confidence sources)";
            _warning = setup.ConfidenceWarning($"The age rule {When} for '{requirement.Title}' ({requirement.Id})", value.Sources);
            NeverMet = new Gap(requirement.Id, "No date on which the age requirement would be met was found in the data.", isRemediable: false);
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

        /// <summary>The gap below the minimum age when no later date meets the rule (shared: it names nothing of the profile).</summary>
        public Gap NeverMet { get; }

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

        public CheckOutcome Result(Verdict verdict, LazyText reason, Gap? gap = null, IReadOnlyList<string>? missing = null) =>
            new(new RequirementResult(_requirement, verdict, reason, Value.Sources, missing ?? NoFields), gap, _warning);
    }

    /// <summary>What the texts past the maximum entry age name: the period, the age and the dates (not the profile).</summary>
    private readonly record struct Over(Period Period, int Age, DateOnly AsOf, DateOnly DateOfBirth, int Maximum, DateOnly? Earliest)
    {
        public string Passed() => string.Create(CultureInfo.InvariantCulture, $"Age {Age} on {AsOf:yyyy-MM-dd}: appointment had to be before the {Text.Ordinal(Maximum)} birthday ({DateOfBirth.AddYears(Maximum):yyyy-MM-dd}) under the rule {Period.When}");

        public string Later() => Earliest is { } d ? string.Create(CultureInfo.InvariantCulture, $" Time alone changes this on {d:yyyy-MM-dd}, when a rule under which you qualify takes effect.") : "";
    }
}
