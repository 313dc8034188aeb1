namespace IceCareers;

/// <summary>The kinds of item a <see cref="CareerCatalog"/> looks up by id.</summary>
public enum CatalogItemKind
{
    /// <summary>A role (<see cref="Roles.Role"/>).</summary>
    Role,

    /// <summary>A source (<see cref="Provenance.Source"/>).</summary>
    Source,

    /// <summary>A requirement (<see cref="Requirements.Requirement"/>).</summary>
    Requirement,

    /// <summary>A hiring pipeline (<see cref="Hiring.HiringPipeline"/>).</summary>
    Pipeline,

    /// <summary>A training program (<see cref="Training.TrainingProgram"/>).</summary>
    TrainingProgram,
}
