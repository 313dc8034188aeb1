using IceCareers.Compensation;
using IceCareers.Hiring;
using IceCareers.Internal;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Training;

namespace IceCareers.Compiled;

/// <summary>
/// The parts of a catalog, checked to hold together: what the readers produce (the compiled reader at run time, the YAML
/// loader for <c>LoadDirectory</c> and the data compiler), what the compiled writer writes, and what the catalog facade
/// serves. It lives with the codec because the codec is the one form every path goes through or can go through; the
/// facade wraps it, so that no reader needs to know the facade (NodaTime's <c>TzdbStreamData</c> has the same place).
/// </summary>
internal sealed class CatalogContent
{
    /// <summary>Freezes the parts and checks that ids are unique and every reference resolves.</summary>
    /// <param name="version">The data set's version.</param>
    /// <param name="asOf">The date the data was last reviewed.</param>
    /// <param name="sources">The sources.</param>
    /// <param name="roles">The roles.</param>
    /// <param name="requirements">The requirements.</param>
    /// <param name="pipelines">The hiring pipelines.</param>
    /// <param name="trainingPrograms">The training programs.</param>
    /// <param name="pay">The pay data, read on first use; <see langword="null"/> when the parts come without it.</param>
    /// <exception cref="ArgumentException">An id is duplicated or a reference does not resolve; the message lists every problem.</exception>
    public CatalogContent(
        string version,
        DateOnly asOf,
        IReadOnlyList<Source> sources,
        IReadOnlyList<Role> roles,
        IReadOnlyList<Requirement> requirements,
        IReadOnlyList<HiringPipeline> pipelines,
        IReadOnlyList<TrainingProgram> trainingPrograms,
        Lazy<PayData>? pay = null)
    {
        var problems = new List<string>();
        Version = version;
        AsOf = asOf;
        Pay = pay;
        Sources = Frozen.List(sources);
        Roles = Frozen.List(roles);
        Requirements = Frozen.List(requirements);
        Pipelines = Frozen.List(pipelines);
        TrainingPrograms = Frozen.List(trainingPrograms);
        SourcesById = Index(Sources, s => s.Id, "source", problems);
        RolesById = Index(Roles, r => r.Id, "role", problems);
        RequirementsById = Index(Requirements, r => r.Id, "requirement", problems);
        PipelinesById = Index(Pipelines, p => p.Id, "pipeline", problems);
        ProgramsById = Index(TrainingPrograms, p => p.Id, "training program", problems);
        foreach (var role in Roles)
        {
            foreach (var id in role.RequirementIds)
            {
                if (!RequirementsById.ContainsKey(id))
                {
                    problems.Add($"role '{role.Id}' references unknown requirement '{id}'");
                }
            }

            foreach (var id in role.Training.ProgramIds)
            {
                if (!ProgramsById.ContainsKey(id))
                {
                    problems.Add($"role '{role.Id}' references unknown training program '{id}'");
                }
            }

            if (!PipelinesById.ContainsKey(role.PipelineId))
            {
                problems.Add($"role '{role.Id}' references unknown pipeline '{role.PipelineId}'");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The catalog is inconsistent: " + string.Join("; ", problems) + ".");
        }
    }

    public string Version { get; }

    public DateOnly AsOf { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<Role> Roles { get; }

    public IReadOnlyList<Requirement> Requirements { get; }

    public IReadOnlyList<HiringPipeline> Pipelines { get; }

    public IReadOnlyList<TrainingProgram> TrainingPrograms { get; }

    /// <summary>The pay data, read on first use; <see langword="null"/> when these parts came without it (a catalog built in code).</summary>
    public Lazy<PayData>? Pay { get; }

    public Dictionary<string, Source> SourcesById { get; }

    public Dictionary<string, Role> RolesById { get; }

    public Dictionary<string, Requirement> RequirementsById { get; }

    public Dictionary<string, HiringPipeline> PipelinesById { get; }

    public Dictionary<string, TrainingProgram> ProgramsById { get; }

    /// <summary>These parts with <paramref name="pay"/> as their pay data.</summary>
    public CatalogContent WithPay(Lazy<PayData> pay) => new(Version, AsOf, Sources, Roles, Requirements, Pipelines, TrainingPrograms, pay);

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id, string what, List<string> problems)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!index.TryAdd(id(item), item))
            {
                problems.Add($"duplicate {what} id '{id(item)}'");
            }
        }

        return index;
    }
}
