using IceCareers.Internal;
using IceCareers.Provenance;
using IceCareers.Training;

namespace IceCareers.Roles;

/// <summary>
/// A career at ICE: what it is, where it sits, its grades, duties and pay, and the ids of its requirements, hiring
/// pipeline and training. Look the ids up in the <see cref="CareerCatalog"/> the role came from. Immutable.
/// </summary>
public sealed class Role
{
    private readonly IReadOnlyList<string> _directorateSources = [];
    private readonly IReadOnlyList<string> _lawEnforcementSources = [];
    private readonly IReadOnlyList<string> _statusSources = [];
    private readonly IReadOnlyList<Duty> _duties = [];
    private readonly IReadOnlyList<string> _caseAreas = [];
    private readonly IReadOnlyList<string> _caseAreaSources = [];
    private readonly IReadOnlyList<SourcedText> _payNotes = [];
    private readonly IReadOnlyList<string> _requirementIds = [];

    /// <summary>The role's id, part of the public contract (e.g. <c>hsi-special-agent</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The role's title.</summary>
    public required string Title { get; init; }

    /// <summary>A plain-language summary of the role.</summary>
    public required SourcedText Summary { get; init; }

    /// <summary>The directorate the role belongs to.</summary>
    public required Directorate Directorate { get; init; }

    /// <summary>Ids of the sources for <see cref="Directorate"/>.</summary>
    public required IReadOnlyList<string> DirectorateSources { get => _directorateSources; init => _directorateSources = Frozen.List(value); }

    /// <summary>The OPM occupational series.</summary>
    public required OccupationalSeries Series { get; init; }

    /// <summary>Entry grades and the full-performance grade.</summary>
    public required GradeRange Grades { get; init; }

    /// <summary>Whether the role is an armed law-enforcement position covered by special (6(c)) retirement.</summary>
    public required bool IsLawEnforcement { get; init; }

    /// <summary>Ids of the sources for <see cref="IsLawEnforcement"/>.</summary>
    public required IReadOnlyList<string> LawEnforcementSources { get => _lawEnforcementSources; init => _lawEnforcementSources = Frozen.List(value); }

    /// <summary>Whether ICE still hires into the role.</summary>
    public required RoleStatus Status { get; init; }

    /// <summary>For a legacy role, the id of the role that replaced it.</summary>
    public string? SuccessorRoleId { get; init; }

    /// <summary>A caveat about the role's status or the strength of its sources.</summary>
    public string? StatusNote { get; init; }

    /// <summary>Ids of the sources for <see cref="Status"/>.</summary>
    public required IReadOnlyList<string> StatusSources { get => _statusSources; init => _statusSources = Frozen.List(value); }

    /// <summary>Duty statements, each with its sources.</summary>
    public required IReadOnlyList<Duty> Duties { get => _duties; init => _duties = Frozen.List(value); }

    /// <summary>Kinds of cases the role works (HSI), as kebab-case ids such as <c>child-exploitation</c>; empty when none are listed.</summary>
    public IReadOnlyList<string> CaseAreas { get => _caseAreas; init => _caseAreas = Frozen.List(value); }

    /// <summary>Ids of the sources for <see cref="CaseAreas"/>.</summary>
    public IReadOnlyList<string> CaseAreaSources { get => _caseAreaSources; init => _caseAreaSources = Frozen.List(value); }

    /// <summary>Notes on pay (pay plan, LEAP, AUO, special rates), each with its sources.</summary>
    public required IReadOnlyList<SourcedText> PayNotes { get => _payNotes; init => _payNotes = Frozen.List(value); }

    /// <summary>Ids of the role's requirements, in report order (see <see cref="CareerCatalog.GetRequirements(Role)"/>).</summary>
    public required IReadOnlyList<string> RequirementIds { get => _requirementIds; init => _requirementIds = Frozen.List(value); }

    /// <summary>Id of the role's hiring pipeline (see <see cref="CareerCatalog.GetPipeline(Role)"/>).</summary>
    public required string PipelineId { get; init; }

    /// <summary>The training that follows hiring.</summary>
    public required RoleTraining Training { get; init; }

    /// <summary>Every source id the role's own facts cite, without duplicates, in first-cited order.</summary>
    /// <returns>The source ids.</returns>
    public IReadOnlyList<string> GetSourceIds()
    {
        var all = new List<string>();
        void Add(IEnumerable<string> ids)
        {
            foreach (var id in ids)
            {
                if (!all.Contains(id))
                {
                    all.Add(id);
                }
            }
        }

        Add(Summary.Sources);
        Add(DirectorateSources);
        Add(Series.Sources);
        Add(Grades.Sources);
        Add(LawEnforcementSources);
        Add(StatusSources);
        foreach (var duty in Duties)
        {
            Add(duty.Sources);
        }

        Add(CaseAreaSources);
        foreach (var note in PayNotes)
        {
            Add(note.Sources);
        }

        Add(Training.Sources);
        if (Training.StatedTotal is { } total)
        {
            Add(total.Sources);
        }

        return all.AsReadOnly();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Title} ({Series.Code}, {Grades})";
}
