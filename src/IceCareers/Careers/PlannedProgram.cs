using IceCareers.Internal;

namespace IceCareers.Careers;

/// <summary>One program of a <see cref="TrainingPlan"/>, with the length in force on the plan's date. Immutable.</summary>
public sealed class PlannedProgram
{
    private readonly IReadOnlyList<string> _lengthSources = [];

    /// <summary>The program's id.</summary>
    public required string ProgramId { get; init; }

    /// <summary>The program's name.</summary>
    public required string Name { get; init; }

    /// <summary>Who runs it.</summary>
    public required string Provider { get; init; }

    /// <summary>Where it is held, where a source says.</summary>
    public string? Location { get; init; }

    /// <summary>Training days, where the source counts them.</summary>
    public int? TrainingDays { get; init; }

    /// <summary>Calendar weeks, where the source states them.</summary>
    public decimal? Weeks { get; init; }

    /// <summary>Training days per week used to turn days into dates (5 unless the data says otherwise).</summary>
    public required int DaysPerWeek { get; init; }

    /// <summary>What failing the program means.</summary>
    public required string Failure { get; init; }

    /// <summary>Ids of the sources for the length used.</summary>
    public required IReadOnlyList<string> LengthSources { get => _lengthSources; init => _lengthSources = Frozen.List(value); }

    /// <summary>A caveat, e.g. that a course is skipped when the trainee tests out.</summary>
    public string? Note { get; init; }
}
