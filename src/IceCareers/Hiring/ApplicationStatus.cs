namespace IceCareers.Hiring;

/// <summary>Where a <see cref="HiringApplication"/> stands.</summary>
public enum ApplicationStatus
{
    /// <summary>The applicant is at one of the pipeline's stages.</summary>
    InProgress,

    /// <summary>The applicant passed the last stage.</summary>
    Completed,

    /// <summary>The application failed at a stage.</summary>
    Failed,

    /// <summary>The applicant withdrew.</summary>
    Withdrawn,
}
