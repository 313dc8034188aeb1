namespace IceCareers.Requirements;

/// <summary>When and how a requirement is decided.</summary>
public enum RequirementCategory
{
    /// <summary>Decided at screening (citizenship, age, education and experience, license).</summary>
    Qualification,

    /// <summary>A disqualifier decided at screening (Lautenberg, Selective Service, criminal and drug history).</summary>
    Bar,

    /// <summary>Decided later in the pipeline (drug test, medical exam, fitness test, background investigation, training); pending without data.</summary>
    ConditionOfEmployment,

    /// <summary>Worth knowing, never blocking.</summary>
    Advisory,
}
