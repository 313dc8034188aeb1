using System.Globalization;

namespace IceCareers.Provenance;

/// <summary>A citation that facts in the catalog rest on. Immutable.</summary>
public sealed class Source
{
    /// <summary>The unique id facts use to cite this source, e.g. <c>ice-careers-faq</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The document's title.</summary>
    public required string Title { get; init; }

    /// <summary>Who published the document: the original publisher, never the site a copy was read on (see <see cref="Via"/>).</summary>
    public required string Publisher { get; init; }

    /// <summary>
    /// The publisher's own address for the document; <see langword="null"/> for seed and editorial sources and when only
    /// a copy elsewhere was found (then <see cref="Via"/> holds that copy's address).
    /// </summary>
    public string? Url { get; init; }

    /// <summary>
    /// The address actually read when it is not the publisher's own: a mirror, reprint or archive copy on another site;
    /// <see langword="null"/> when the document was read at <see cref="Url"/>.
    /// </summary>
    public string? Via { get; init; }

    /// <summary>A legal citation such as <c>5 U.S.C. 3328</c>, when the source is a statute or regulation.</summary>
    public string? Citation { get; init; }

    /// <summary>The kind of document.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>The publication date as the source shows it (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>); <see langword="null"/> when undated.</summary>
    public string? Published { get; init; }

    /// <summary>When the copy that was read was retrieved, where known.</summary>
    public DateOnly? Retrieved { get; init; }

    /// <summary>How far the source can be trusted.</summary>
    public required Confidence Confidence { get; init; }

    /// <summary>Caveats: undated page, mirror of another document, conflicting figures.</summary>
    public string? Note { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} ({Kind}, {Confidence}): {Title}");
}
