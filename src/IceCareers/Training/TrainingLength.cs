namespace IceCareers.Training;

/// <summary>How long a training program lasts. At least one of <see cref="TrainingDays"/> and <see cref="Weeks"/> is set. Immutable.</summary>
public sealed class TrainingLength
{
    /// <summary>Training (instructional) days, where the source counts them.</summary>
    public int? TrainingDays { get; init; }

    /// <summary>Calendar weeks, where the source states them.</summary>
    public decimal? Weeks { get; init; }

    /// <summary>Training days per week, where the source says (5 unless a source says otherwise).</summary>
    public int? DaysPerWeek { get; init; }
}
