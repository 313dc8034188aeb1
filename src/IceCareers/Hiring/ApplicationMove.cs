namespace IceCareers.Hiring;

/// <summary>A kind of move in an application's history.</summary>
public enum ApplicationMove
{
    /// <summary>The application was opened at the first stage.</summary>
    Started,

    /// <summary>The applicant passed a stage and moved to the next one.</summary>
    Advanced,

    /// <summary>The applicant passed the last stage.</summary>
    Completed,

    /// <summary>The application failed at a stage.</summary>
    Failed,

    /// <summary>The applicant withdrew at a stage.</summary>
    Withdrawn,
}
