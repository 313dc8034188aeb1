namespace IceCareers.Candidates;

/// <summary>A discharge or release from active duty. Every property is optional; <see langword="null"/> means unknown. Immutable.</summary>
public sealed class Discharge
{
    /// <summary>The character of service.</summary>
    public DischargeCharacter? Character { get; init; }

    /// <summary>The date of the discharge or release.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The reason for it.</summary>
    public DischargeReason? Reason { get; init; }

    /// <inheritdoc />
    public override string ToString() => "discharge";
}
