namespace IceCareers.Candidates;

/// <summary>A candidate's military service. Every property is optional; <see langword="null"/> means unknown. Immutable.</summary>
public sealed class Military
{
    /// <summary>Whether the candidate is a veteran; <see langword="false"/> also means not a preference-eligible veteran.</summary>
    public bool? Veteran { get; init; }

    /// <summary>Whether the candidate is a preference-eligible veteran (5 U.S.C. 2108).</summary>
    public bool? PreferenceEligible { get; init; }

    /// <summary>Months of military service, 0 to 1,200.</summary>
    public int? ServiceMonths { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"veteran: {Known(Veteran)}, preference-eligible: {Known(PreferenceEligible)}";

    private static string Known(bool? value) => value switch { true => "yes", false => "no", null => "unknown" };
}
