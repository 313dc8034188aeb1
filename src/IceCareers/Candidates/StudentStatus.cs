namespace IceCareers.Candidates;

/// <summary>Whether a person is a student now. Every property is optional; <see langword="null"/> means unknown. Immutable.</summary>
public sealed class StudentStatus
{
    /// <summary>Whether the person is enrolled in a qualifying school or program (Pathways Internship).</summary>
    public bool? Enrolled { get; init; }

    /// <inheritdoc />
    public override string ToString() => "student status";
}
