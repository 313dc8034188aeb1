using System.Globalization;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// The one place where hiring-path findings become words. Rules decide and return findings; this writer says them. Dates
/// are written as the profile writes them (YYYY-MM-DD).
/// </summary>
internal static class HiringPathText
{
    public static string Preference(PreferenceFinding f, PreferenceRules rules)
    {
        var main = f.Because switch
        {
            PreferenceBecause.NoMilitaryFacts => "Military service is not stated. Say whether you served in the armed forces; veterans' preference is decided from the dates and character of service.",
            PreferenceBecause.NotAVeteran => "You said you did not serve in the armed forces, so veterans' preference does not apply.",
            PreferenceBecause.SelfDeclaredOnly => "You said you are a preference eligible, but the category is decided from the facts of your service, not from that answer: give your periods of service, your discharge and any disability rating.",
            PreferenceBecause.NoServiceFacts => "Your service is not described. Give your periods of service, your discharge and any disability rating to decide your preference.",
            PreferenceBecause.ServingNoRelease => "You are still serving. Give your expected release date: a certification of discharge under honorable conditions within "
                + Days(rules.CertificationDays.Value) + " lets you claim preference before you have a DD-214.",
            PreferenceBecause.ReleaseDatePassed => "Your expected release date has passed while a period of service is still open. Give the end of that period and your discharge.",
            PreferenceBecause.NotYetCertifiable => $"You are still serving, and your release is more than {Days(rules.CertificationDays.Value)} away. From {Date(f.CertifiableFrom)} a certification from your branch that you will be discharged under honorable conditions lets you claim preference.",
            PreferenceBecause.NoCharacter => "The character of your discharge is not stated. Preference needs a discharge under honorable conditions (honorable or general), as your DD-214 (member 4) shows.",
            PreferenceBecause.NotUnderHonorableConditions => $"A discharge characterized as {f.Character switch { { } c => Candidates.CandidateWords.DischargeCharacters[c], null => "it was" }} is not under honorable conditions, which preference needs (honorable or general).",
            PreferenceBecause.Uncharacterized => "An uncharacterized (entry-level) separation is neither honorable nor general; the agency decides whether it is under honorable conditions.",
            PreferenceBecause.DisabilityRating when f.Percent is { } p && p >= rules.Disability.CpsMinPercent =>
                $"A compensable service-connected disability rated {p} percent ({rules.Disability.CpsMinPercent} percent or more) gives 10-point preference (CPS).",
            PreferenceBecause.DisabilityRating when f.Percent is { } p && p >= rules.Disability.CompensableMinPercent =>
                $"A compensable service-connected disability rated {p} percent ({rules.Disability.CompensableMinPercent} to {rules.Disability.CpsMinPercent - 1} percent) gives 10-point preference (CP).",
            PreferenceBecause.DisabilityRating =>
                $"A service-connected disability rated {f.Percent} percent (below {rules.Disability.CompensableMinPercent} percent, not compensable) gives 10-point preference (XP).",
            PreferenceBecause.DisabilityPercentMissing => "A service-connected disability gives at least 10-point preference (XP); its rating decides whether it is CP or CPS.",
            PreferenceBecause.PurpleHeart => "A Purple Heart gives 10-point preference (XP).",
            PreferenceBecause.RetiredOfficer => $"Officers retired at {rules.RetiredOfficersFrom.Value} (major, lieutenant commander) or above are not preference eligibles unless they are disabled veterans (this does not apply to reservists who will not draw retired pay until age 60).",
            PreferenceBecause.RetiredOfficerDisabilityUnknown => $"Officers retired at {rules.RetiredOfficersFrom.Value} or above are preference eligibles only as disabled veterans: give your disability rating, or say you have none.",
            PreferenceBecause.QualifyingPeriod => "Active duty " + PeriodWords(f.PeriodId, rules) + " gives 5-point preference (TP).",
            PreferenceBecause.CampaignMedal => $"Service in a campaign ({f.Medal}) gives 5-point preference (TP).",
            PreferenceBecause.TwentyFourMonthRuleNotMet =>
                $"{Basis(f, rules)} counts only after {rules.TwentyFourMonthRule.Months} months of continuous active duty, or the full period you were called or ordered to, for service that began after {Date(rules.TwentyFourMonthRule.EnlistedAfter)} (unless you were discharged for a disability or hardship)."
                + (f.Reason == Candidates.DischargeReason.Other ? " Some other early releases (10 U.S.C. 1171) are exempt too; the agency decides." : string.Empty),
            PreferenceBecause.TwentyFourMonthRuleUnknown =>
                $"{Basis(f, rules)} counts only after {rules.TwentyFourMonthRule.Months} months of continuous active duty or the full period you were called or ordered to: say whether you served your full period, and why you were discharged.",
            PreferenceBecause.SoleSurvivorship => $"A sole survivorship discharge after {Date(rules.SoleSurvivorshipReleasedAfter.Value)} gives sole survivorship preference (SSP): no points, but you are listed ahead of non-preference eligibles with the same score or in the same category.",
            PreferenceBecause.MedalsUnknown => "None of your periods of active duty falls in a period that gives preference by its dates; a campaign badge or expeditionary medal would. Say which you received, or that you received none.",
            PreferenceBecause.PeriodsIncomplete => "Your periods of service are incomplete (a start date or the kind of duty is missing).",
            _ => "No period of active duty, campaign medal, disability or discharge reason you gave makes you a preference eligible.",
        };

        var words = new List<string> { main };
        if (f.Category == PreferenceCategory.Unknown && f.Because is PreferenceBecause.MedalsUnknown or PreferenceBecause.NoQualifyingService)
        {
            words[0] = "Your preference cannot be decided yet. " + main;
        }

        if (f.Tentative)
        {
            words.Add("It is tentative: you claim it with the certification from your branch, and the agency confirms it before you are appointed.");
        }

        if (f.IsPreferenceEligible && f.Missing.Contains("military.disability"))
        {
            words.Add("A service-connected disability rating would make it 10 points: give yours, or say you have none.");
        }

        return string.Join(" ", words);
    }

    public static string Path(PathDefinition path, PathFinding f, PreferenceRules rules)
    {
        var text = f.Because switch
        {
            PathBecause.Citizen => "Open to citizens and nationals of the United States, as you are.",
            PathBecause.NotCitizen => "Only citizens and nationals of the United States can be examined for or appointed in the competitive service.",
            PathBecause.CitizenshipUnknown => "Your citizenship is not stated; only citizens and nationals of the United States can use this path.",
            PathBecause.CurrentWithStatus => $"As a current federal employee with {f.Word} tenure, you have competitive status.",
            PathBecause.NoCompetitiveStatus => $"An appointment with {f.Word} tenure gives no competitive status, which merit promotion needs.",
            PathBecause.FormerCareer => "As a former employee with career tenure, you can be reinstated without a time limit.",
            PathBecause.FormerPreferenceEligible => "As a former employee who is a preference eligible, you can be reinstated without a time limit.",
            PathBecause.FormerWithinReinstatement => $"A former career-conditional employee can be reinstated for {f.Number} years after separating ({Date(f.Date)}).",
            PathBecause.FormerPastReinstatement => $"A former career-conditional employee who is not a preference eligible can be reinstated only for {f.Number} years after separating ({Date(f.Date)}); service in that time can extend it, which the agency checks on your SF-50."
                + (f.Verdict == PathVerdict.Unknown ? " Your preference is not decided yet; as a preference eligible you would have no time limit." : string.Empty),
            PathBecause.NeverFederal => "Merit promotion is for current and former federal employees.",
            PathBecause.FederalUnknown => "Say whether you are (or were) a federal employee, with your tenure; merit promotion depends on it.",
            PathBecause.StillServing when f.From is { } from => $"This path needs a discharge; you can use it from {Date(from)}, after your release.",
            PathBecause.StillServing => "You are still serving: give your expected release date.",
            PathBecause.NotUnderHonorableConditions => $"It needs a discharge under honorable conditions (honorable or general){(f.Word is null ? "" : $"; yours is {f.Word}")}.",
            PathBecause.DischargeUnknown => "The character (or date) of your discharge is not stated; it decides this path.",
            PathBecause.Uncharacterized => "An uncharacterized separation is neither honorable nor general; the agency decides.",
            PathBecause.DisabledVeteran => "As a disabled veteran you are eligible, without a time limit.",
            PathBecause.CampaignMedal => $"Service in a campaign or operation with a medal ({f.Word}) makes you eligible, without a time limit.",
            PathBecause.WarService => $"Service during a war ({f.Word}) makes you eligible, without a time limit.",
            PathBecause.RecentlySeparated => $"You were discharged on {Date(f.Date)}: a recently separated veteran is eligible for {f.Number} years, until {Date(f.Until)}.",
            PathBecause.NotRecentlySeparated => $"More than {f.Number} years have passed since your discharge on {Date(f.Date)}, and no other basis (a disability rating, a campaign medal, service in a war) is stated"
                + (f.Verdict == PathVerdict.Unknown ? "; give those facts to decide." : "."),
            PathBecause.PreferenceEligible => $"As a preference eligible ({f.Word?.ToUpperInvariant()}) you can apply to merit-promotion announcements open outside the agency's workforce; preference points do not apply there.",
            PathBecause.ContinuousService => $"A veteran separated under honorable conditions after {f.Number} or more years of continuous active service can apply to merit-promotion announcements open outside the agency's workforce.",
            PathBecause.NoVeoaBasis => $"It needs preference eligibility, or a discharge under honorable conditions after {f.Number} years of continuous active service"
                + (f.Verdict == PathVerdict.Unknown ? "; the facts given do not decide either." : ", and neither holds."),
            PathBecause.RatedEnough => $"A compensable service-connected disability rated {f.Number} percent qualifies; the appointment is temporary or term at first and can be converted to a permanent one at any time.",
            PathBecause.RetiredWithRating => $"A veteran retired with a disability rated {f.Number} percent qualifies.",
            PathBecause.RatedTooLow => $"It needs a compensable service-connected disability rated {f.Number} percent or more.",
            PathBecause.RatedTooEarly => $"It needs a rating from the Department of Veterans Affairs dated {Date(f.Date)} or later; a current rating letter would count.",
            PathBecause.DisabilityUnknown => "Your service-connected disability rating is not stated (or its date); it decides this path.",
            PathBecause.ScheduleA => "Documented Schedule A eligibility lets an agency appoint you without competition.",
            PathBecause.NoScheduleA => "Schedule A is for people with an intellectual, severe physical or psychiatric disability, documented by a letter.",
            PathBecause.ScheduleAUnknown => "Say whether you have documented Schedule A eligibility (an intellectual, severe physical or psychiatric disability).",
            PathBecause.RecentCompletion => $"You completed a qualifying degree or certificate on {Date(f.Date)}; applications are accepted for {f.Number} years after completion, until {Date(f.Until)}.",
            PathBecause.VeteranExtension => $"You completed a qualifying degree or certificate on {Date(f.Date)}; because your active duty fell in the {f.Number}-year window, you have a full window after your release, until {Date(f.Until)}.",
            PathBecause.CompletionTooOld => $"Your latest qualifying degree or certificate was completed on {Date(f.Date)}, more than {f.Number} years ago"
                + (f.Verdict == PathVerdict.Unknown ? "; an entry without a completion date could be later." : "."),
            PathBecause.NotCompletedYet => $"Your degree is not completed yet; you can apply once it is, from {Date(f.From)}.",
            PathBecause.NoQualifyingDegree => "It needs a completed associate's, bachelor's, graduate or professional degree, or a qualifying certificate.",
            PathBecause.EducationUnknown => "Your education (or the date you completed a degree) is not stated; it decides this path.",
            PathBecause.Enrolled => "As a current student you can be hired as a Pathways intern.",
            PathBecause.NotEnrolled => "The Pathways Internship is for people enrolled in a qualifying school or program.",
            PathBecause.EnrollmentUnknown => "Say whether you are enrolled in a school or program now.",
            PathBecause.EligibleSpouse => $"As the spouse of a service member ({SponsorWords(f.Word)}) you can be appointed without competition.",
            PathBecause.Remarried => "A surviving spouse who has remarried cannot use this path.",
            PathBecause.NotASpouse => "It is for spouses of service members.",
            PathBecause.SpouseUnknown => "Say whether you are the spouse of a service member, and their status.",
            PathBecause.WithinLastDays => $"You are within {f.Number} days of your release: with your command's approval you can train with an employer through SkillBridge until {Date(f.Until)}. It is not a hiring authority: a job afterwards needs one of the other paths.",
            PathBecause.BeforeLastDays => $"SkillBridge is for the last {f.Number} days of service: from {Date(f.From)}. It is not a hiring authority.",
            PathBecause.NotServing => "SkillBridge is for service members in their last days of service; it is not a hiring authority.",
            PathBecause.PostingNotOpen => "This posting is not open to this path.",
            _ => string.Empty,
        };

        if (f.Tentative)
        {
            text += " It rests on the certification of your discharge under honorable conditions; the agency confirms it before you are appointed.";
        }

        return text;
    }

    public static string Posting(PostingFinding f, bool? preferenceApplies, PreferenceFinding preference)
    {
        var words = new List<string>();
        if (f.Authority is null)
        {
            words.Add("The posting does not say which hiring authority it uses: preference applies under competitive examining (delegated examining), not under direct hire or merit promotion.");
        }
        else
        {
            var how = f.ReadFrom switch
            {
                AuthorityReadFrom.Words => $"its text says \"{f.Evidence}\"",
                AuthorityReadFrom.Number => $"its announcement number has \"{f.Evidence}\" (agencies choose their numbers, so this is an inference)",
                _ => "it is open only to federal employees",
            };
            words.Add($"This posting uses {f.Authority.Title.ToLowerInvariant()} ({how}).");
            if (f.Disagreeing is { } other)
            {
                words.Add($"Its announcement number suggests {other.Title.ToLowerInvariant()}; its own words win.");
            }

            words.Add(preferenceApplies == true
                ? preference.IsPreferenceEligible
                    ? $"Veterans' preference applies: your {preference.Points} points ({HiringPathWords.Categories[preference.Category].ToUpperInvariant()}) count."
                    : "Veterans' preference applies to it."
                : $"Veterans' preference does not apply to {(f.Authority.Id == "direct-hire" ? "direct-hire postings" : "merit-promotion postings")} like this one.");
        }

        if (f.Codes.Count > 0)
        {
            words.Add("It is open to: " + string.Join(", ", f.Codes.Select(c => c.Title.ToLowerInvariant())) + ".");
        }
        else
        {
            words.Add("It does not list who may apply.");
        }

        if (f.UnknownCodes.Count > 0)
        {
            words.Add("Codes the library does not know: " + string.Join(", ", f.UnknownCodes) + ".");
        }

        return string.Join(" ", words);
    }

    private static string Basis(PreferenceFinding f, PreferenceRules rules) =>
        f.Medal is { } medal ? $"Your campaign medal ({medal})" : "Service " + PeriodWords(f.PeriodId, rules);

    private static string PeriodWords(string? id, PreferenceRules rules)
    {
        var period = rules.Periods.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        return period is null ? "in a qualifying period" : period.Rule == PeriodRule.AnyDay
            ? $"during {Lower(period.Title)}"
            : $"of more than {period.Days} consecutive days, part of it from {Date(period.From)} to {Date(period.To)},";
    }

    private static string SponsorWords(string? word) => word switch
    {
        "active-duty" => "on active duty",
        "disabled-100" => "retired or discharged with a 100 percent disability rating",
        "died-on-active-duty" => "who died on active duty",
        _ => "status not stated",
    };

    /// <summary>
    /// A period's title inside a sentence: a leading article is lowered ("the Gulf War"); anything else stays as written,
    /// since titles begin with a name or a date ("World War II", "April 28, 1952 through July 1, 1955").
    /// </summary>
    private static string Lower(string title) => title.StartsWith("The ", StringComparison.Ordinal) ? "the " + title[4..] : title;

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture) + " days";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown date";
}
