using System.Globalization;

namespace IceCareers.Candidates;

/// <summary>One job or period of work experience. Every property is optional; <see langword="null"/> means unknown. Immutable.</summary>
public sealed class Experience
{
    /// <summary>The job title.</summary>
    public string? Title { get; init; }

    /// <summary>How many months the candidate did this work (full-time equivalent).</summary>
    public int? Months { get; init; }

    /// <summary>Whether this is specialized experience for the role's line of work.</summary>
    public bool? Specialized { get; init; }

    /// <summary>The GS-equivalent grade level of the work, 1 to 15.</summary>
    public int? Grade { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Title ?? "experience"}{(Months is { } m ? $", {m} months" : "")}{(Grade is { } g ? $", grade {g}" : "")}{(Specialized == true ? ", specialized" : "")}");
}
