using System.Text.Json.Serialization;
using IceCareers.Authoring;
using IceCareers.Compensation;
using IceCareers.Compiled;
using IceCareers.Diagnostics;
using IceCareers.Hiring;
using IceCareers.Internal;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Training;

namespace IceCareers;

/// <summary>
/// The root of the library: every role, requirement, hiring pipeline, training program and source, from one
/// versioned data set. Immutable and thread-safe. <see cref="Default"/> holds the data embedded in the assembly.
/// </summary>
public sealed class CareerCatalog
{
    private static readonly Lazy<CareerCatalog> LazyDefault = LoadOnce(LoadEmbedded);

    private readonly Dictionary<string, Role> _roles;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, Requirement> _requirements;
    private readonly Dictionary<string, HiringPipeline> _pipelines;
    private readonly Dictionary<string, TrainingProgram> _programs;
    private Lazy<PayData> _pay;

    /// <summary>Creates a catalog from its parts, checking that ids are unique and every reference resolves.</summary>
    /// <param name="version">The semantic version of the data set.</param>
    /// <param name="asOf">The date the data was last reviewed against its sources.</param>
    /// <param name="sources">Every source facts may cite.</param>
    /// <param name="roles">The roles.</param>
    /// <param name="requirements">The requirements the roles reference.</param>
    /// <param name="pipelines">The hiring pipelines the roles reference.</param>
    /// <param name="trainingPrograms">The training programs the roles reference.</param>
    /// <exception cref="ArgumentException">An id is duplicated or a reference does not resolve; the message lists every problem.</exception>
    [JsonConstructor]
    public CareerCatalog(
        string version,
        DateOnly asOf,
        IReadOnlyList<Source> sources,
        IReadOnlyList<Role> roles,
        IReadOnlyList<Requirement> requirements,
        IReadOnlyList<HiringPipeline> pipelines,
        IReadOnlyList<TrainingProgram> trainingPrograms)
    {
        var problems = new List<string>();
        Version = version;
        AsOf = asOf;
        Sources = Frozen.List(sources);
        Roles = Frozen.List(roles);
        Requirements = Frozen.List(requirements);
        Pipelines = Frozen.List(pipelines);
        TrainingPrograms = Frozen.List(trainingPrograms);
        _sources = Index(Sources, s => s.Id, "source", problems);
        _roles = Index(Roles, r => r.Id, "role", problems);
        _requirements = Index(Requirements, r => r.Id, "requirement", problems);
        _pipelines = Index(Pipelines, p => p.Id, "pipeline", problems);
        _programs = Index(TrainingPrograms, p => p.Id, "training program", problems);
        foreach (var role in Roles)
        {
            foreach (var id in role.RequirementIds)
            {
                if (!_requirements.ContainsKey(id))
                {
                    problems.Add($"role '{role.Id}' references unknown requirement '{id}'");
                }
            }

            foreach (var id in role.Training.ProgramIds)
            {
                if (!_programs.ContainsKey(id))
                {
                    problems.Add($"role '{role.Id}' references unknown training program '{id}'");
                }
            }

            if (!_pipelines.ContainsKey(role.PipelineId))
            {
                problems.Add($"role '{role.Id}' references unknown pipeline '{role.PipelineId}'");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("The catalog is inconsistent: " + string.Join("; ", problems) + ".");
        }

        // The pay data (data/pay/): read lazily from the embedded YAML on first use, unless attached eagerly by
        // LoadDirectory or by the compiled catalog's pay section.
        _pay = new Lazy<PayData>(() => PayDataReader.Read(DataFile.FromAssembly(typeof(CareerCatalog).Assembly), this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The catalog embedded in the assembly, loaded on first use, once, and shared. Throws
    /// <see cref="CatalogLoadException"/> only if the shipped data is broken (a build that tests would have failed).
    /// </summary>
    public static CareerCatalog Default => LazyDefault.Value;

    /// <summary>How <see cref="Default"/> is loaded: on first use, once, whatever the number of threads (the seam its tests use).</summary>
    internal static Lazy<CareerCatalog> LoadOnce(Func<CareerCatalog> load) => new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The semantic version of the data set (from <c>version.yaml</c>).</summary>
    public string Version { get; }

    /// <summary>The date the data was last reviewed against its sources.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every source facts may cite, in file order.</summary>
    public IReadOnlyList<Source> Sources { get; }

    /// <summary>Every role, ordered by id.</summary>
    public IReadOnlyList<Role> Roles { get; }

    /// <summary>Every requirement, in file order.</summary>
    public IReadOnlyList<Requirement> Requirements { get; }

    /// <summary>Every hiring pipeline.</summary>
    public IReadOnlyList<HiringPipeline> Pipelines { get; }

    /// <summary>Every training program.</summary>
    public IReadOnlyList<TrainingProgram> TrainingPrograms { get; }

    /// <summary>Loads a data folder laid out like the embedded one (see data/README.md).</summary>
    /// <param name="path">The folder holding <c>version.yaml</c>, <c>sources.yaml</c>, <c>roles/</c> and the rest.</param>
    /// <returns>The loaded catalog.</returns>
    /// <exception cref="CatalogLoadException">Any problem, all of them listed with file, line and column.</exception>
    public static CareerCatalog LoadDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Directory.Exists(path))
        {
            throw new CatalogLoadException([new CatalogError(path, 1, 1, "the data folder does not exist")]);
        }

        var errors = new List<CatalogError>();
        IReadOnlyList<DataFile> files;
        try
        {
            files = DataFile.FromDirectory(path, errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogLoadException([new CatalogError(path, 1, 1, "cannot list the data folder: " + e.Message)]);
        }

        var catalog = CatalogReader.Read(files, errors);
        var pay = PayDataReader.Read(files, catalog);
        catalog._pay = new Lazy<PayData>(pay);
        return catalog;
    }

    /// <summary>The pay tables, locality areas, premiums and incentives (data/pay/); read on first use for the embedded data.</summary>
    /// <exception cref="CatalogLoadException">The embedded pay data is broken (a build that tests would have failed).</exception>
    internal PayData PayData => _pay.Value;

    /// <summary>Attaches the compiled catalog's pay data (read on first use) in place of the lazy YAML read.</summary>
    internal void AttachPayData(Lazy<PayData> pay) => _pay = pay;

    /// <summary>Finds a role by id.</summary>
    /// <param name="id">The role id, e.g. <c>deportation-officer</c>.</param>
    /// <returns>The role.</returns>
    /// <exception cref="RoleNotFoundException">No role has that id; the message names the known ids.</exception>
    public Role GetRole(string id) =>
        TryGetRole(id, out var role) ? role : throw new RoleNotFoundException(id ?? "", _roles.Keys);

    /// <summary>Finds a role by id.</summary>
    /// <param name="id">The role id.</param>
    /// <param name="role">The role, or <see langword="null"/> when none has that id.</param>
    /// <returns><see langword="true"/> when the role exists.</returns>
    public bool TryGetRole(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Role? role)
    {
        role = null;
        return id is not null && _roles.TryGetValue(id, out role);
    }

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The source id.</param>
    /// <param name="source">The source, or <see langword="null"/> when none has that id.</param>
    /// <returns><see langword="true"/> when the source exists.</returns>
    public bool TryGetSource(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Source? source)
    {
        source = null;
        return id is not null && _sources.TryGetValue(id, out source);
    }

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The source id.</param>
    /// <returns>The source.</returns>
    /// <exception cref="CatalogItemNotFoundException">No source has that id; the message names the known ids.</exception>
    public Source GetSource(string id) =>
        TryGetSource(id, out var source) ? source : throw new CatalogItemNotFoundException(CatalogItemKind.Source, id ?? "", _sources.Keys);

    /// <summary>Finds a requirement by id.</summary>
    /// <param name="id">The requirement id.</param>
    /// <param name="requirement">The requirement, or <see langword="null"/> when none has that id.</param>
    /// <returns><see langword="true"/> when the requirement exists.</returns>
    public bool TryGetRequirement(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Requirement? requirement)
    {
        requirement = null;
        return id is not null && _requirements.TryGetValue(id, out requirement);
    }

    /// <summary>Finds a requirement by id.</summary>
    /// <param name="id">The requirement id.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="CatalogItemNotFoundException">No requirement has that id; the message names the known ids.</exception>
    public Requirement GetRequirement(string id) =>
        TryGetRequirement(id, out var requirement) ? requirement : throw new CatalogItemNotFoundException(CatalogItemKind.Requirement, id ?? "", _requirements.Keys);

    /// <summary>The requirements of <paramref name="role"/>, in report order.</summary>
    /// <param name="role">A role of this catalog.</param>
    /// <returns>The requirements.</returns>
    /// <exception cref="CatalogItemNotFoundException">The role names a requirement this catalog does not hold (a role of another catalog).</exception>
    public IReadOnlyList<Requirement> GetRequirements(Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return role.RequirementIds.Select(GetRequirement).ToArray();
    }

    /// <summary>The hiring pipeline of <paramref name="role"/>.</summary>
    /// <param name="role">A role of this catalog.</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="CatalogItemNotFoundException">The role names a pipeline this catalog does not hold (a role of another catalog).</exception>
    public HiringPipeline GetPipeline(Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return _pipelines.TryGetValue(role.PipelineId, out var pipeline)
            ? pipeline
            : throw new CatalogItemNotFoundException(CatalogItemKind.Pipeline, role.PipelineId, _pipelines.Keys);
    }

    /// <summary>The training programs of <paramref name="role"/>, in the order they are taken.</summary>
    /// <param name="role">A role of this catalog.</param>
    /// <returns>The programs (empty for roles without a training program).</returns>
    /// <exception cref="CatalogItemNotFoundException">The role names a program this catalog does not hold (a role of another catalog).</exception>
    public IReadOnlyList<TrainingProgram> GetTrainingPrograms(Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return role.Training.ProgramIds
            .Select(id => _programs.TryGetValue(id, out var p) ? p : throw new CatalogItemNotFoundException(CatalogItemKind.TrainingProgram, id, _programs.Keys))
            .ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => $"IceCareers catalog {Version} (as of {AsOf:yyyy-MM-dd}): {Roles.Count} roles, {Sources.Count} sources";

    private static CareerCatalog LoadEmbedded() => CompiledCatalog.Load(typeof(CareerCatalog).Assembly);

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
