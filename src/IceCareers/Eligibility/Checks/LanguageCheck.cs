using IceCareers.Candidates;
using IceCareers.Provenance;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.9 (advisory: never blocks): while a course is required, a trainee with the test-out proficiency or
/// better → Met, otherwise NotMet (the course is added to training; time alone removes it when a later rule drops the
/// course); languages not stated → Unknown; while no course is required → NotApplicable.
/// </summary>
internal sealed class LanguageCheck : IRule<LanguageFinding>
{
    private readonly LanguageRequirement _requirement;
    private readonly DatedValue<LanguageRule>[] _periods;
    private readonly DateOnly?[] _nextWithoutCourse;

    public LanguageCheck(LanguageRequirement requirement)
    {
        _requirement = requirement;
        _periods = [.. requirement.Periods.Periods];
        var named = _periods.Select(p => p.Value.Language).FirstOrDefault(l => l is not null);
        LanguageOf = _periods.Select(p => p.Value.Language ?? named).ToArray();
        _nextWithoutCourse = _periods.Select(NextRuleWithoutCourse).ToArray();
    }

    public Requirement Requirement => _requirement;

    /// <summary>The dated rules, numbered from 1 as a finding's <see cref="IFinding.Basis"/>.</summary>
    public IReadOnlyList<DatedValue<LanguageRule>> Periods => _periods;

    /// <summary>The language each dated rule is about (a rule that names none is about the language another names).</summary>
    public IReadOnlyList<string?> LanguageOf { get; }

    public IReadOnlyList<string> SourcesOf(int basis) => basis == 0 ? _requirement.Sources : _periods[basis - 1].Sources;

    public LanguageFinding Decide(CandidateProfile profile, RuleContext context)
    {
        var period = InForce(context.AsOf);
        if (period < 0)
        {
            return new(Verdict.NotApplicable, LanguageCase.NoRule, 0, AsOf: context.AsOf);
        }

        var basis = period + 1;
        var rule = _periods[period].Value;
        var removedOn = _nextWithoutCourse[period];
        if (!rule.CourseRequired)
        {
            return new(Verdict.NotApplicable, LanguageCase.NoCourse, basis);
        }

        if (profile.Languages is not { } languages)
        {
            return new(Verdict.Unknown, LanguageCase.NotStated, basis, EarliestDate: removedOn);
        }

        var canTestOut = rule.TestOutProficiency is not null;
        for (var i = 0; i < languages.Count; i++)
        {
            if (string.Equals(languages[i]?.Language?.Trim(), LanguageOf[period], StringComparison.OrdinalIgnoreCase))
            {
                if (languages[i].Proficiency is not { } proficiency)
                {
                    return new(Verdict.Unknown, LanguageCase.NoProficiency, basis, Entry: i);
                }

                return rule.TestOutProficiency is { } level && proficiency >= level
                    ? new(Verdict.Met, LanguageCase.Stated, basis, proficiency)
                    : new(Verdict.NotMet, LanguageCase.Stated, basis, proficiency, Remediable: canTestOut, EarliestDate: removedOn);
            }
        }

        return new(Verdict.NotMet, LanguageCase.NotListed, basis, Remediable: canTestOut, EarliestDate: removedOn);
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

    /// <summary>The start of the first later rule that requires no course: time alone removes the course then.</summary>
    private DateOnly? NextRuleWithoutCourse(DatedValue<LanguageRule> current)
    {
        foreach (var period in _periods)
        {
            if (period.Effective.From is { } from && (current.Effective.To is not { } to || from > to) && from > (current.Effective.From ?? DateOnly.MinValue) && !period.Value.CourseRequired)
            {
                return from;
            }
        }

        return null;
    }
}

/// <summary>Which branch of the language rule decided.</summary>
internal enum LanguageCase : byte
{
    NoRule,
    NoCourse,
    NotStated,
    NotListed,
    NoProficiency,
    Stated,
}

/// <summary>The language decision: the rule in force (<see cref="Basis"/>, 1-based), the stated proficiency, and the profile's entry for the language.</summary>
internal readonly record struct LanguageFinding(
    Verdict Verdict,
    LanguageCase Case,
    int Basis,
    LanguageProficiency? Proficiency = null,
    int Entry = -1,
    bool Remediable = true,
    DateOnly? EarliestDate = null,
    DateOnly? AsOf = null) : IFinding
{
    private static readonly FieldList Languages = new("languages");
    private static readonly FieldPaths ProficiencyPaths = new("languages", "proficiency");

    /// <summary>The languages when none are stated; the entry's proficiency when the language is listed without one.</summary>
    public FieldList Unknown => Case switch
    {
        LanguageCase.NotStated => Languages,
        LanguageCase.NoProficiency => new FieldList(ProficiencyPaths[Entry]),
        _ => default,
    };
}
