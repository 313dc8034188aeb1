using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IceCareers.Eligibility;

/// <summary>What stands between a candidate and one requirement that is <see cref="Verdict.NotMet"/> or <see cref="Verdict.Unknown"/>, and what would change it. Immutable.</summary>
public sealed class Gap
{
    // A string, or a LazyText formatted on first read (the evaluator's gaps); either way Description reads the same text.
    private readonly object _description = "";

    /// <summary>Creates an empty gap; set the required properties.</summary>
    public Gap()
    {
    }

    [SetsRequiredMembers]
    internal Gap(string requirementId, string description, bool isRemediable, DateOnly? earliestDate = null)
        : this(requirementId, (object)description, isRemediable, earliestDate)
    {
    }

    // Trusted construction with a description formatted on first read.
    [SetsRequiredMembers]
    internal Gap(string requirementId, LazyText description, bool isRemediable, DateOnly? earliestDate = null)
        : this(requirementId, (object)description, isRemediable, earliestDate)
    {
    }

#pragma warning disable CS8618 // Description is set through its backing field, as a string or a text formatted on first read
    [SetsRequiredMembers]
    private Gap(string requirementId, object description, bool isRemediable, DateOnly? earliestDate)
    {
        RequirementId = requirementId;
        _description = description;
        IsRemediable = isRemediable;
        EarliestDate = earliestDate;
    }
#pragma warning restore CS8618

    /// <summary>The id of the requirement the gap concerns.</summary>
    public required string RequirementId { get; init; }

    /// <summary>What would change the verdict, in plain English (for an unknown: which information to give).</summary>
    public required string Description { get => _description is LazyText lazy ? lazy.Value : (string)_description; init => _description = value; }

    /// <summary>Whether the candidate can close the gap: by acting, by waiting, or (for an unknown) by giving the missing information.</summary>
    public required bool IsRemediable { get; init; }

    /// <summary>The earliest date on which time alone changes the verdict (a birthday, a completion date, a rule change), when there is one.</summary>
    public DateOnly? EarliestDate { get; init; }

    /// <inheritdoc />
    public override string ToString() => EarliestDate is { } date
        ? string.Create(CultureInfo.InvariantCulture, $"{RequirementId}: {Description} (from {date:yyyy-MM-dd})")
        : $"{RequirementId}: {Description}";
}
