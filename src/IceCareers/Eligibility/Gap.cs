using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IceCareers.Eligibility;

/// <summary>What stands between a candidate and one requirement that is <see cref="Verdict.NotMet"/> or <see cref="Verdict.Unknown"/>, and what would change it. Immutable.</summary>
public sealed class Gap
{
    /// <summary>Creates an empty gap; set the required properties.</summary>
    public Gap()
    {
    }

    [SetsRequiredMembers]
    internal Gap(string requirementId, string description, bool isRemediable, DateOnly? earliestDate = null)
    {
        RequirementId = requirementId;
        Description = description;
        IsRemediable = isRemediable;
        EarliestDate = earliestDate;
    }

    /// <summary>The id of the requirement the gap concerns.</summary>
    public required string RequirementId { get; init; }

    /// <summary>What would change the verdict, in plain English (for an unknown: which information to give).</summary>
    public required string Description { get; init; }

    /// <summary>Whether the candidate can close the gap: by acting, by waiting, or (for an unknown) by giving the missing information.</summary>
    public required bool IsRemediable { get; init; }

    /// <summary>The earliest date on which time alone changes the verdict (a birthday, a completion date, a rule change), when there is one.</summary>
    public DateOnly? EarliestDate { get; init; }

    /// <inheritdoc />
    public override string ToString() => EarliestDate is { } date
        ? string.Create(CultureInfo.InvariantCulture, $"{RequirementId}: {Description} (from {date:yyyy-MM-dd})")
        : $"{RequirementId}: {Description}";
}
