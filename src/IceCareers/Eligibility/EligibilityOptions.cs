using System.Text.Json.Serialization;

namespace IceCareers.Eligibility;

/// <summary>Settings of an <see cref="EligibilityEvaluator"/>. Immutable.</summary>
public sealed class EligibilityOptions
{
    private readonly TimeProvider _timeProvider = TimeProvider.System;

    /// <summary>How criminal and drug history count when a call does not choose; <see cref="ScreeningPolicy.Strict"/> by default.</summary>
    public ScreeningPolicy Policy { get; init; } = ScreeningPolicy.Strict;

    /// <summary>Gives the evaluation date when a call passes none (its local date); <see cref="TimeProvider.System"/> by default. Not serialized.</summary>
    [JsonIgnore]
    public TimeProvider TimeProvider { get => _timeProvider; init => _timeProvider = value ?? throw new ArgumentNullException(nameof(value)); }

    /// <inheritdoc />
    public override string ToString() => $"policy {Policy}";
}
