using IceCareers.Eligibility;

namespace IceCareers.Cli;

/// <summary>
/// The human-readable eligibility reports: for several, a summary table first; then each report in full
/// (outcome, grades, every requirement's verdict and reason, gaps, missing information, warnings); then the
/// numbered sources the reasons cite.
/// </summary>
internal sealed class ReportText(CareerCatalog catalog, TextWriter output)
{
    public void Reports(IReadOnlyList<EligibilityReport> reports, bool summary)
    {
        var sources = new SourceList(catalog);
        if (reports.Count > 0)
        {
            Text.Paragraph(output, Context(reports[0]), "  ", "");
            output.WriteLine();
        }

        if (summary)
        {
            var table = new TextTable("ROLE-ID", "OUTCOME", "HIGHEST GRADE", "GAPS", "TITLE");
            foreach (var report in reports)
            {
                table.Add(report.RoleId, Outcome(report.Outcome), report.HighestQualifyingGrade?.ToString() ?? "-", Text.Number(report.Gaps.Count), report.RoleTitle);
            }

            table.Write(output);
        }

        for (var i = 0; i < reports.Count; i++)
        {
            if (summary)
            {
                output.WriteLine();
                output.WriteLine(Text.Rule);
            }
            else if (i > 0)
            {
                output.WriteLine();
            }

            Report(reports[i], sources);
        }

        sources.Write(output);
    }

    private static string Outcome(Outcome outcome) => Text.Words(outcome).ToUpperInvariant();

    private static string Context(EligibilityReport report) =>
        $"As of {Text.Date(report.AsOf)} · {Text.Words(report.Policy).ToLowerInvariant()} policy · data {report.DataVersion}";

    private void Report(EligibilityReport report, SourceList sources)
    {
        Text.Paragraph(output, $"{report.RoleTitle} [{report.RoleId}]: {Outcome(report.Outcome)}", "  ", "");
        if (report.QualifyingGrades.Count > 0)
        {
            Text.Paragraph(output, $"Qualifies at {string.Join(", ", report.QualifyingGrades)} (highest {report.HighestQualifyingGrade})", "  ", "");
        }

        output.WriteLine();
        var table = new TextTable("VERDICT", "REQUIREMENT:30", "REASON");
        foreach (var result in report.Results)
        {
            var citation = sources.Cite(result.Sources);
            table.Add(Text.Words(result.Verdict).ToLowerInvariant(), result.Title, citation.Length == 0 ? result.Reason : $"{result.Reason} {citation}");
        }

        table.Write(output);

        if (report.Gaps.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Gaps: what would change the answer");
            foreach (var gap in report.Gaps)
            {
                var when = gap.EarliestDate is { } date ? $"earliest {Text.Date(date)}; " : "";
                var fix = gap.IsRemediable ? "can be closed" : "cannot be closed";
                Text.Bullet(output, $"{gap.Description} ({when}{fix}; {gap.RequirementId})");
            }
        }

        if (report.MissingInformation.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Missing information");
            foreach (var missing in report.MissingInformation)
            {
                Text.Bullet(output, missing);
            }
        }

        if (report.Warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Warnings");
            foreach (var warning in report.Warnings)
            {
                Text.Bullet(output, warning);
            }
        }
    }
}
