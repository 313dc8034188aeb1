using System.Text.Json.Serialization;
using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>
/// Something a candidate must meet (or should know) for a role, with its category and sources. Each
/// <see cref="RequirementKind"/> is one sealed subtype carrying that kind's parameters, all read from the data. Immutable.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CitizenshipRequirement), nameof(RequirementKind.Citizenship))]
[JsonDerivedType(typeof(AgeRequirement), nameof(RequirementKind.Age))]
[JsonDerivedType(typeof(EducationExperienceRequirement), nameof(RequirementKind.EducationExperience))]
[JsonDerivedType(typeof(DriversLicenseRequirement), nameof(RequirementKind.DriversLicense))]
[JsonDerivedType(typeof(SelectiveServiceRequirement), nameof(RequirementKind.SelectiveService))]
[JsonDerivedType(typeof(DomesticViolenceBarRequirement), nameof(RequirementKind.DomesticViolenceBar))]
[JsonDerivedType(typeof(CriminalHistoryRequirement), nameof(RequirementKind.CriminalHistory))]
[JsonDerivedType(typeof(DrugHistoryRequirement), nameof(RequirementKind.DrugHistory))]
[JsonDerivedType(typeof(ConditionRequirement), nameof(RequirementKind.Condition))]
[JsonDerivedType(typeof(FitnessTestRequirement), nameof(RequirementKind.FitnessTest))]
[JsonDerivedType(typeof(LanguageRequirement), nameof(RequirementKind.Language))]
public abstract class Requirement
{
    private readonly IReadOnlyList<string> _sources = [];

    private protected Requirement(RequirementKind kind)
    {
        Kind = kind;
    }

    /// <summary>The requirement's id, e.g. <c>citizenship</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The requirement's kind (written as the <c>kind</c> discriminator in JSON).</summary>
    [JsonIgnore]
    public RequirementKind Kind { get; }

    /// <summary>When and how the requirement is decided.</summary>
    public required RequirementCategory Category { get; init; }

    /// <summary>A short title.</summary>
    public required string Title { get; init; }

    /// <summary>A plain-English description, where one helps.</summary>
    public string? Description { get; init; }

    /// <summary>Ids of the sources for the requirement.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Kind}, {Category})";
}
