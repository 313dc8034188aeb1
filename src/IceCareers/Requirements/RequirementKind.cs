namespace IceCareers.Requirements;

/// <summary>The kind of a requirement; each kind is one sealed <see cref="Requirement"/> type.</summary>
public enum RequirementKind
{
    /// <summary><see cref="CitizenshipRequirement"/>.</summary>
    Citizenship,

    /// <summary><see cref="AgeRequirement"/>.</summary>
    Age,

    /// <summary><see cref="EducationExperienceRequirement"/>.</summary>
    EducationExperience,

    /// <summary><see cref="DriversLicenseRequirement"/>.</summary>
    DriversLicense,

    /// <summary><see cref="SelectiveServiceRequirement"/>.</summary>
    SelectiveService,

    /// <summary><see cref="DomesticViolenceBarRequirement"/>.</summary>
    DomesticViolenceBar,

    /// <summary><see cref="CriminalHistoryRequirement"/>.</summary>
    CriminalHistory,

    /// <summary><see cref="DrugHistoryRequirement"/>.</summary>
    DrugHistory,

    /// <summary><see cref="ConditionRequirement"/>.</summary>
    Condition,

    /// <summary><see cref="FitnessTestRequirement"/>.</summary>
    FitnessTest,

    /// <summary><see cref="LanguageRequirement"/>.</summary>
    Language,
}
