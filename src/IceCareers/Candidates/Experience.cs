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

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Title ?? "experience"}{(Months is { } m ? $", {m} months" : "")}{(HoursPerWeek is { } h ? $", {h} hours a week" : "")}{(Grade is { } g ? $", grade {g}" : "")}{(Specialized == true ? ", specialized" : "")}");
}
