namespace IceCareers.Candidates;

/// <summary>
/// One continuous period of military service. Every property is optional; <see langword="null"/> means unknown, except
/// <see cref="End"/>, whose absence on a stated period means the person is still serving. Immutable.
/// </summary>
public sealed class ServicePeriod
{
    /// <summary>The first day of the period.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day of the period; <see langword="null"/> while still serving.</summary>
    public DateOnly? End { get; init; }

    /// <summary>Active duty or active duty for training.</summary>
    public ServiceKind? Kind { get; init; }

    /// <summary>
    /// Whether the person served the full period they were called or ordered to active duty (a reservist's orders), which
    /// meets the 24-month rule of 38 U.S.C. 5303A for a shorter period.
    /// </summary>
    public bool? ServedFullPeriod { get; init; }

    /// <inheritdoc />
    public override string ToString() => End is null ? "service period (open)" : "service period";
}
