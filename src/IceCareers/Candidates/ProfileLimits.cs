namespace IceCareers.Candidates;

/// <summary>
/// The largest numbers a profile may state, field by field (documented on <see cref="CandidateProfile"/>). Every
/// numeric field has one, so that no sum of a profile's entries can overflow, and a number past its field's
/// maximum is refused with the field's path rather than judged.
/// </summary>
internal static class ProfileLimits
{
    /// <summary>Semester hours of one education entry (a bachelor's degree is about 120).</summary>
    public const decimal MaxSemesterHours = 1_000m;

    /// <summary>Months of one experience entry or of military service: 100 years.</summary>
    public const int MaxMonths = 1_200;

    /// <summary>Repetitions of a fitness event (sit-ups, push-ups).</summary>
    public const int MaxRepetitions = 10_000;

    /// <summary>Seconds of a timed fitness event: one day.</summary>
    public const decimal MaxSeconds = 86_400m;

    /// <summary>
    /// Whether every number that the evaluation adds up (hours, months) is within its field's range, read without
    /// allocating; the evaluator refuses a profile that is not (a profile read from a document never is).
    /// </summary>
    public static bool SumsAreBounded(CandidateProfile profile)
    {
        if (profile.Education is { } education)
        {
            for (var i = 0; i < education.Count; i++)
            {
                if (education[i] is { } e
                    && (!Bounded(e.SemesterHours, MaxSemesterHours) || !Bounded(e.GraduateSemesterHours, MaxSemesterHours)
                        || !Bounded(e.QuarterHours, Education.MaxQuarterHours) || !Bounded(e.GraduateQuarterHours, Education.MaxQuarterHours)
                        || !Bounded(e.PassFailPercent, 100m)))
                {
                    return false;
                }
            }
        }

        if (profile.Experience is { } experience)
        {
            for (var i = 0; i < experience.Count; i++)
            {
                if (experience[i] is { } e && (!Bounded(e.Months, MaxMonths) || !Bounded(e.HoursPerWeek, Experience.MaxHoursPerWeek)))
                {
                    return false;
                }
            }
        }

        return profile.Military is not { } military || Bounded(military.ServiceMonths, MaxMonths);
    }

    /// <summary>
    /// The path of the first list of the profile longer than <see cref="CandidateProfile.MaxEntries"/>, or
    /// <see langword="null"/> when every list is within it.
    /// </summary>
    public static string? FirstOverlongList(CandidateProfile profile) =>
        Overlong(profile.Education, "education")
        ?? Overlong(profile.Experience, "experience")
        ?? Overlong(profile.Languages, "languages")
        ?? Overlong(profile.History?.Convictions, "history.convictions")
        ?? Overlong(profile.History?.DrugUse, "history.drugUse");

    private static string? Overlong<T>(IReadOnlyList<T>? list, string path) =>
        list is not null && list.Count > CandidateProfile.MaxEntries ? path : null;

    private static bool Bounded(decimal? value, decimal max) => value is not { } v || (v >= -max && v <= max);

    private static bool Bounded(int? value, int max) => value is not { } v || (v >= -max && v <= max);
}
