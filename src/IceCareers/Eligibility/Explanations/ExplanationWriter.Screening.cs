using System.Text;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Eligibility.Explanations;

/// <summary>The words of the rules decided from one or two profile fields (rules.md §2.1, §2.4–§2.8).</summary>
internal sealed partial class ExplanationWriter
{
    public IExplains<CitizenshipFinding> For(CitizenshipCheck rule) => new CitizenshipWords(rule.Citizenship);

    public IExplains<DriversLicenseFinding> For(DriversLicenseCheck rule) => DriversLicenseWords.Instance;

    public IExplains<ConditionFinding> For(ConditionCheck rule) => new ConditionWords(rule.Requirement);

    public IExplains<SelectiveServiceFinding> For(SelectiveServiceCheck rule) => new SelectiveServiceWords(rule.SelectiveService);

    public IExplains<DomesticViolenceFinding> For(DomesticViolenceBarCheck rule) => new DomesticViolenceWords(this, rule.Bar);

    public IExplains<HistoryFinding> For(HistoryCheck rule) => new HistoryWords(rule);

    public IExplains<FitnessFinding> For(FitnessTestCheck rule) => new FitnessWords(rule.Test);

    /// <summary>rules.md §2.1.</summary>
    private sealed class CitizenshipWords(CitizenshipRequirement requirement) : IExplains<CitizenshipFinding>
    {
        private string Accepted => Text.Join(Text.Names(requirement.AcceptedCitizenship, Text.Citizenship));

        public string Reason(CitizenshipFinding f) => f.Stated is { } status
            ? $"Citizenship: {Text.Citizenship(status)}; required: {Accepted}."
            : $"Citizenship is not stated; required: {Accepted}.";

        public string Gap(CitizenshipFinding f) => f.Verdict == Verdict.Unknown
            ? $"State your citizenship (citizenship); the role requires {Accepted}."
            : $"Only a {Accepted} can be appointed; the requirement is met once you are one (for example by naturalization).";
    }

    /// <summary>rules.md §2.4.</summary>
    private sealed class DriversLicenseWords : IExplains<DriversLicenseFinding>
    {
        public static readonly DriversLicenseWords Instance = new();

        public string Reason(DriversLicenseFinding f) => f.Holds switch
        {
            true => "Holds a valid driver's license; one is required.",
            false => "Holds no valid driver's license; one is required.",
            null => "Whether you hold a valid driver's license is not stated; one is required.",
        };

        public string Gap(DriversLicenseFinding f) => f.Holds is null
            ? "State whether you hold a valid driver's license (driversLicense)."
            : "Obtain a valid driver's license.";
    }

    /// <summary>rules.md §2.8, conditions decided later.</summary>
    private sealed class ConditionWords(Requirement requirement) : IExplains<ConditionFinding>
    {
        public string Reason(ConditionFinding f) =>
            $"{requirement.Title}: decided later, in the hiring pipeline or after entry on duty; pending, it does not affect the outcome now.";

        public string Gap(ConditionFinding f) => "";
    }

    /// <summary>rules.md §2.5.</summary>
    private sealed class SelectiveServiceWords(SelectiveServiceRequirement requirement) : IExplains<SelectiveServiceFinding>
    {
        private string Scope => $"registration is required of {Text.Sex(requirement.AppliesToSex)} born after {Text.Date(requirement.BornAfter)}";

        public string Reason(SelectiveServiceFinding f) => f.Case switch
        {
            SelectiveServiceCase.Registered => $"Registered with Selective Service; {Scope}.",
            SelectiveServiceCase.Exempt => $"Exempt from Selective Service registration; {Scope}.",
            SelectiveServiceCase.OtherSex => $"Does not apply: {Scope}.",
            SelectiveServiceCase.BornBefore => $"Does not apply: born on or before {Text.Date(requirement.BornAfter)}; {Scope}.",
            SelectiveServiceCase.StatusUnknown => $"Selective Service status is not stated; {Scope}.",
            SelectiveServiceCase.NotRegistered => $"Not registered with Selective Service; {Scope}, and an unregistered man cannot be appointed.",
            _ => $"Cannot tell whether Selective Service registration applies or is met: {Fields(f.Unknown)} not stated; {Scope}.",
        };

        public string Gap(SelectiveServiceFinding f)
        {
            switch (f.Case)
            {
                case SelectiveServiceCase.StatusUnknown:
                    return "State your Selective Service status (selectiveService): registered, not-registered or exempt.";
                case SelectiveServiceCase.NotRegistered:
                    var birthday = $"{Text.Ordinal(requirement.RegistrationDeadlineAge)} birthday ({Text.Date(f.Deadline!.Value)})";
                    return f.DeadlinePassed
                        ? $"Registration closed at your {birthday}; the bar is lifted only if you show that the failure to register was neither knowing nor wilful (the agency reviews it)."
                        : $"Register with Selective Service before your {birthday}; registering removes the bar.";
                default:
                    return $"State {Fields(f.Unknown)}.";
            }
        }
    }

    /// <summary>rules.md §2.6.</summary>
    private sealed class DomesticViolenceWords(ExplanationWriter writer, DomesticViolenceBarRequirement requirement) : IExplains<DomesticViolenceFinding>
    {
        private string Barred => Text.Join(Text.Names(requirement.ConvictionCategories, Text.Conviction));

        private string Law => writer.Citations(requirement.Sources) is { Count: > 0 } citations ? $" ({string.Join("; ", citations)})" : "";

        public string Reason(DomesticViolenceFinding f) => f.Case switch
        {
            BarCase.NotStated => $"Convictions are not stated; a conviction for a {Barred} bars this role under every screening policy{Law}.",
            BarCase.Uncategorized => $"A listed conviction has no category; a conviction for a {Barred} would bar this role.",
            BarCase.None => $"No convictions listed; a conviction for a {Barred} would bar this role{Law}.",
            BarCase.OtherOnly => $"No conviction for a {Barred} listed{Law}; other convictions are judged under criminal history.",
            _ => $"The profile lists a conviction for a {Barred}; it bars this role under every screening policy{Law}.",
        };

        public string Gap(DomesticViolenceFinding f) => f.Case switch
        {
            BarCase.NotStated => "State your convictions (history.convictions), or an empty list if you have none.",
            BarCase.Uncategorized => $"State the category of each conviction ({Fields(f.Unknown)}).",
            _ => $"Not remediable: the bar on a {Barred} conviction applies under every policy{Law}.",
        };
    }

    /// <summary>rules.md §2.7.</summary>
    private sealed class HistoryWords(HistoryCheck rule) : IExplains<HistoryFinding>
    {
        private string What => rule.Categories is null ? "prior illegal drug use" : "a conviction";

        private string Counted => Text.Join(Text.Names(rule.Categories!, Text.Conviction));

        public string Reason(HistoryFinding f) => f.Case switch
        {
            HistoryCase.NotStated => $"Not stated whether there is {What}; under the strict policy {What} {Text.Response(rule.Policies.Strict)}, under the suitability policy it {Text.Response(rule.Policies.Suitability)}.",
            HistoryCase.None => rule.Categories is null ? $"No {What} listed." : "No convictions listed.",
            HistoryCase.NoneCounted => $"No listed conviction is in a category that counts here ({Counted}).",
            HistoryCase.Uncategorized => $"A listed conviction has no category; convictions that count here: {Counted}.",
            _ => f.Verdict switch
            {
                Verdict.NotMet => $"{Observed(f.Policy)} (under the {Text.Policy(Other(f.Policy))} policy it {Text.Response(rule.ResponseUnder(Other(f.Policy)))}).",
                Verdict.NeedsReview => $"{Observed(f.Policy)}, who weighs: {string.Join("; ", rule.ReviewFactors)}.",
                _ => $"{Observed(f.Policy)}.",
            },
        };

        public string Gap(HistoryFinding f) => f.Case switch
        {
            HistoryCase.NotStated => $"State {rule.Field} (an empty list if there is none).",
            HistoryCase.Uncategorized => $"State the category of each conviction ({Fields(f.Unknown)}).",
            _ => $"Not remediable under the {Text.Policy(f.Policy)} policy; under the {Text.Policy(Other(f.Policy))} policy the record {Text.Response(rule.ResponseUnder(Other(f.Policy)))}.",
        };

        private static ScreeningPolicy Other(ScreeningPolicy policy) => policy == ScreeningPolicy.Strict ? ScreeningPolicy.Suitability : ScreeningPolicy.Strict;

        private string Observed(ScreeningPolicy policy) =>
            $"The profile lists {What}; under the {Text.Policy(policy)} screening policy it {Text.Response(rule.ResponseUnder(policy))}";
    }

    /// <summary>rules.md §2.8, the HSI physical fitness test.</summary>
    private sealed class FitnessWords(FitnessTestRequirement requirement) : IExplains<FitnessFinding>
    {
        public string Reason(FitnessFinding f)
        {
            if (f.Scores is not { } scores)
            {
                return $"{requirement.Title}: taken later in the hiring process; pass marks: {string.Join("; ", requirement.Events.Select(e => $"{Text.Event(e.Event)} {Need(e)}"))}. Judged once fitness results are given; until then it does not affect the outcome.";
            }

            var reason = new StringBuilder();
            if (Events(scores, passed: false) is { Count: > 0 } shortEvents)
            {
                reason.Append("Short on ").Append(string.Join("; ", shortEvents)).Append('.');
            }

            if (Events(scores, passed: true) is { Count: > 0 } passed)
            {
                reason.Append(reason.Length > 0 ? " " : "").Append("Passed: ").Append(string.Join("; ", passed)).Append('.');
            }

            var untested = requirement.Events.Where(e => scores[e.Event] is null).Select(e => Text.Event(e.Event)).ToList();
            if (untested.Count > 0)
            {
                reason.Append(reason.Length > 0 ? " " : "").Append("Not yet tested: ").Append(string.Join(", ", untested)).Append('.');
            }

            return f.Verdict == Verdict.Pending ? reason + " The test is judged in full later in the hiring process." : reason.ToString();
        }

        public string Gap(FitnessFinding f) =>
            $"Train to reach the pass mark in each short event: {string.Join("; ", Events(f.Scores!.Value, passed: false))}.";

        /// <summary>The tested events that passed (or fell short), each with the result and the pass mark.</summary>
        private List<string> Events(FitnessScores scores, bool passed) =>
            requirement.Events
                .Where(e => scores[e.Event] is { } value && FitnessTestCheck.Passes(e, value) == passed)
                .Select(e => $"{Text.Event(e.Event)} {Show(e.Event, scores[e.Event]!.Value)} (needed: {Need(e)})")
                .ToList();

        private static string Show(FitnessEvent fitnessEvent, decimal value) =>
            fitnessEvent is FitnessEvent.Sprint220Yards or FitnessEvent.Run1_5Miles ? "in " + Text.Seconds(value) : Text.Number(value);

        private static string Need(FitnessEventStandard standard)
        {
            var parts = new List<string>(2);
            if (standard.Minimum is { } min)
            {
                parts.Add("at least " + Text.Number(min));
            }

            if (standard.MaximumSeconds is { } max)
            {
                parts.Add("at most " + Text.Seconds(max));
            }

            return string.Join(" and ", parts);
        }
    }

    /// <summary>Field paths joined for a sentence ("sex and dateOfBirth").</summary>
    private static string Fields(FieldList fields)
    {
        var paths = new string[fields.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = fields[i];
        }

        return Text.Join(paths, "and");
    }
}
