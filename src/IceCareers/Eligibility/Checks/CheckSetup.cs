using IceCareers.Provenance;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>What a check needs to know when it is built: the catalog (for source confidence and citations) and the role.</summary>
internal sealed class CheckSetup(CareerCatalog catalog, Role role)
{
    public CareerCatalog Catalog { get; } = catalog;

    public Role Role { get; } = role;

    /// <summary>The highest confidence among <paramref name="sourceIds"/>; <see cref="Confidence.Low"/> when none resolves.</summary>
    public Confidence BestConfidence(IReadOnlyList<string> sourceIds)
    {
        var best = Confidence.Low;
        foreach (var id in sourceIds)
        {
            if (Catalog.TryGetSource(id, out var source) && source.Confidence > best)
            {
                best = source.Confidence;
            }
        }

        return best;
    }

    /// <summary>A warning when everything <paramref name="sourceIds"/> says rests only on medium- or low-confidence sources; else <see langword="null"/>.</summary>
    public string? ConfidenceWarning(string subject, IReadOnlyList<string> sourceIds)
    {
        var best = BestConfidence(sourceIds);
        return best == Confidence.High
            ? null
            : $"{subject}: no source better than {Text.Confidence(best)} confidence supports this ({string.Join(", ", sourceIds.Distinct(StringComparer.Ordinal))}); check before relying on it.";
    }

    /// <summary>The legal citations (e.g. <c>18 U.S.C. 922(g)(9)</c>) among <paramref name="sourceIds"/>.</summary>
    public IReadOnlyList<string> Citations(IReadOnlyList<string> sourceIds)
    {
        var citations = new List<string>();
        foreach (var id in sourceIds)
        {
            if (Catalog.TryGetSource(id, out var source) && source.Citation is { } citation && !citations.Contains(citation))
            {
                citations.Add(citation);
            }
        }

        return citations;
    }
}
