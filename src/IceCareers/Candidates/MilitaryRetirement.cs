namespace IceCareers.Candidates;

/// <summary>Retirement from the armed forces. Every property is optional; <see langword="null"/> means unknown. Immutable.</summary>
public sealed class MilitaryRetirement
{
    /// <summary>The pay grade at retirement.</summary>
    public MilitaryPayGrade? PayGrade { get; init; }

    /// <inheritdoc />
    public override string ToString() => "military retirement";
}
