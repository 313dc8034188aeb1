using IceCareers.Provenance;

namespace IceCareers.Compiled;

/// <summary>Sources: one record each.</summary>
internal static partial class CatalogCodec
{
    private static void WriteSource(CompiledCatalogWriter w, Source source)
    {
        w.String(source.Id);
        w.String(source.Title);
        w.String(source.Publisher);
        w.OptionalString(source.Url);
        w.OptionalString(source.Via);
        w.OptionalString(source.Citation);
        w.Int((int)source.Kind);
        w.OptionalString(source.Published);
        w.OptionalDate(source.Retrieved);
        w.Int((int)source.Confidence);
        w.OptionalString(source.Note);
    }

    private static Source ReadSource(CompiledCatalogReader r) => new()
    {
        Id = r.String(),
        Title = r.String(),
        Publisher = r.String(),
        Url = r.OptionalString(),
        Via = r.OptionalString(),
        Citation = r.OptionalString(),
        Kind = (SourceKind)r.Int(),
        Published = r.OptionalString(),
        Retrieved = r.OptionalDate(),
        Confidence = (Confidence)r.Int(),
        Note = r.OptionalString(),
    };
}
