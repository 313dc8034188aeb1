namespace IceCareers.Candidates;

/// <summary>The level of an education entry.</summary>
public enum EducationLevel
{
    /// <summary>A high-school diploma or equivalent.</summary>
    HighSchool,

    /// <summary>An associate degree.</summary>
    Associate,

    /// <summary>A bachelor's degree (a 4-year course of study).</summary>
    Bachelors,

    /// <summary>Graduate study without (or before) a degree; counted by graduate semester hours.</summary>
    GraduateStudy,

    /// <summary>A master's degree (an LL.M. is a master's with field Law).</summary>
    Masters,

    /// <summary>A first professional degree such as a J.D. or LL.B. (field Law).</summary>
    Professional,

    /// <summary>A doctorate (Ph.D. or equivalent).</summary>
    Doctorate,
}
