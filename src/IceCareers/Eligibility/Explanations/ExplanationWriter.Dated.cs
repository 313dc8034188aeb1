using System.Globalization;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Explanations;

/// <summary>The words of the effective-dated rules: age (rules.md §2.2) and language (§2.9).</summary>
internal sealed partial class ExplanationWriter
{
    public IExplains<AgeFinding> For(AgeCheck rule) => new AgeWords(this, rule);

    public IExplains<LanguageFinding> For(LanguageCheck rule) => new LanguageWords(rule);

    /// <summary>rules.md §2.2.</summary>
    private sealed class AgeWords(ExplanationWriter writer, AgeCheck rule) : IExplains<AgeFinding>
    {
        public string Reason(AgeFinding f)
        {
            if (f.Case == AgeCase.NoRule)
            {
                return $"No age rule is recorded for {Text.Date(f.AsOf!.Value)}.";
            }

            var period = rule.Periods[f.Basis - 1];
            var limit = period.Value;
            var when = Text.When(period.Effective);
            var rested = $"the rule {when} requires {Required(limit)}{writer.ConfidenceNote(period.Sources)}";
            return f.Case switch
            {
                AgeCase.NoBirthDate => $"Date of birth is not stated; {rested}.",
                AgeCase.BelowMinimum => string.Create(CultureInfo.InvariantCulture, $"Age {f.Age} on {f.AsOf:yyyy-MM-dd}, below the minimum of {limit.MinimumAge}; {rested}. The {Text.Ordinal(limit.MinimumAge)} birthday is {f.DateOfBirth!.Value.AddYears(limit.MinimumAge):yyyy-MM-dd}."),
                AgeCase.Within => string.Create(CultureInfo.InvariantCulture, $"Age {f.Age}; {rested}."),
                AgeCase.Waived => string.Create(CultureInfo.InvariantCulture, $"Age {f.Age}: past the maximum entry age (appointment before the {Text.Ordinal(limit.AppointBeforeBirthday ?? 0)} birthday) of the rule {when}; waived as a {Text.Waiver(limit.Waivers[f.Waiver])}."),
                _ when f.Verdict == Verdict.Unknown => $"{Passed(f)}, unless a waiver applies ({WaiverNames(limit)}); whether one does is not stated.",
                _ => limit.Waivers.Count == 0 ? $"{Passed(f)}; no waiver exists." : $"{Passed(f)}; no waiver applies (waivers: {WaiverNames(limit)}).",
            };
        }

        public string Gap(AgeFinding f) => f.Case switch
        {
            AgeCase.NoBirthDate => "State your date of birth (dateOfBirth).",
            AgeCase.BelowMinimum => f.EarliestDate is { } date
                ? string.Create(CultureInfo.InvariantCulture, $"Time alone fixes this: the age requirement is met from {date:yyyy-MM-dd}.")
                : "No date on which the age requirement would be met was found in the data.",
            _ when f.Verdict == Verdict.Unknown => $"State {Fields(f.Unknown)}: being a {WaiverNames(rule.Periods[f.Basis - 1].Value)} waives the maximum age.{Later(f)}",
            _ => $"Not remediable: the maximum entry age has passed and no waiver applies.{Later(f)}",
        };

        private static string Required(AgeLimit limit) => limit.AppointBeforeBirthday is { } maximum
            ? $"at least {Text.Number(limit.MinimumAge)} years of age and appointment before the {Text.Ordinal(maximum)} birthday"
                + (limit.Waivers.Count == 0 ? "" : $" (the maximum is waived for a {WaiverNames(limit)})")
            : $"at least {Text.Number(limit.MinimumAge)} years of age, with no maximum entry age";

        private static string WaiverNames(AgeLimit limit) => Text.Join(Text.Names(limit.Waivers, Text.Waiver));

        private string Passed(AgeFinding f)
        {
            var period = rule.Periods[f.Basis - 1];
            var maximum = period.Value.AppointBeforeBirthday ?? 0;
            return string.Create(CultureInfo.InvariantCulture, $"Age {f.Age} on {f.AsOf:yyyy-MM-dd}: appointment had to be before the {Text.Ordinal(maximum)} birthday ({f.DateOfBirth!.Value.AddYears(maximum):yyyy-MM-dd}) under the rule {Text.When(period.Effective)}");
        }

        private static string Later(AgeFinding f) => f.EarliestDate is { } d
            ? string.Create(CultureInfo.InvariantCulture, $" Time alone changes this on {d:yyyy-MM-dd}, when a rule under which you qualify takes effect.")
            : "";
    }

    /// <summary>rules.md §2.9.</summary>
    private sealed class LanguageWords(LanguageCheck rule) : IExplains<LanguageFinding>
    {
        private const string Advisory = "Advisory: it never affects eligibility.";

        public string Reason(LanguageFinding f)
        {
            if (f.Case == LanguageCase.NoRule)
            {
                return $"No language rule is recorded for {Text.Date(f.AsOf!.Value)}.";
            }

            var (language, when, course, testOut) = Words(f.Basis);
            return f.Case switch
            {
                LanguageCase.NoCourse => $"No {language} course is part of training under the rule {when}; {language} remains valuable on the job. {Advisory}",
                LanguageCase.NotStated => $"Languages are not stated; under the rule {when} {course} is added to training unless the trainee tests out{(testOut is null ? "" : " with " + testOut)}. {Advisory}",
                LanguageCase.NotListed => $"No {language} listed; under the rule {when} {course} is added to training{(testOut is null ? "" : " (testing out needs " + testOut + ")")}. {Advisory}",
                LanguageCase.NoProficiency => $"{language} is listed without a proficiency; under the rule {when} {course} is added to training unless the trainee tests out. {Advisory}",
                _ when f.Verdict == Verdict.Met => $"{language}: {Text.Proficiency(f.Proficiency!.Value)} proficiency; enough to test out of {course} (needs {testOut}) under the rule {when}. {Advisory}",
                _ => $"{language}: {Text.Proficiency(f.Proficiency!.Value)} proficiency; {course} is added to training under the rule {when}{(testOut is null ? "" : " (testing out needs " + testOut + ")")}. {Advisory}",
            };
        }

        public string Gap(LanguageFinding f)
        {
            var (language, _, course, testOut) = Words(f.Basis);
            return f.Case switch
            {
                LanguageCase.NotStated => $"State the languages you speak (languages) to learn whether you can test out of {course}.",
                LanguageCase.NoProficiency => $"State your {language} proficiency ({f.Unknown[0]}).",
                _ => testOut is null ? $"{course} is added to training." : $"Reach {testOut} in {language} to test out of {course}.",
            };
        }

        /// <summary>The language, the period, the course and the test-out level of the rule in force, in words.</summary>
        private (string Language, string When, string Course, string? TestOut) Words(int basis)
        {
            var period = rule.Periods[basis - 1];
            var value = period.Value;
            var language = rule.LanguageOf[basis - 1] ?? "The language";
            var course = value.CourseDays is { } days ? $"the {Text.Number(days)}-day {language} course" : $"the {language} course";
            var testOut = value.TestOutProficiency is { } level ? $"{Text.Proficiency(level)} proficiency or better" : null;
            return (language, Text.When(period.Effective), course, testOut);
        }
    }
}
