using IceCareers.Eligibility.Checks;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Explanations;

/// <summary>
/// The one place where findings become words: reasons, gap descriptions, missing-information texts and confidence
/// warnings, for every rule (one section per rule, in the files <c>ExplanationWriter.*.cs</c>). It decides nothing: every
/// verdict, number and field it names comes from a finding or from the data; it only says them in plain English.
/// Built once per role plan; its texts are written on first read (see <see cref="Check{TFinding}"/>).
/// </summary>
internal sealed partial class ExplanationWriter(CareerCatalog catalog)
{
    public CareerCatalog Catalog { get; } = catalog;

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

    /// <summary>
    /// The warnings every report of <paramref name="role"/> carries: that ICE no longer hires under a legacy title (and
    /// its successor), that the role's existence or its entry grades rest on sources below high confidence.
    /// </summary>
    public string[] RoleWarnings(Role role)
    {
        var warnings = new List<string>();
        if (role.Status == RoleStatus.Legacy)
        {
            warnings.Add($"'{role.Title}' ({role.Id}) is a legacy role: ICE no longer hires under this title"
                + (role.SuccessorRoleId is { } successor ? $"; see '{successor}' instead." : ".")
                + (role.StatusNote is { } note ? " " + note : ""));
        }

        if (ConfidenceWarning($"'{role.Title}' ({role.Id}) as a role ICE hires for", [.. role.Summary.Sources, .. role.StatusSources]) is { } existence)
        {
            warnings.Add(existence + (role.StatusNote is { } note && role.Status != RoleStatus.Legacy ? " " + note : ""));
        }

        if (ConfidenceWarning($"The entry grades of '{role.Title}' ({string.Join(", ", Text.Grades(role.Grades.Entry))})", role.Grades.Sources) is { } grades)
        {
            warnings.Add(grades);
        }

        return [.. warnings];
    }

    /// <summary>The warning of results resting on <paramref name="requirement"/>'s own sources.</summary>
    public string? RequirementWarning(Requirement requirement) =>
        ConfidenceWarning($"The result for '{requirement.Title}' ({requirement.Id})", requirement.Sources);

    /// <summary>The warning of each basis of a rule whose findings rest on the requirement alone.</summary>
    public string?[] Warnings(Requirement requirement) => [RequirementWarning(requirement)];

    /// <summary>The warnings of the grade rule: a review rests on its row's readings but warns as the requirement does.</summary>
    /// <remarks>
    /// The second half is for findings that read a job's grade from its military pay grade (see
    /// <see cref="EducationExperienceCheck.SourcesOf"/>): the same warnings, and that the comparison table is only a guide.
    /// </remarks>
    public string?[] Warnings(EducationExperienceRequirement requirement)
    {
        var warning = RequirementWarning(requirement);
        var military = requirement.MilitaryGrades.SelectMany(m => m.Sources).Distinct(StringComparer.Ordinal).ToList();
        var guide = ConfidenceWarning("A military pay grade was read as a GS grade through a comparison table made for protocol, not for qualification, which is only a guide", military)
            ?? "A military pay grade was read as a GS grade through a comparison table made for protocol, not for qualification, which is only a guide.";
        var read = warning is null ? guide : $"{warning} {guide}";
        var bases = requirement.Grades.Count + 1;
        return [.. Enumerable.Repeat(warning, bases), .. Enumerable.Repeat(read, bases)];
    }

    /// <summary>The warnings of a dated rule: the requirement's, then each period's.</summary>
    public string?[] Warnings<T>(Requirement requirement, string rule, IReadOnlyList<DatedValue<T>> periods) =>
        [RequirementWarning(requirement), .. periods.Select(p => ConfidenceWarning($"The {rule} rule {Text.When(p.Effective)} for '{requirement.Title}' ({requirement.Id})", p.Sources))];

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

    /// <summary>A rule's text for "only medium or low sources support this", or empty when a high-confidence source does.</summary>
    private string ConfidenceNote(IReadOnlyList<string> sourceIds)
    {
        var confidence = BestConfidence(sourceIds);
        return confidence == Confidence.High ? "" : $" (this rule rests only on {Text.Confidence(confidence)}-confidence sources)";
    }
}
