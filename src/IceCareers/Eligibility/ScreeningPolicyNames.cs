namespace IceCareers.Eligibility;

/// <summary>
/// The words for <see cref="ScreeningPolicy"/> that people type and documents carry — <c>strict</c> and
/// <c>suitability</c> — so that the CLI, web APIs and configuration files read and write them the same way.
/// </summary>
public static class ScreeningPolicyNames
{
    /// <summary>The word for <see cref="ScreeningPolicy.Strict"/>.</summary>
    public const string Strict = "strict";

    /// <summary>The word for <see cref="ScreeningPolicy.Suitability"/>.</summary>
    public const string Suitability = "suitability";

    /// <summary>Every word, in the order of the enum.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly([Strict, Suitability]);

    /// <summary>The word for <paramref name="policy"/>.</summary>
    /// <param name="policy">A defined policy.</param>
    /// <returns><c>strict</c> or <c>suitability</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="policy"/> is not a defined value.</exception>
    public static string ToName(ScreeningPolicy policy) => policy switch
    {
        ScreeningPolicy.Strict => Strict,
        ScreeningPolicy.Suitability => Suitability,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Not a screening policy."),
    };

    /// <summary>Reads a policy word, ignoring case and surrounding white space.</summary>
    /// <param name="text">The word, e.g. <c>Suitability</c>.</param>
    /// <param name="policy">The policy; <see cref="ScreeningPolicy.Strict"/> when the word is not known.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is one of <see cref="All"/>.</returns>
    public static bool TryParse(string? text, out ScreeningPolicy policy)
    {
        policy = ScreeningPolicy.Strict;
        var word = text?.Trim();
        if (string.Equals(word, Strict, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(word, Suitability, StringComparison.OrdinalIgnoreCase))
        {
            policy = ScreeningPolicy.Suitability;
            return true;
        }

        return false;
    }

    /// <summary>Reads a policy word, ignoring case and surrounding white space.</summary>
    /// <param name="text">The word.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a policy word; the message names the words that are.</exception>
    public static ScreeningPolicy Parse(string text) =>
        TryParse(text, out var policy)
            ? policy
            : throw new ArgumentException($"Unknown screening policy '{text}'. Expected one of: {string.Join(", ", All)}.", nameof(text));
}
