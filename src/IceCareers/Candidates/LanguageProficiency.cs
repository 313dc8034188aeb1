namespace IceCareers.Candidates;

/// <summary>How well a person speaks a language, lowest first (the values are ordered).</summary>
public enum LanguageProficiency
{
    /// <summary>Elementary proficiency.</summary>
    Elementary,

    /// <summary>Limited working proficiency.</summary>
    LimitedWorking,

    /// <summary>Professional working proficiency.</summary>
    Professional,

    /// <summary>Native or bilingual proficiency.</summary>
    Native,
}
