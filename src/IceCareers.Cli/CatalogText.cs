using System.Globalization;
using IceCareers.Careers;
using IceCareers.Hiring;
using IceCareers.Roles;

namespace IceCareers.Cli;

/// <summary>The human-readable views of the catalog: the roles table, one role, its pipeline and its training.</summary>
internal sealed class CatalogText(CareerCatalog catalog, TextWriter output)
{
    public void Roles()
    {
        var table = new TextTable("ROLE-ID", "SERIES", "GRADES", "DIRECTORATE", "STATUS", "TITLE");
        foreach (var role in catalog.Roles)
        {
            table.Add(role.Id, role.Series.Code, role.Grades.ToString(), DirectorateShort(role.Directorate), Text.Words(role.Status), role.Title);
        }

        table.Write(output);
        output.WriteLine();
        Text.Paragraph(output, string.Create(CultureInfo.InvariantCulture, $"{catalog.Roles.Count} roles · data {catalog.Version} as of {Text.Date(catalog.AsOf)} · details: icecareers role ROLE-ID"), "  ", "");
    }

    public void Role(Role role)
    {
        var sources = new SourceList(catalog);
        Text.Paragraph(output, $"{role.Title} [{role.Id}]", "  ", "");
        output.WriteLine();
        var facts = new TextTable("FACT", "VALUE");
        facts.Add("Directorate", Cited(DirectorateLong(role.Directorate), sources.Cite(role.DirectorateSources)));
        facts.Add("Series", Cited(role.Series.ToString(), sources.Cite(role.Series.Sources)));
        facts.Add("Grades", Cited($"entry {string.Join(" or ", role.Grades.Entry)}; full performance {role.Grades.FullPerformance}", sources.Cite(role.Grades.Sources)));
        facts.Add("Law enforcement", Cited(role.IsLawEnforcement ? "yes: armed, covered by special (6(c)) retirement" : "no", sources.Cite(role.LawEnforcementSources)));
        var status = Text.Words(role.Status);
        if (role.SuccessorRoleId is { } successor)
        {
            status += $"; replaced by {successor}";
        }

        if (role.StatusNote is { } note)
        {
            status += $". {note}";
        }

        facts.Add("Status", Cited(status, sources.Cite(role.StatusSources)));
        if (role.CaseAreas.Count > 0)
        {
            facts.Add("Case areas", Cited(string.Join(", ", role.CaseAreas), sources.Cite(role.CaseAreaSources)));
        }

        facts.Add("Hiring", $"{catalog.GetPipeline(role).Name} (icecareers pipeline {role.Id})");
        var programs = catalog.GetTrainingPrograms(role);
        var training = programs.Count == 0 ? "no training program listed" : string.Join("; then ", programs.Select(p => p.Name));
        if (role.Training.StatedTotal is { } stated)
        {
            training += Cited($"; ICE states {Text.Number(stated.Weeks)} weeks in all", sources.Cite(stated.Sources));
        }

        facts.Add("Training", training + (programs.Count == 0 ? "" : $" (icecareers training {role.Id})"));
        facts.Write(output);

        Section("Summary");
        Text.Paragraph(output, Cited(role.Summary.Text, sources.Cite(role.Summary.Sources)), "  ");

        Section("Duties");
        foreach (var duty in role.Duties)
        {
            Text.Bullet(output, Cited($"{duty.Text} ({Text.Words(duty.Level).ToLowerInvariant()})", sources.Cite(duty.Sources)));
        }

        if (role.PayNotes.Count > 0)
        {
            Section("Pay");
            foreach (var pay in role.PayNotes)
            {
                Text.Bullet(output, Cited(pay.Text, sources.Cite(pay.Sources)));
            }
        }

        if (role.Training.Note is { } trainingNote)
        {
            Section("Training note");
            Text.Paragraph(output, Cited(trainingNote, sources.Cite(role.Training.Sources)), "  ");
        }

        Section("Requirements");
        var requirements = new TextTable("CATEGORY", "REQUIREMENT-ID", "TITLE");
        foreach (var requirement in catalog.GetRequirements(role))
        {
            requirements.Add(Text.Words(requirement.Category), requirement.Id, Cited(requirement.Title, sources.Cite(requirement.Sources)));
        }

        requirements.Write(output, "  ");
        output.WriteLine();
        Text.Paragraph(output, "Check a candidate: icecareers check --profile FILE --role " + role.Id, "  ", "");
        sources.Write(output);
    }

    public void Pipeline(Role role, HiringPipeline pipeline)
    {
        var sources = new SourceList(catalog);
        Text.Paragraph(output, Cited($"{pipeline.Name} [{pipeline.Id}], for {role.Title} [{role.Id}]", sources.Cite(pipeline.Sources)), "  ", "");
        output.WriteLine();
        var table = new TextTable("#", "STAGE:24", "DAYS", "WHAT IS CHECKED");
        for (var i = 0; i < pipeline.Stages.Count; i++)
        {
            var stage = pipeline.Stages[i];
            var cited = stage.Sources.Concat(stage.Duration?.Sources ?? []);
            table.Add(Text.Number(i + 1), stage.Name, Days(stage.Duration), Cited(stage.Checks, sources.Cite(cited)));
        }

        table.Write(output);
        var known = pipeline.Stages.Where(s => s.Duration is not null).ToArray();
        if (known.Length == pipeline.Stages.Count && known.Length > 0)
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Typical total: {known.Sum(s => s.Duration!.MinDays)} to {known.Sum(s => s.Duration!.MaxDays)} days."));
        }

        Section("How each stage can end the application");
        for (var i = 0; i < pipeline.Stages.Count; i++)
        {
            var stage = pipeline.Stages[i];
            Text.Paragraph(output, string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {stage.Name}"), "     ", "  ");
            foreach (var failure in stage.Failures)
            {
                Text.Bullet(output, failure, "     ");
            }
        }

        sources.Write(output);
    }

    public void Training(Role role, TrainingPlan plan, IReadOnlyList<ScheduledProgram> schedule, DateOnly start)
    {
        var sources = new SourceList(catalog);
        Text.Paragraph(output, $"Training for {role.Title} [{role.Id}], starting {Text.Date(start)}", "  ", "");
        output.WriteLine();
        if (plan.Programs.Count == 0)
        {
            output.WriteLine("No training program is listed for this role.");
        }
        else
        {
            var table = new TextTable("PROGRAM:34", "LENGTH", "START", "END", "WHERE");
            for (var i = 0; i < plan.Programs.Count; i++)
            {
                var program = plan.Programs[i];
                table.Add(
                    program.Name,
                    Cited(Length(program), sources.Cite(program.LengthSources)),
                    Text.Date(schedule[i].Start),
                    Text.Date(schedule[i].End),
                    program.Location is { } location ? $"{program.Provider}, {location}" : program.Provider);
            }

            table.Write(output);
            output.WriteLine();
            var total = plan.TotalTrainingDays is { } days ? string.Create(CultureInfo.InvariantCulture, $"{days} training days; ") : "";
            Text.Paragraph(output, $"Total: {total}expected end {Text.Date(schedule[^1].End)}.", "  ", "");
        }

        if (plan.StatedTotal is { } stated)
        {
            Text.Paragraph(output, Cited($"ICE states the whole training as {Text.Number(stated.Weeks)} weeks.", sources.Cite(stated.Sources)), "  ", "");
        }

        if (role.Training.Note is { } note)
        {
            Section("Note");
            Text.Paragraph(output, Cited(note, sources.Cite(role.Training.Sources)), "  ");
        }

        if (plan.Programs.Count > 0)
        {
            var programs = catalog.GetTrainingPrograms(role).ToDictionary(p => p.Id, StringComparer.Ordinal);
            Section("If a program is failed");
            foreach (var program in plan.Programs)
            {
                var cited = programs.TryGetValue(program.ProgramId, out var full) ? sources.Cite(full.Failure.Sources) : "";
                Text.Bullet(output, Cited($"{program.Name}: {program.Failure}", cited));
                if (program.Note is { } programNote)
                {
                    Text.Paragraph(output, programNote, "    ");
                }
            }
        }

        sources.Write(output);
    }

    internal static string DirectorateShort(Directorate directorate) => directorate switch
    {
        Directorate.EnforcementAndRemovalOperations => "ERO",
        Directorate.HomelandSecurityInvestigations => "HSI",
        Directorate.HsiIntelligence => "HSI Intelligence",
        Directorate.ManagementAndAdministration => "M&A",
        _ => directorate.ToString(),
    };

    internal static string DirectorateLong(Directorate directorate) => directorate switch
    {
        Directorate.EnforcementAndRemovalOperations => "Enforcement and Removal Operations (ERO)",
        Directorate.HomelandSecurityInvestigations => "Homeland Security Investigations (HSI)",
        Directorate.HsiIntelligence => "HSI Intelligence",
        Directorate.ManagementAndAdministration => "Management and Administration (M&A)",
        _ => directorate.ToString(),
    };

    private static string Days(StageDuration? duration) => duration switch
    {
        null => "?",
        { MinDays: var min, MaxDays: var max } when min == max => Text.Number(min),
        { MinDays: var min, MaxDays: var max } => string.Create(CultureInfo.InvariantCulture, $"{min}–{max}"),
    };

    private static string Length(PlannedProgram program)
    {
        if (program.TrainingDays is { } days)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{days} days ({program.DaysPerWeek}/week)");
        }

        return program.Weeks is { } weeks ? $"{Text.Number(weeks)} weeks" : "?";
    }

    private static string Cited(string text, string citation) => citation.Length == 0 ? text : $"{text} {citation}";

    private void Section(string title)
    {
        output.WriteLine();
        output.WriteLine(title);
    }
}
