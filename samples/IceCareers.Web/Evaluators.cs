using IceCareers.Eligibility;

namespace IceCareers.Web;

/// <summary>One evaluator per screening policy, built once (they are immutable and thread-safe) on the app's clock.</summary>
internal sealed class Evaluators(CareerCatalog catalog, TimeProvider time)
{
    private readonly Lazy<EligibilityEvaluator> _strict = new(() => new EligibilityEvaluator(catalog, new EligibilityOptions { Policy = ScreeningPolicy.Strict, TimeProvider = time }));
    private readonly Lazy<EligibilityEvaluator> _suitability = new(() => new EligibilityEvaluator(catalog, new EligibilityOptions { Policy = ScreeningPolicy.Suitability, TimeProvider = time }));

    public EligibilityEvaluator For(ScreeningPolicy policy) => policy == ScreeningPolicy.Suitability ? _suitability.Value : _strict.Value;

    /// <summary>Reads <c>strict</c> or <c>suitability</c> (any case); absent means strict, the library's default.</summary>
    public static bool TryParsePolicy(string? text, out ScreeningPolicy policy)
    {
        policy = ScreeningPolicy.Strict;
        if (text is null || string.Equals(text, "strict", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, "suitability", StringComparison.OrdinalIgnoreCase))
        {
            policy = ScreeningPolicy.Suitability;
            return true;
        }

        return false;
    }
}
