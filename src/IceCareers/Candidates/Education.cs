using System.Globalization;

namespace IceCareers.Candidates;

/// <summary>
/// One entry of a candidate's education: a degree, or graduate study counted in semester hours. Every property is
/// optional; <see langword="null"/> means unknown. Immutable.
/// </summary>
public sealed class Education
{
    /// <summary>The level of the entry (<c>bachelors</c>, <c>graduate-study</c> …), or <see langword="null"/> when unknown.</summary>
    public EducationLevel? Level { get; init; }

    /// <summary>The field of study, e.g. <c>Criminal Justice</c> or <c>Law</c>.</summary>
    public string? Field { get; init; }

    /// <summary>The date the degree was (or will be) completed; an entry completed after the evaluation date does not count yet.</summary>
    public DateOnly? Completed { get; init; }

    /// <summary>The overall grade point average, 0.0 to 4.0.</summary>
    public decimal? Gpa { get; init; }

    /// <summary>The grade point average in the major, 0.0 to 4.0.</summary>
    public decimal? MajorGpa { get; init; }

    /// <summary>Class standing as a percentile, 1 (top of the class) to 100 (bottom).</summary>
    public int? ClassStandingPercentile { get; init; }

    /// <summary>Whether the candidate is a member of a national scholastic honor society.</summary>
    public bool? HonorSociety { get; init; }

    /// <summary>Undergraduate semester hours, 0 to 1,000 (a sanity bound; a bachelor's degree is about 120).</summary>
    public decimal? SemesterHours { get; init; }

    /// <summary>Graduate semester hours, 0 to 1,000.</summary>
    public decimal? GraduateSemesterHours { get; init; }

    /// <summary>
    /// Undergraduate quarter hours, 0 to <see cref="MaxQuarterHours"/>; they convert to semester hours at the ratio the
    /// catalog's education-experience requirement states (OPM: 1.5 quarter hours = 1 semester hour).
    /// </summary>
    public decimal? QuarterHours { get; init; }

    /// <summary>
    /// Graduate quarter hours, 0 to <see cref="MaxQuarterHours"/>; they convert like <see cref="QuarterHours"/>
    /// (OPM: 27 graduate quarter hours are one year of graduate study).
    /// </summary>
    public decimal? GraduateQuarterHours { get; init; }

    /// <summary>
    /// The share of the undergraduate hours taken pass/fail, 0 to 100 percent. Above the share the catalog states
    /// (OPM: 10 %), Superior Academic Achievement can rest only on class standing or an honor society.
    /// </summary>
    public decimal? PassFailPercent { get; init; }

    /// <summary>The most quarter hours one entry may state (a sanity bound, far above any real transcript).</summary>
    public const int MaxQuarterHours = 1000;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{(Level is { } level ? CandidateWords.EducationLevels[level] : "education")}{(Field is null ? "" : " in " + Field)}");
}
