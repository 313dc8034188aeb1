using IceCareers.Candidates;
using IceCareers.Provenance;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// rules.md §2.9 (advisory, never blocks): while a course is required, a trainee with the test-out proficiency or
/// better → Met, otherwise NotMet (the course is added to training); while none is required → NotApplicable.
/// </summary>
internal sealed class LanguageCheck : RequirementCheck
{
    private static readonly FieldPaths ProficiencyPaths = new("languages", "proficiency");

    private readonly Period[] _periods;

    public LanguageCheck(LanguageRequirement requirement, CheckSetup setup)
        : base(requirement, setup)
    {
        var language = requirement.Periods.Periods.Select(p => p.Value.Language).FirstOrDefault(l => l is not null) ?? "The language";
        _periods = requirement.Periods.Periods.Select(p => new Period(p, requirement, setup, language, this)).ToArray();
    }

    public override CheckOutcome Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, EvaluationScratch scratch)
    {
        foreach (var period in _periods)
        {
            if (period.Value.Effective.Contains(asOf))
            {
                return period.Evaluate(profile);
            }
        }

        return Outcome(Verdict.NotApplicable, Text.Later(asOf, static asOf => $"No language rule is recorded for {Text.Date(asOf)}."));
    }

    /// <summary>One period of the rule, with every outcome prepared.</summary>
    private sealed class Period
    {
        private readonly LanguageRequirement _requirement;
        private readonly CheckOutcome _notApplicable;
        private readonly CheckOutcome _unknown;
        private readonly CheckOutcome _notListed;
        private readonly string _noProficiency;
        private readonly CheckOutcome[] _byProficiency;
        private readonly string _course;
        private readonly string? _warning;
        private readonly string _when;

        public Period(DatedValue<LanguageRule> value, LanguageRequirement requirement, CheckSetup setup, string anyLanguage, LanguageCheck owner)
        {
            Value = value;
            _requirement = requirement;
            var rule = value.Value;
            _when = Text.When(value.Effective);
            _warning = setup.ConfidenceWarning($"The language rule {_when} for '{requirement.Title}' ({requirement.Id})", value.Sources);
            var language = rule.Language ?? anyLanguage;
            _course = rule.CourseDays is { } days ? $"the {Text.Number(days)}-day {language} course" : $"the {language} course";
            var testOut = rule.TestOutProficiency is { } level ? $"{Text.Proficiency(level)} proficiency or better" : null;
            var advisory = "Advisory: it never affects eligibility.";
            _notApplicable = Result(
                Verdict.NotApplicable,
                $"No {language} course is part of training under the rule {_when}; {language} remains valuable on the job. {advisory}");
            _unknown = Result(
                Verdict.Unknown,
                $"Languages are not stated; under the rule {_when} {_course} is added to training unless the trainee tests out{(testOut is null ? "" : " with " + testOut)}. {advisory}",
                new Gap(requirement.Id, $"State the languages you speak (languages) to learn whether you can test out of {_course}.", isRemediable: true, owner.NextRuleWithoutCourse(value)),
                Fields("languages"));
            var gap = new Gap(
                requirement.Id,
                testOut is null ? $"{_course} is added to training." : $"Reach {testOut} in {language} to test out of {_course}.",
                isRemediable: testOut is not null,
                owner.NextRuleWithoutCourse(value));
            _notListed = Result(
                Verdict.NotMet,
                $"No {language} listed; under the rule {_when} {_course} is added to training{(testOut is null ? "" : " (testing out needs " + testOut + ")")}. {advisory}",
                gap);
            var proficiencies = Enum.GetValues<LanguageProficiency>();
            _byProficiency = new CheckOutcome[proficiencies.Length];
            for (var i = 0; i < proficiencies.Length; i++)
            {
                var p = proficiencies[i];
                _byProficiency[i] = testOut is not null && p >= rule.TestOutProficiency!.Value
                    ? Result(Verdict.Met, $"{language}: {Text.Proficiency(p)} proficiency; enough to test out of {_course} (needs {testOut}) under the rule {_when}. {advisory}")
                    : Result(
                        Verdict.NotMet,
                        $"{language}: {Text.Proficiency(p)} proficiency; {_course} is added to training under the rule {_when}{(testOut is null ? "" : " (testing out needs " + testOut + ")")}. {advisory}",
                        gap);
            }
            Language = language;
            _noProficiency = $"{language} is listed without a proficiency; under the rule {_when} {_course} is added to training unless the trainee tests out. Advisory: it never affects eligibility.";
        }

        public DatedValue<LanguageRule> Value { get; }

        private string Language { get; }

        public CheckOutcome Evaluate(CandidateProfile profile)
        {
            if (!Value.Value.CourseRequired)
            {
                return _notApplicable;
            }

            if (profile.Languages is not { } languages)
            {
                return _unknown;
            }

            for (var i = 0; i < languages.Count; i++)
            {
                if (string.Equals(languages[i]?.Language?.Trim(), Language, StringComparison.OrdinalIgnoreCase))
                {
                    if (languages[i].Proficiency is { } proficiency && (int)proficiency < _byProficiency.Length)
                    {
                        return _byProficiency[(int)proficiency];
                    }

                    var path = ProficiencyPaths[i];
                    return Result(
                        Verdict.Unknown,
                        _noProficiency,
                        new Gap(_requirement.Id, Text.Later((Language, path), static state => $"State your {state.Language} proficiency ({state.path})."), isRemediable: true),
                        Array.AsReadOnly(new[] { path }));
                }
            }

            return _notListed;
        }

        private CheckOutcome Result(Verdict verdict, string reason, Gap? gap = null, IReadOnlyList<string>? missing = null) =>
            new(new RequirementResult(_requirement, verdict, reason, Value.Sources, missing ?? NoFields), gap, verdict == Verdict.NotApplicable ? null : _warning);
    }

    /// <summary>The start of the first later period in which no course is required: time alone removes the course then.</summary>
    private DateOnly? NextRuleWithoutCourse(DatedValue<LanguageRule> current)
    {
        var requirement = (LanguageRequirement)Requirement;
        foreach (var period in requirement.Periods.Periods)
        {
            if (period.Effective.From is { } from && (current.Effective.To is not { } to || from > to) && from > (current.Effective.From ?? DateOnly.MinValue) && !period.Value.CourseRequired)
            {
                return from;
            }
        }

        return null;
    }
}
