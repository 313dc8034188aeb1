using System.Text.Json.Serialization;
using IceCareers.Authoring;
using IceCareers.Authoring.Yaml;
using IceCareers.Compensation;
using IceCareers.Compiled;
using IceCareers.Diagnostics;
using IceCareers.Hiring;
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

    private readonly CatalogContent _content;
    private readonly Lazy<PayData> _pay;

    /// <summary>Creates a catalog from its parts, checking that ids are unique and every reference resolves.</summary>
    /// <param name="version">The semantic version of the data set.</param>
    /// <param name="asOf">The date the data was last reviewed against its sources.</param>
    /// <param name="sources">Every source facts may cite.</param>
    /// <param name="roles">The roles.</param>
    /// <param name="requirements">The requirements the roles reference.</param>
    /// <param name="pipelines">The hiring pipelines the roles reference.</param>
    /// <param name="trainingPrograms">The training programs the roles reference.</param>
    /// <exception cref="ArgumentException">An id is duplicated or a reference does not resolve; the message lists every problem.</exception>
    /// <remarks>A catalog built this way estimates pay with the pay data of <see cref="Default"/> (read on first use).</remarks>
    [JsonConstructor]
    public CareerCatalog(
        string version,
        DateOnly asOf,
        IReadOnlyList<Source> sources,
        IReadOnlyList<Role> roles,
        IReadOnlyList<Requirement> requirements,
        IReadOnlyList<HiringPipeline> pipelines,
        IReadOnlyList<TrainingProgram> trainingPrograms)
        : this(new CatalogContent(version, asOf, sources, roles, requirements, pipelines, trainingPrograms))
    {
    }

    /// <summary>Serves parts a reader produced; parts without pay data take the pay data of <see cref="Default"/> on first use.</summary>
    internal CareerCatalog(CatalogContent content)
    {
        _content = content;
        _pay = content.Pay is { } pay ? Guarded(pay) : new Lazy<PayData>(() => Default.PayData, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The catalog embedded in the assembly, loaded on first use, once, and shared. Throws
    /// <see cref="CatalogLoadException"/> only if the shipped data is broken (a build that tests would have failed).
    /// </summary>
    public static CareerCatalog Default => LazyDefault.Value;

    /// <summary>How <see cref="Default"/> is loaded: on first use, once, whatever the number of threads (the seam its tests use).</summary>
    internal static Lazy<CareerCatalog> LoadOnce(Func<CareerCatalog> load) => new(load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The semantic version of the data set (from <c>version.yaml</c>).</summary>
    public string Version => _content.Version;

    /// <summary>The date the data was last reviewed against its sources.</summary>
    public DateOnly AsOf => _content.AsOf;

    /// <summary>Every source facts may cite, in file order.</summary>
    public IReadOnlyList<Source> Sources => _content.Sources;

    /// <summary>Every role, ordered by id.</summary>
    public IReadOnlyList<Role> Roles => _content.Roles;

    /// <summary>Every requirement, in file order.</summary>
    public IReadOnlyList<Requirement> Requirements => _content.Requirements;

    /// <summary>Every hiring pipeline.</summary>
    public IReadOnlyList<HiringPipeline> Pipelines => _content.Pipelines;

    /// <summary>Every training program.</summary>
    public IReadOnlyList<TrainingProgram> TrainingPrograms => _content.TrainingPrograms;

    /// <summary>Loads a data folder laid out like the embedded one (see data/README.md).</summary>
    /// <param name="path">The folder holding <c>version.yaml</c>, <c>sources.yaml</c>, <c>roles/</c> and the rest.</param>
    /// <returns>The loaded catalog.</returns>
    /// <exception cref="CatalogLoadException">Any problem, all of them listed with file, line and column.</exception>
    public static CareerCatalog LoadDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!Directory.Exists(path))
        {
            throw new CatalogLoadException([Problem.InFile(path, 1, 1, "the data folder does not exist")]);
        }

        var problems = new List<Problem>();
        IReadOnlyList<DataFile> files;
        try
        {
            files = DataFile.FromDirectory(path, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogLoadException([Problem.InFile(path, 1, 1, "cannot list the data folder: " + e.Message)]);
        }

        try
        {
            var content = CatalogReader.Read(files, problems);
            var pay = PayDataReader.Read(files, content);
            return new CareerCatalog(content.WithPay(new Lazy<PayData>(pay)));
        }
        catch (ProblemException e)
        {
            throw Rethrown(e);
        }
    }

    /// <summary>
    /// Reads a compiled catalog (the form <c>eng/compile-data.sh</c> writes and <see cref="Default"/> reads from the
    /// assembly): data a caller compiled from its own YAML, or the shipped file read from elsewhere.
    /// </summary>
    /// <param name="stream">The compiled catalog; read from its current position, not closed.</param>
    /// <returns>The catalog, its pay data read on first use.</returns>
    /// <exception cref="CatalogLoadException">The stream is not a compiled catalog, is of a format this library does not read, or is damaged; the problem says which.</exception>
    public static CareerCatalog FromStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return FromStream(stream, "catalog.bin");
    }

    /// <summary>As <see cref="FromStream(Stream)"/>, naming the file <paramref name="name"/> in problems.</summary>
    internal static CareerCatalog FromStream(Stream stream, string name)
    {
        try
        {
            return new CareerCatalog(CompiledCatalogReader.Read(stream, name));
        }
        catch (ProblemException e)
        {
            throw Rethrown(e);
        }
    }

    /// <summary>The pay tables, locality areas, premiums and incentives (data/pay/); read on first use for the embedded data.</summary>
    /// <exception cref="CatalogLoadException">The embedded pay data is broken (a build that tests would have failed).</exception>
    internal PayData PayData => _pay.Value;

    /// <summary>The parts this catalog serves (with its pay data), for the compiled writer and the tests.</summary>
    internal CatalogContent Content => _content.Pay is null ? _content.WithPay(_pay) : _content;

    /// <summary>Finds a role by id.</summary>
    /// <param name="id">The role id, e.g. <c>deportation-officer</c>.</param>
    /// <returns>The role.</returns>
    /// <exception cref="RoleNotFoundException">No role has that id; the message names the known ids.</exception>
    public Role GetRole(string id) =>
        TryGetRole(id, out var role) ? role : throw new RoleNotFoundException(id ?? "", _content.RolesById.Keys);

    /// <summary>Finds a role by id.</summary>
    /// <param name="id">The role id.</param>
    /// <param name="role">The role, or <see langword="null"/> when none has that id.</param>
    /// <returns><see langword="true"/> when the role exists.</returns>
    public bool TryGetRole(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Role? role)
    {
        role = null;
        return id is not null && _content.RolesById.TryGetValue(id, out role);
    }

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The source id.</param>
    /// <param name="source">The source, or <see langword="null"/> when none has that id.</param>
    /// <returns><see langword="true"/> when the source exists.</returns>
    public bool TryGetSource(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Source? source)
    {
        source = null;
        return id is not null && _content.SourcesById.TryGetValue(id, out source);
    }

    /// <summary>Finds a source by id.</summary>
    /// <param name="id">The source id.</param>
    /// <returns>The source.</returns>
    /// <exception cref="CatalogItemNotFoundException">No source has that id; the message names the known ids.</exception>
    public Source GetSource(string id) =>
        TryGetSource(id, out var source) ? source : throw new CatalogItemNotFoundException(CatalogItemKind.Source, id ?? "", _content.SourcesById.Keys);

    /// <summary>Finds a requirement by id.</summary>
    /// <param name="id">The requirement id.</param>
    /// <param name="requirement">The requirement, or <see langword="null"/> when none has that id.</param>
    /// <returns><see langword="true"/> when the requirement exists.</returns>
    public bool TryGetRequirement(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Requirement? requirement)
    {
        requirement = null;
        return id is not null && _content.RequirementsById.TryGetValue(id, out requirement);
    }

    /// <summary>Finds a requirement by id.</summary>
    /// <param name="id">The requirement id.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="CatalogItemNotFoundException">No requirement has that id; the message names the known ids.</exception>
    public Requirement GetRequirement(string id) =>
        TryGetRequirement(id, out var requirement) ? requirement : throw new CatalogItemNotFoundException(CatalogItemKind.Requirement, id ?? "", _content.RequirementsById.Keys);

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
        return _content.PipelinesById.TryGetValue(role.PipelineId, out var pipeline)
            ? pipeline
            : throw new CatalogItemNotFoundException(CatalogItemKind.Pipeline, role.PipelineId, _content.PipelinesById.Keys);
    }

    /// <summary>The training programs of <paramref name="role"/>, in the order they are taken.</summary>
    /// <param name="role">A role of this catalog.</param>
    /// <returns>The programs (empty for roles without a training program).</returns>
    /// <exception cref="CatalogItemNotFoundException">The role names a program this catalog does not hold (a role of another catalog).</exception>
    public IReadOnlyList<TrainingProgram> GetTrainingPrograms(Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return role.Training.ProgramIds
            .Select(id => _content.ProgramsById.TryGetValue(id, out var p) ? p : throw new CatalogItemNotFoundException(CatalogItemKind.TrainingProgram, id, _content.ProgramsById.Keys))
            .ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => $"IceCareers catalog {Version} (as of {AsOf:yyyy-MM-dd}): {Roles.Count} roles, {Sources.Count} sources";

    private static CareerCatalog LoadEmbedded()
    {
        try
        {
            return new CareerCatalog(CompiledCatalog.Load(typeof(CareerCatalog).Assembly));
        }
        catch (ProblemException e)
        {
            throw Rethrown(e);
        }
    }

    /// <summary>A deferred read (the compiled pay section) that fails the way a load fails.</summary>
    private static Lazy<PayData> Guarded(Lazy<PayData> pay) => pay.IsValueCreated ? pay : new Lazy<PayData>(
        () =>
        {
            try
            {
                return pay.Value;
            }
            catch (ProblemException e)
            {
                throw Rethrown(e);
            }
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The readers' problems as this catalog's exception: the same problems and the same cause.</summary>
    private static CatalogLoadException Rethrown(ProblemException e) =>
        e.InnerException is { } cause ? new CatalogLoadException(e.Problems, cause) : new CatalogLoadException(e.Problems);
}
