using IceCareers.Candidates;
using IceCareers.Training;

namespace IceCareers.Compiled;

/// <summary>Training programs and their parts: one record each.</summary>
internal static partial class CatalogCodec
{
    private static void WriteTrainingProgram(CompiledCatalogWriter w, TrainingProgram program)
    {
        w.String(program.Id);
        w.String(program.Name);
        w.String(program.Provider);
        w.OptionalString(program.Location);
        w.OptionalString(program.Description);
        WriteDated(w, program.Length, WriteTrainingLength);
        w.Bool(program.Required is not null);
        if (program.Required is not null)
        {
            WriteDated(w, program.Required, WriteRequired);
        }

        w.OptionalRecord(program.TestOut, WriteLanguageTestOut);
        w.Record(program.Failure, WriteSourcedText);
        w.Strings(program.Sources);
    }

    private static TrainingProgram ReadTrainingProgram(CompiledCatalogReader r) => new()
    {
        Id = r.String(),
        Name = r.String(),
        Provider = r.String(),
        Location = r.OptionalString(),
        Description = r.OptionalString(),
        Length = ReadDated(r, ReadTrainingLength),
        Required = r.Bool() ? ReadDated(r, ReadRequired) : null,
        TestOut = r.OptionalRecord(ReadLanguageTestOut),
        Failure = r.Record(ReadSourcedText),
        Sources = r.Strings(),
    };

    private static void WriteRequired(CompiledCatalogWriter w, bool required) => w.Bool(required);

    private static bool ReadRequired(CompiledCatalogReader r) => r.Bool();

    private static void WriteTrainingLength(CompiledCatalogWriter w, TrainingLength length)
    {
        w.OptionalInt(length.TrainingDays);
        w.OptionalDecimal(length.Weeks);
        w.OptionalInt(length.DaysPerWeek);
    }

    private static TrainingLength ReadTrainingLength(CompiledCatalogReader r) => new()
    {
        TrainingDays = r.OptionalInt(),
        Weeks = r.OptionalDecimal(),
        DaysPerWeek = r.OptionalInt(),
    };

    private static void WriteLanguageTestOut(CompiledCatalogWriter w, LanguageTestOut testOut)
    {
        w.String(testOut.Language);
        w.Int((int)testOut.Proficiency);
        w.Strings(testOut.Sources);
    }

    private static LanguageTestOut ReadLanguageTestOut(CompiledCatalogReader r) => new()
    {
        Language = r.String(),
        Proficiency = (LanguageProficiency)r.Int(),
        Sources = r.Strings(),
    };
}
