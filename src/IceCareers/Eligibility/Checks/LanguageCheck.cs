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

    /// <summary>
    /// One period of the rule, with every outcome prepared. The outcomes' texts are written on first read, from
    /// <see cref="Texts"/>: an application that never reads them never runs (or JIT-compiles) the code that writes them.
    /// </summary>
    private sealed class Period
    {
        private readonly LanguageRequirement _requirement;
        private readonly CheckOutcome _notApplicable;
        private readonly CheckOutcome _unknown;
        private readonly CheckOutcome _notListed;
        private readonly LazyText _noProficiency;
        private readonly CheckOutcome[] _byProficiency;
        private readonly string? _warning;
        private Texts? _texts;

        public Period(DatedValue<LanguageRule> value, LanguageRequirement requirement, CheckSetup setup, string anyLanguage, LanguageCheck owner)
        {
            Value = value;
            _requirement = requirement;
            var rule = value.Value;
            Language = rule.Language ?? anyLanguage;
            _warning = setup.ConfidenceWarning($"The language rule {Text.When(value.Effective)} for '{requirement.Title}' ({requirement.Id})", value.Sources);
            var nextWithoutCourse = owner.NextRuleWithoutCourse(value);
            _notApplicable = Result(Verdict.NotApplicable, Text.Later(this, static p => p.T.NotApplicable));
            _unknown = Result(
                Verdict.Unknown,
                Text.Later(this, static p => p.T.Unknown),
                new Gap(requirement.Id, Text.Later(this, static p => p.T.UnknownGap), isRemediable: true, nextWithoutCourse),
                Fields("languages"));
            var gap = new Gap(requirement.Id, Text.Later(this, static p => p.T.Gap), isRemediable: rule.TestOutProficiency is not null, nextWithoutCourse);
            _notListed = Result(Verdict.NotMet, Text.Later(this, static p => p.T.NotListed), gap);
            var proficiencies = Enum.GetValues<LanguageProficiency>();
            _byProficiency = new CheckOutcome[proficiencies.Length];
            for (var i = 0; i < proficiencies.Length; i++)
            {
                var testsOut = rule.TestOutProficiency is { } level && proficiencies[i] >= level;
                _byProficiency[i] = testsOut
                    ? Result(Verdict.Met, new ProficiencyText(this, proficiencies[i], testsOut))
                    : Result(Verdict.NotMet, new ProficiencyText(this, proficiencies[i], testsOut), gap);
            }

            _noProficiency = Text.Later(this, static p => p.T.NoProficiency);
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

        private Texts T => _texts ??= new Texts(Value, Language);

        private CheckOutcome Result(Verdict verdict, LazyText reason, Gap? gap = null, IReadOnlyList<string>? missing = null) =>
            new(new RequirementResult(_requirement, verdict, reason, Value.Sources, missing ?? NoFields), gap, verdict == Verdict.NotApplicable ? null : _warning);

        /// <summary>The reason for a stated proficiency, written on first read.</summary>
        private sealed class ProficiencyText(Period period, LanguageProficiency proficiency, bool testsOut) : LazyText
        {
            protected override string Format() => period.T.ForProficiency(proficiency, testsOut);
        }
    }

    /// <summary>The sentences of one period of the rule (immutable; racing first readers may each build an equal copy).</summary>
    private sealed class Texts
    {
        private const string Advisory = "Advisory: it never affects eligibility.";
        private readonly string _language;
        private readonly string _when;
        private readonly string _course;
        private readonly string? _testOut;

        public Texts(DatedValue<LanguageRule> value, string language)
        {
            var rule = value.Value;
            _language = language;
            _when = Text.When(value.Effective);
            _course = rule.CourseDays is { } days ? $"the {Text.Number(days)}-day {language} course" : $"the {language} course";
            _testOut = rule.TestOutProficiency is { } level ? $"{Text.Proficiency(level)} proficiency or better" : null;
        }

        public string NotApplicable => $"No {_language} course is part of training under the rule {_when}; {_language} remains valuable on the job. {Advisory}";

        public string Unknown =>
            $"Languages are not stated; under the rule {_when} {_course} is added to training unless the trainee tests out{(_testOut is null ? "" : " with " + _testOut)}. {Advisory}";

        public string UnknownGap => $"State the languages you speak (languages) to learn whether you can test out of {_course}.";

        public string Gap => _testOut is null ? $"{_course} is added to training." : $"Reach {_testOut} in {_language} to test out of {_course}.";

        public string NotListed =>
            $"No {_language} listed; under the rule {_when} {_course} is added to training{(_testOut is null ? "" : " (testing out needs " + _testOut + ")")}. {Advisory}";

        public string NoProficiency =>
            $"{_language} is listed without a proficiency; under the rule {_when} {_course} is added to training unless the trainee tests out. {Advisory}";

        public string ForProficiency(LanguageProficiency proficiency, bool testsOut) => testsOut
            ? $"{_language}: {Text.Proficiency(proficiency)} proficiency; enough to test out of {_course} (needs {_testOut}) under the rule {_when}. {Advisory}"
            : $"{_language}: {Text.Proficiency(proficiency)} proficiency; {_course} is added to training under the rule {_when}{(_testOut is null ? "" : " (testing out needs " + _testOut + ")")}. {Advisory}";
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
