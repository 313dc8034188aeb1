namespace IceCareers.Careers;

/// <summary>What happens on a <see cref="CareerEvent"/>'s date.</summary>
public enum CareerEventKind
{
    /// <summary>The first day in the role.</summary>
    Start,

    /// <summary>The last day of the role's initial training.</summary>
    TrainingEnd,

    /// <summary>The last day of the probationary period.</summary>
    ProbationEnd,

    /// <summary>A within-grade (step) increase.</summary>
    WithinGradeIncrease,

    /// <summary>A career-ladder promotion at its earliest date.</summary>
    Promotion,

    /// <summary>The last day of an incentive's service agreement.</summary>
    ServiceAgreementEnd,

    /// <summary>The earliest date of immediate retirement under law-enforcement (LEO) retirement.</summary>
    EarliestRetirement,

    /// <summary>Mandatory separation under law-enforcement (LEO) retirement.</summary>
    MandatorySeparation,
}
