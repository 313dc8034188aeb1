using IceCareers.Internal;

namespace IceCareers.Provenance;

/// <summary>
/// The kebab-case words the documents (data files, profiles) use for the enums of sources. They live beside the enums
/// they name, so a new enum value and its word change in one place; the readers and the JSON contract use them. A
/// contract: see data/README.md.
/// </summary>
internal static class ProvenanceWords
{
    public static readonly Words<SourceKind> SourceKinds = new(
        ("statute", SourceKind.Statute), ("regulation", SourceKind.Regulation), ("agency", SourceKind.Agency),
        ("announcement", SourceKind.Announcement), ("accreditation", SourceKind.Accreditation), ("news", SourceKind.News),
        ("secondary", SourceKind.Secondary), ("seed", SourceKind.Seed), ("editorial", SourceKind.Editorial));

    public static readonly Words<Confidence> Confidences = new(
        ("high", Confidence.High), ("medium", Confidence.Medium), ("low", Confidence.Low));
}
