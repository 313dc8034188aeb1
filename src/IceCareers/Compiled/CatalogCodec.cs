using IceCareers.Compensation;
using IceCareers.Provenance;
using IceCareers.Roles;

namespace IceCareers.Compiled;

/// <summary>
/// What the compiled catalog holds, type by type: for each model type a <c>Write…</c> and a <c>Read…</c> method side by
/// side (one file per area: <c>CatalogCodec.Role.cs</c> holds the role and its parts), each the mirror of the other,
/// field for field in the same order. To add a field, append it at the end of both and read it behind
/// <see cref="CompiledCatalogReader.More"/> with a default (the rules are at the top of <see cref="CompiledCatalog"/>).
/// Plain static methods and object initialisers: no reflection (the library is AOT-compatible), and little for the JIT
/// to compile at start-up.
/// </summary>
internal static partial class CatalogCodec
{
    /// <summary>Writes every section but the string table (which <see cref="CompiledCatalogWriter"/> adds in front).</summary>
    public static void WriteSections(CompiledCatalogWriter w, CatalogContent catalog)
    {
        w.Section(CompiledCatalog.Sections.Catalog, w =>
        {
            w.String(catalog.Version);
            w.Date(catalog.AsOf);
        });
        // The optional pay section goes before the required ones: a payload cut anywhere then loses a required section
        // and is refused, instead of reading as a file written before the pay section existed.
        w.Section(CompiledCatalog.Sections.Pay, w => w.Record(catalog.Pay?.Value ?? PayData.Empty, WritePayData));
        w.Section(CompiledCatalog.Sections.Sources, w => w.Records(catalog.Sources, WriteSource));
        w.Section(CompiledCatalog.Sections.Roles, w => w.Records(catalog.Roles, WriteRole));
        w.Section(CompiledCatalog.Sections.Requirements, w => w.Records(catalog.Requirements, WriteRequirement));
        w.Section(CompiledCatalog.Sections.Pipelines, w => w.Records(catalog.Pipelines, WritePipeline));
        w.Section(CompiledCatalog.Sections.TrainingPrograms, w => w.Records(catalog.TrainingPrograms, WriteTrainingProgram));
    }

    /// <summary>Reads the sections (the string table is read already) into a catalog.</summary>
    public static CatalogContent ReadSections(CompiledCatalogReader r)
    {
        r.EnterSection(CompiledCatalog.Sections.Catalog);
        var version = r.String();
        var asOf = r.Date();
        r.EnterSection(CompiledCatalog.Sections.Sources);
        var sources = r.Records(ReadSource);
        r.EnterSection(CompiledCatalog.Sections.Roles);
        var roles = r.Records(ReadRole);
        r.EnterSection(CompiledCatalog.Sections.Requirements);
        var requirements = r.Records(ReadRequirement);
        r.EnterSection(CompiledCatalog.Sections.Pipelines);
        var pipelines = r.Records(ReadPipeline);
        r.EnterSection(CompiledCatalog.Sections.TrainingPrograms);
        var programs = r.Records(ReadTrainingProgram);

        // Pay data is read on first use (most programs never estimate pay). A file written before the pay section
        // existed has no pay data: the documented default is none (PayData.Empty), never another source.
        var pay = r.TryEnterSection(CompiledCatalog.Sections.Pay)
            ? r.Later(CompiledCatalog.Sections.Pay, ReadPayData)
            : new Lazy<PayData>(PayData.Empty);
        return new CatalogContent(version, asOf, sources, roles, requirements, pipelines, programs, pay);
    }

    private static void WriteSourcedText(CompiledCatalogWriter w, SourcedText text)
    {
        w.String(text.Text);
        w.Strings(text.Sources);
    }

    private static SourcedText ReadSourcedText(CompiledCatalogReader r) => new() { Text = r.String(), Sources = r.Strings() };

    private static void WritePayGrade(CompiledCatalogWriter w, PayGrade grade)
    {
        w.Int((int)grade.Plan);
        w.Int(grade.Grade);
    }

    private static PayGrade ReadPayGrade(CompiledCatalogReader r) => new((PayPlan)r.Int(), r.Int());

    /// <summary>A dated value: a list of period records (effective from, to, the value, sources, note).</summary>
    private static void WriteDated<T>(CompiledCatalogWriter w, Dated<T> dated, Action<CompiledCatalogWriter, T> value)
    {
        w.Int(dated.Periods.Count);
        foreach (var period in dated.Periods)
        {
            var start = w.BeginRecord();
            w.OptionalDate(period.Effective.From);
            w.OptionalDate(period.Effective.To);
            value(w, period.Value);
            w.Strings(period.Sources);
            w.OptionalString(period.Note);
            w.EndRecord(start);
        }
    }

    private static Dated<T> ReadDated<T>(CompiledCatalogReader r, Func<CompiledCatalogReader, T> value)
    {
        var periods = new DatedValue<T>[r.Count()];
        for (var i = 0; i < periods.Length; i++)
        {
            var outer = r.BeginRecord();
            periods[i] = new DatedValue<T>
            {
                Effective = new Effective(r.OptionalDate(), r.OptionalDate()),
                Value = value(r),
                Sources = r.Strings(),
                Note = r.OptionalString(),
            };
            r.EndRecord(outer);
        }

        return new Dated<T> { Periods = periods };
    }
}
