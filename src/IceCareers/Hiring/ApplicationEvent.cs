namespace IceCareers.Hiring;

/// <summary>One move in an application's history: what happened, at which stage, on which date. Immutable.</summary>
public sealed class ApplicationEvent
{
    /// <summary>What happened.</summary>
    public required ApplicationMove Move { get; init; }

    /// <summary>The stage the move happened at: the stage entered (<see cref="ApplicationMove.Started"/>,
    /// <see cref="ApplicationMove.Advanced"/>) or the stage where the application ended.</summary>
    public required string StageId { get; init; }

    /// <summary>The date of the move.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Why the application failed, for <see cref="ApplicationMove.Failed"/>.</summary>
    public string? Reason { get; init; }

    /// <inheritdoc />
    public override string ToString() => FormattableString.Invariant($"{Date:yyyy-MM-dd} {Move} {StageId}{(Reason is null ? "" : ": " + Reason)}");
}
