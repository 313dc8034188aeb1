using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IceCareers.Build;

/// <summary>
/// Suppresses CS1591 (missing XML comment) and RS0041 (oblivious reference types) in source-generated files (*.g.cs):
/// YamlDotNet's static context and System.Text.Json's context must be public, and their generators emit
/// undocumented, nullable-oblivious members that would otherwise fail a warnings-as-errors build.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedCodeSuppressor : DiagnosticSuppressor
{
    private const string GeneratedSuffix = ".g.cs";

    private static readonly SuppressionDescriptor MissingDocs = new("ICEGEN001", "CS1591", "Generated serializer contexts cannot carry XML comments.");
    private static readonly SuppressionDescriptor Oblivious = new("ICEGEN002", "RS0041", "Generated serializer contexts are not nullable-annotated.");

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ImmutableArray.Create(MissingDocs, Oblivious);

    /// <inheritdoc />
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            var path = diagnostic.Location.SourceTree?.FilePath;
            if (path is null || !path.EndsWith(GeneratedSuffix, System.StringComparison.Ordinal))
            {
                continue;
            }

            var descriptor = diagnostic.Id == "CS1591" ? MissingDocs : diagnostic.Id == "RS0041" ? Oblivious : null;
            if (descriptor is not null)
            {
                context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
            }
        }
    }
}
