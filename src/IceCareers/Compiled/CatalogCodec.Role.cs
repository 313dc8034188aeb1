using IceCareers.Roles;
using IceCareers.Training;

namespace IceCareers.Compiled;

/// <summary>Roles and their parts (series, grades, duties, training): one record each.</summary>
internal static partial class CatalogCodec
{
    private static void WriteRole(CompiledCatalogWriter w, Role role)
    {
        w.String(role.Id);
        w.String(role.Title);
        w.Record(role.Summary, WriteSourcedText);
        w.Int((int)role.Directorate);
        w.Strings(role.DirectorateSources);
        w.Record(role.Series, WriteSeries);
        w.Record(role.Grades, WriteGradeRange);
        w.Bool(role.IsLawEnforcement);
        w.Strings(role.LawEnforcementSources);
        w.Int((int)role.Status);
        w.OptionalString(role.SuccessorRoleId);
        w.OptionalString(role.StatusNote);
        w.Strings(role.StatusSources);
        w.Records(role.Duties, WriteDuty);
        w.Strings(role.CaseAreas);
        w.Strings(role.CaseAreaSources);
        w.Records(role.PayNotes, WriteSourcedText);
        w.Strings(role.RequirementIds);
        w.String(role.PipelineId);
        w.Record(role.Training, WriteRoleTraining);
    }

    private static Role ReadRole(CompiledCatalogReader r) => new()
    {
        Id = r.String(),
        Title = r.String(),
        Summary = r.Record(ReadSourcedText),
        Directorate = (Directorate)r.Int(),
        DirectorateSources = r.Strings(),
        Series = r.Record(ReadSeries),
        Grades = r.Record(ReadGradeRange),
        IsLawEnforcement = r.Bool(),
        LawEnforcementSources = r.Strings(),
        Status = (RoleStatus)r.Int(),
        SuccessorRoleId = r.OptionalString(),
        StatusNote = r.OptionalString(),
        StatusSources = r.Strings(),
        Duties = r.Records(ReadDuty),
        CaseAreas = r.Strings(),
        CaseAreaSources = r.Strings(),
        PayNotes = r.Records(ReadSourcedText),
        RequirementIds = r.Strings(),
        PipelineId = r.String(),
        Training = r.Record(ReadRoleTraining),
    };

    private static void WriteSeries(CompiledCatalogWriter w, OccupationalSeries series)
    {
        w.String(series.Code);
        w.String(series.Title);
        w.Strings(series.Sources);
    }

    private static OccupationalSeries ReadSeries(CompiledCatalogReader r) => new() { Code = r.String(), Title = r.String(), Sources = r.Strings() };

    private static void WriteGradeRange(CompiledCatalogWriter w, GradeRange grades)
    {
        w.Records(grades.Entry, WritePayGrade);
        w.Record(grades.FullPerformance, WritePayGrade);
        w.Strings(grades.Sources);
    }

    private static GradeRange ReadGradeRange(CompiledCatalogReader r) => new()
    {
        Entry = r.Records(ReadPayGrade),
        FullPerformance = r.Record(ReadPayGrade),
        Sources = r.Strings(),
    };

    private static void WriteDuty(CompiledCatalogWriter w, Duty duty)
    {
        w.String(duty.Text);
        w.Int((int)duty.Level);
        w.Strings(duty.Sources);
    }

    private static Duty ReadDuty(CompiledCatalogReader r) => new() { Text = r.String(), Level = (DutyLevel)r.Int(), Sources = r.Strings() };

    private static void WriteRoleTraining(CompiledCatalogWriter w, RoleTraining training)
    {
        w.Strings(training.ProgramIds);
        w.OptionalRecord(training.StatedTotal, WriteStatedDuration);
        w.OptionalString(training.Note);
        w.Strings(training.Sources);
    }

    private static RoleTraining ReadRoleTraining(CompiledCatalogReader r) => new()
    {
        ProgramIds = r.Strings(),
        StatedTotal = r.OptionalRecord(ReadStatedDuration),
        Note = r.OptionalString(),
        Sources = r.Strings(),
    };

    private static void WriteStatedDuration(CompiledCatalogWriter w, StatedDuration total)
    {
        w.Decimal(total.Weeks);
        w.Strings(total.Sources);
    }

    private static StatedDuration ReadStatedDuration(CompiledCatalogReader r) => new() { Weeks = r.Decimal(), Sources = r.Strings() };
}
