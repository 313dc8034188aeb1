using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IceCareers.Internal;
using IceCareers.Roles;

namespace IceCareers.Eligibility;

/// <summary>
/// Whether a candidate qualifies for one role on one date under one screening policy, why, and what would change the
/// answer. Produced by <see cref="EligibilityEvaluator"/>. Immutable.
/// </summary>
public sealed class EligibilityReport
{
    private readonly IReadOnlyList<RequirementResult> _results = [];
    private readonly IReadOnlyList<PayGrade> _grades = [];
    private readonly IReadOnlyList<Gap> _gaps = [];
    private readonly IReadOnlyList<string> _missing = [];
    private readonly IReadOnlyList<string> _warnings = [];

    /// <summary>Creates an empty report; set the required properties.</summary>
    public EligibilityReport()
    {
    }

#pragma warning disable CS8618 // the required list properties are set through their backing fields, without copying
    // Trusted construction by the evaluator: the arrays are fresh and owned by the report, so they are wrapped, not copied.
    [SetsRequiredMembers]
    internal EligibilityReport(
        Role role,
        Outcome outcome,
        RequirementResult[] results,
        IReadOnlyList<PayGrade> qualifyingGrades,
        PayGrade? highestQualifyingGrade,
        Gap[] gaps,
        string[] missingInformation,
        string[] warnings,
        string dataVersion,
        DateOnly asOf,
        ScreeningPolicy policy)
    {
        RoleId = role.Id;
        RoleTitle = role.Title;
        Outcome = outcome;
        _results = Frozen.Wrap(results);
        _grades = qualifyingGrades;
        HighestQualifyingGrade = highestQualifyingGrade;
        _gaps = Frozen.Wrap(gaps);
        _missing = Frozen.Wrap(missingInformation);
        _warnings = Frozen.Wrap(warnings);
        DataVersion = dataVersion;
        AsOf = asOf;
        Policy = policy;
    }
#pragma warning restore CS8618

    /// <summary>The id of the role evaluated.</summary>
    public required string RoleId { get; init; }

    /// <summary>The title of the role evaluated.</summary>
    public required string RoleTitle { get; init; }

    /// <summary>
    /// The answer: any blocking <see cref="Verdict.NotMet"/> makes it <see cref="Outcome.Ineligible"/>; else any
    /// <see cref="Verdict.NeedsReview"/> makes it <see cref="Outcome.NeedsReview"/>; else any <see cref="Verdict.Unknown"/>
    /// makes it <see cref="Outcome.Incomplete"/>; else <see cref="Outcome.Eligible"/>. Pending and advisory results never count.
    /// </summary>
    public required Outcome Outcome { get; init; }

    /// <summary>One result per requirement of the role, in the role's order.</summary>
    public required IReadOnlyList<RequirementResult> Results { get => _results; init => _results = Frozen.List(value); }

    /// <summary>The role's entry grades the candidate qualifies for, lowest first; empty when none (or not decided).</summary>
    public IReadOnlyList<PayGrade> QualifyingGrades { get => _grades; init => _grades = Frozen.List(value); }

    /// <summary>The highest of <see cref="QualifyingGrades"/>, or <see langword="null"/> when there is none.</summary>
    public PayGrade? HighestQualifyingGrade { get; init; }

    /// <summary>One gap for every <see cref="Verdict.NotMet"/> or <see cref="Verdict.Unknown"/> result, in result order.</summary>
    public IReadOnlyList<Gap> Gaps { get => _gaps; init => _gaps = Frozen.List(value); }

    /// <summary>Every profile field path whose absence left a result unknown, without duplicates, in result order.</summary>
    public IReadOnlyList<string> MissingInformation { get => _missing; init => _missing = Frozen.List(value); }

    /// <summary>Caveats: a legacy role, and results or role facts that rest only on medium- or low-confidence sources.</summary>
    public IReadOnlyList<string> Warnings { get => _warnings; init => _warnings = Frozen.List(value); }

    /// <summary>The version of the catalog data the report was made from.</summary>
    public required string DataVersion { get; init; }

    /// <summary>The evaluation date: ages, dated rules and completion dates are taken on this day.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The screening policy applied to criminal and drug history.</summary>
    public required ScreeningPolicy Policy { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{RoleId}: {Outcome} (as of {AsOf:yyyy-MM-dd}, {Policy} policy, data {DataVersion}){(HighestQualifyingGrade is { } g ? ", highest qualifying grade " + g : "")}");
}
