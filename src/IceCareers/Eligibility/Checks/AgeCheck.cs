using IceCareers.Candidates;
using IceCareers.Provenance;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.2: the age rule in force on the evaluation date, with its minimum, its maximum ("appointed before the
/// Nth birthday") and the waivers of the maximum. Below the minimum → NotMet until the birthday that fixes it; past the
/// maximum → Waived when a waiver is stated true, Unknown while one is not stated, otherwise NotMet.
/// </summary>
internal sealed class AgeCheck(AgeRequirement requirement) : IRule<AgeFinding>
{
    private static readonly FieldList BirthDate = new("dateOfBirth");

    private readonly DatedValue<AgeLimit>[] _periods = [.. requirement.Periods.Periods];

    public Requirement Requirement => requirement;

    /// <summary>The dated rules, numbered from 1 as a finding's <see cref="IFinding.Basis"/>.</summary>
    public IReadOnlyList<DatedValue<AgeLimit>> Periods => _periods;

    public IReadOnlyList<string> SourcesOf(int basis) => basis == 0 ? requirement.Sources : _periods[basis - 1].Sources;

    public AgeFinding Decide(CandidateProfile profile, RuleContext context)
    {
        var asOf = context.AsOf;
        var period = InForce(asOf);
        if (period < 0)
        {
            return new(Verdict.NotApplicable, AgeCase.NoRule, 0, AsOf: asOf);
        }

        var basis = period + 1;
        var limit = _periods[period].Value;
        if (profile.DateOfBirth is not { } born)
        {
            return new(Verdict.Unknown, AgeCase.NoBirthDate, basis, Unknown: BirthDate);
        }

        var age = AgeOn(born, asOf);
        if (age < limit.MinimumAge)
        {
            var earliest = EarliestMet(profile, born, asOf);
            return new(Verdict.NotMet, AgeCase.BelowMinimum, basis, age, asOf, born, Remediable: earliest is not null, EarliestDate: earliest);
        }

        if (limit.AppointBeforeBirthday is { } maximum && asOf >= born.AddYears(maximum))
        {
            List<string>? unstated = null;
            for (var i = 0; i < limit.Waivers.Count; i++)
            {
                var (holds, path) = Fact(limit.Waivers[i], profile);
                if (holds == true)
                {
                    return new(Verdict.Waived, AgeCase.Waived, basis, age, Waiver: i);
                }

                if (holds is null)
                {
                    (unstated ??= []).Add(path);
                }
            }

            var earliest = EarliestMet(profile, born, asOf);
            return unstated is not null
                ? new(Verdict.Unknown, AgeCase.PastMaximum, basis, age, asOf, born, new FieldList([.. unstated]), Remediable: true, EarliestDate: earliest)
                : new(Verdict.NotMet, AgeCase.PastMaximum, basis, age, asOf, born, Remediable: false, EarliestDate: earliest);
        }

        return new(Verdict.Met, AgeCase.Within, basis, age);
    }

    private int InForce(DateOnly asOf)
    {
        for (var i = 0; i < _periods.Length; i++)
        {
            if (_periods[i].Effective.Contains(asOf))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Age in whole years on <paramref name="date"/>; a birthday on February 29 falls on February 28 in other years.</summary>
    internal static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        return date < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    /// <summary>Whether the profile states the fact a waiver rests on (<c>military.veteran: false</c> says "not a preference-eligible veteran").</summary>
    private static (bool? Holds, string Path) Fact(AgeWaiver waiver, CandidateProfile profile) => waiver switch
    {
        AgeWaiver.PreferenceEligibleVeteran => (
            profile.Military?.PreferenceEligible ?? (profile.Military?.Veteran == false ? false : null),
            "military.preferenceEligible"),
        AgeWaiver.PriorFederalLawEnforcement => (profile.PriorFederalLawEnforcement, "priorFederalLawEnforcement"),
        _ => (null, waiver.ToString()),
    };

    /// <summary>The first day after <paramref name="asOf"/> on which the rule then in force is met (waivers only when stated true).</summary>
    private DateOnly? EarliestMet(CandidateProfile profile, DateOnly born, DateOnly asOf)
    {
        var tomorrow = asOf.AddDays(1);
        foreach (var period in _periods)
        {
            var start = period.Effective.From is { } from && from > tomorrow ? from : tomorrow;
            var end = period.Effective.To ?? DateOnly.MaxValue;
            var limit = period.Value;
            var day = born.AddYears(limit.MinimumAge) is var adult && adult > start ? adult : start;
            if (start > end || day > end)
            {
                continue;
            }

            var pastMaximum = limit.AppointBeforeBirthday is { } maximum && day >= born.AddYears(maximum);
            if (!pastMaximum || limit.Waivers.Any(w => Fact(w, profile).Holds == true))
            {
                return day;
            }
        }

        return null;
    }
}

/// <summary>Which branch of the age rule decided.</summary>
internal enum AgeCase : byte
{
    NoRule,
    NoBirthDate,
    BelowMinimum,
    Waived,
    PastMaximum,
    Within,
}

/// <summary>
/// The age decision and the facts its words name: the rule in force (<see cref="Basis"/>, 1-based), the age, and — only
/// where the words name them — the evaluation date, the date of birth and the waiver that holds.
/// </summary>
internal readonly record struct AgeFinding(
    Verdict Verdict,
    AgeCase Case,
    int Basis,
    int Age = 0,
    DateOnly? AsOf = null,
    DateOnly? DateOfBirth = null,
    FieldList Unknown = default,
    int Waiver = -1,
    bool Remediable = true,
    DateOnly? EarliestDate = null) : IFinding;
