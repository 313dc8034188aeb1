namespace IceCareers.Requirements;

/// <summary>What a record leads to under each screening policy. Immutable.</summary>
public sealed class HistoryPolicies
{
    /// <summary>The response under the strict policy (the seed's rule, echoed by officials in 2025).</summary>
    public required HistoryResponse Strict { get; init; }

    /// <summary>The response under the suitability policy (5 CFR 731.202 whole-person review).</summary>
    public required HistoryResponse Suitability { get; init; }
}
