using IceCareers.Internal;

namespace IceCareers.Candidates;

/// <summary>
/// A candidate's military service. Every property is optional; <see langword="null"/> means unknown, while an empty list
/// or <see langword="false"/> is a statement. Veterans' preference and the veterans' hiring paths are decided from the
/// facts (<see cref="Periods"/>, <see cref="Discharge"/>, <see cref="Disability"/> …), never from
/// <see cref="PreferenceEligible"/>. Immutable.
/// </summary>
public sealed class Military
{
    private readonly IReadOnlyList<ServicePeriod>? _periods;
    private readonly IReadOnlyList<string>? _campaignMedals;

    /// <summary>Whether the candidate is a veteran; <see langword="false"/> also means not a preference-eligible veteran.</summary>
    public bool? Veteran { get; init; }

    /// <summary>Whether the candidate is a preference-eligible veteran (5 U.S.C. 2108).</summary>
    public bool? PreferenceEligible { get; init; }

    /// <summary>Months of military service, 0 to 1,200.</summary>
    public int? ServiceMonths { get; init; }

    /// <summary>Periods of active duty and active duty for training; empty for none, <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<ServicePeriod>? Periods { get => _periods; init => _periods = Frozen.ListOrNull(value); }

    /// <summary>The discharge or release from active duty (the last one).</summary>
    public Discharge? Discharge { get; init; }

    /// <summary>The expected date of discharge or release while still serving (the 120-day certification of 5 U.S.C. 2108a).</summary>
    public DateOnly? ExpectedRelease { get; init; }

    /// <summary>Campaign badges and expeditionary medals received, by name; empty for none, <see langword="null"/> when unknown.</summary>
    public IReadOnlyList<string>? CampaignMedals { get => _campaignMedals; init => _campaignMedals = Frozen.ListOrNull(value); }

    /// <summary>Whether the person received the Purple Heart.</summary>
    public bool? PurpleHeart { get; init; }

    /// <summary>The service-connected disability rating, or <see cref="ServiceDisability.None"/>.</summary>
    public ServiceDisability? Disability { get; init; }

    /// <summary>Retirement from the armed forces, when the person retired.</summary>
    public MilitaryRetirement? Retired { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"veteran: {Known(Veteran)}, preference-eligible: {Known(PreferenceEligible)}";

    private static string Known(bool? value) => value switch { true => "yes", false => "no", null => "unknown" };
}
