using System.Globalization;

namespace IceCareers.Candidates;

/// <summary>One job or period of work experience. Every property is optional; <see langword="null"/> means unknown. Immutable.</summary>
public sealed class Experience
{
    /// <summary>The job title.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// How many months the candidate did this work: full-time equivalent months when <see cref="HoursPerWeek"/> is
    /// absent, calendar months when it is given; 0 to 1,200 (100 years).
    /// </summary>
    public int? Months { get; init; }

    /// <summary>
    /// Hours worked per week, 1 to <see cref="MaxHoursPerWeek"/>; part-time work is prorated against the full-time week
    /// the catalog's education-experience requirement states (OPM: months × hours per week / 40).
    /// <see langword="null"/> means full time.
    /// </summary>
    public decimal? HoursPerWeek { get; init; }

    /// <summary>The most hours per week an entry may state: every hour of a week (24 × 7).</summary>
    public const int MaxHoursPerWeek = 168;

    /// <summary>Whether this is specialized experience for the role's line of work.</summary>
    public bool? Specialized { get; init; }

    /// <summary>The GS-equivalent grade level of the work, 1 to 15.</summary>
    public int? Grade { get; init; }

    /// <summary>
    /// For military service, the highest military pay grade held in it (<c>E-5</c>, <c>O-3</c> …). When
    /// <see cref="Grade"/> is not given, the eligibility evaluator reads a GS grade for the work from the catalog's
    /// comparison table (the lowest grade of the range it gives, at low confidence) and its reason says so.
    /// </summary>
    public MilitaryPayGrade? MilitaryPayGrade { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Title ?? "experience"}{(Months is { } m ? $", {m} months" : "")}{(HoursPerWeek is { } h ? $", {h} hours a week" : "")}{(Grade is { } g ? $", grade {g}" : "")}{(MilitaryPayGrade is { } p ? $", military pay grade {p}" : "")}{(Specialized == true ? ", specialized" : "")}");
}
