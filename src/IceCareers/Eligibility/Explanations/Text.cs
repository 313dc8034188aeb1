using System.Globalization;
using IceCareers.Candidates;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Explanations;

/// <summary>Plain-English words the explanation writer and the role warnings share. Display text only: no rule parameter lives here.</summary>
internal static class Text
{
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Number(n) + suffix;
    }

    /// <summary>Seconds as <c>m:ss</c> from one minute up, else as <c>47.73 s</c>.</summary>
    public static string Seconds(decimal seconds)
    {
        if (seconds < 60)
        {
            return Number(seconds) + " s";
        }

        var minutes = (int)(seconds / 60);
        var rest = seconds - (minutes * 60);
        return Invariant($"{minutes}:{rest.ToString("00.##", CultureInfo.InvariantCulture)}");
    }

    public static string When(Effective effective) => (effective.From, effective.To) switch
    {
        (null, null) => "in force on every date",
        (null, { } to) => "in force until " + Date(to),
        ({ } from, null) => "in force from " + Date(from),
        ({ } from, { } to) => "in force from " + Date(from) + " to " + Date(to),
    };

    /// <summary>The words for <paramref name="items"/> (a loop: LINQ over an enum brings its own code to JIT-compile).</summary>
    public static string[] Names<T>(IReadOnlyList<T> items, Func<T, string> name)
    {
        var names = new string[items.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = name(items[i]);
        }

        return names;
    }

    /// <summary>Whether <paramref name="items"/> holds <paramref name="item"/> (a loop, for the reason above).</summary>
    public static bool Has<T>(IReadOnlyList<T> items, T item)
        where T : struct, Enum
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(items[i], item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each grade's text form (a loop: LINQ over a value type brings its own code to JIT-compile).</summary>
    public static string[] Grades(IReadOnlyList<PayGrade> grades)
    {
        var texts = new string[grades.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = grades[i].ToString();
        }

        return texts;
    }

    public static string Join(IReadOnlyList<string> list, string last = "or") => list.Count switch
    {
        0 => "",
        1 => list[0],
        2 => list[0] + " " + last + " " + list[1],
        _ => string.Join(", ", list.Take(list.Count - 1)) + ", " + last + " " + list[^1],
    };

    public static string Join(IEnumerable<string> items, string last = "or") => Join((IReadOnlyList<string>)items.ToList(), last);

    public static string Confidence(Confidence confidence) => confidence switch
    {
        Provenance.Confidence.High => "high",
        Provenance.Confidence.Medium => "medium",
        _ => "low",
    };

    public static string Level(EducationLevel level) => level switch
    {
        EducationLevel.HighSchool => "high-school diploma",
        EducationLevel.Associate => "associate degree",
        EducationLevel.Bachelors => "bachelor's degree",
        EducationLevel.GraduateStudy => "graduate study",
        EducationLevel.Masters => "master's degree",
        EducationLevel.Professional => "professional degree",
        EducationLevel.Doctorate => "doctorate",
        _ => level.ToString(),
    };

    public static string Citizenship(Citizenship citizenship) => citizenship switch
    {
        Candidates.Citizenship.UsCitizen => "U.S. citizen",
        Candidates.Citizenship.UsNational => "U.S. national",
        Candidates.Citizenship.LawfulPermanentResident => "lawful permanent resident",
        Candidates.Citizenship.Other => "another status",
        _ => citizenship.ToString(),
    };

    public static string Conviction(ConvictionCategory category) => category switch
    {
        ConvictionCategory.Felony => "felony",
        ConvictionCategory.Misdemeanor => "misdemeanor",
        ConvictionCategory.DomesticViolenceMisdemeanor => "misdemeanor crime of domestic violence",
        _ => category.ToString(),
    };

    public static string Sex(Sex sex) => sex switch
    {
        Candidates.Sex.Male => "men",
        Candidates.Sex.Female => "women",
        _ => "people",
    };

    public static string Proficiency(LanguageProficiency proficiency) => proficiency switch
    {
        LanguageProficiency.Elementary => "elementary",
        LanguageProficiency.LimitedWorking => "limited working",
        LanguageProficiency.Professional => "professional",
        LanguageProficiency.Native => "native or bilingual",
        _ => proficiency.ToString(),
    };

    public static string Event(FitnessEvent fitnessEvent) => fitnessEvent switch
    {
        FitnessEvent.SitUps => "sit-ups",
        FitnessEvent.PushUps => "push-ups",
        FitnessEvent.Sprint220Yards => "220-yard sprint",
        FitnessEvent.Run1_5Miles => "1.5-mile run",
        _ => fitnessEvent.ToString(),
    };

    public static string Policy(ScreeningPolicy policy) => policy == ScreeningPolicy.Strict ? "strict" : "suitability";

    public static string Response(HistoryResponse response) => response switch
    {
        HistoryResponse.Disqualifies => "disqualifies",
        HistoryResponse.NeedsReview => "goes to an adjudicator for review",
        _ => "does not count against the candidate",
    };

    public static string Waiver(AgeWaiver waiver) => waiver switch
    {
        AgeWaiver.PreferenceEligibleVeteran => "preference-eligible veteran",
        AgeWaiver.PriorFederalLawEnforcement => "prior federal law-enforcement service under special (6(c)) retirement",
        _ => waiver.ToString(),
    };
}
