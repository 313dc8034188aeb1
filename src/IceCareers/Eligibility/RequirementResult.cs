using System.Diagnostics.CodeAnalysis;
using IceCareers.Internal;
using IceCareers.Requirements;

namespace IceCareers.Eligibility;

/// <summary>The verdict on one requirement of a role, with the reason in plain English and the sources it rests on. Immutable.</summary>
public sealed class RequirementResult
{
    private readonly IReadOnlyList<string> _sources = [];
    private readonly IReadOnlyList<string> _missing = [];

    // A string, or a LazyText formatted on first read (the evaluator's results); either way Reason reads the same text.
    private readonly object _reason = "";

    /// <summary>Creates an empty result; set the required properties.</summary>
    public RequirementResult()
    {
    }

#pragma warning disable CS8618 // the required list properties are set through their backing fields, without copying
    // Trusted construction: the lists are already frozen and shared between results, so they are not copied.
    [SetsRequiredMembers]
    internal RequirementResult(Requirement requirement, Verdict verdict, string reason, IReadOnlyList<string> sources, IReadOnlyList<string> missingInformation)
        : this(requirement, verdict, (object)reason, sources, missingInformation)
    {
    }

    // Trusted construction with a reason formatted on first read.
    [SetsRequiredMembers]
    internal RequirementResult(Requirement requirement, Verdict verdict, LazyText reason, IReadOnlyList<string> sources, IReadOnlyList<string> missingInformation)
        : this(requirement, verdict, (object)reason, sources, missingInformation)
    {
    }

    [SetsRequiredMembers]
    private RequirementResult(Requirement requirement, Verdict verdict, object reason, IReadOnlyList<string> sources, IReadOnlyList<string> missingInformation)
    {
        RequirementId = requirement.Id;
        Title = requirement.Title;
        Kind = requirement.Kind;
        Category = requirement.Category;
        Verdict = verdict;
        _reason = reason;
        _sources = sources;
        _missing = missingInformation;
    }
#pragma warning restore CS8618

    /// <summary>The id of the requirement.</summary>
    public required string RequirementId { get; init; }

    /// <summary>The requirement's short title.</summary>
    public required string Title { get; init; }

    /// <summary>The requirement's kind.</summary>
    public required RequirementKind Kind { get; init; }

    /// <summary>The requirement's category; <see cref="RequirementCategory.Advisory"/> results never change the outcome.</summary>
    public required RequirementCategory Category { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>Why, in plain English, stating the observed and the required values.</summary>
    public required string Reason { get => _reason is LazyText lazy ? lazy.Value : (string)_reason; init => _reason = value; }

    /// <summary>Ids of the sources the applied rule rests on (for a dated rule, those of the period in force).</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <summary>Profile field paths (e.g. <c>dateOfBirth</c>, <c>education[0].gpa</c>) whose absence left the verdict <see cref="Verdict.Unknown"/>.</summary>
    public IReadOnlyList<string> MissingInformation { get => _missing; init => _missing = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{RequirementId}: {Verdict} — {Reason}";
}
