using IceCareers.Candidates;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>A role's requirement checks and role-level warnings, prepared once so that an evaluation only judges the profile.</summary>
internal sealed class RolePlan
{
    private readonly RequirementCheck[] _checks;
    private readonly string[] _roleWarnings;

    public RolePlan(CareerCatalog catalog, Role role)
    {
        Role = role;
        var setup = new CheckSetup(catalog, role);
        _checks = catalog.GetRequirements(role).Select(r => Create(r, setup)).ToArray();
        var warnings = new List<string>();
        if (role.Status == RoleStatus.Legacy)
        {
            warnings.Add($"'{role.Title}' ({role.Id}) is a legacy role: ICE no longer hires under this title"
                + (role.SuccessorRoleId is { } successor ? $"; see '{successor}' instead." : ".")
                + (role.StatusNote is { } note ? " " + note : ""));
        }

        if (setup.ConfidenceWarning($"'{role.Title}' ({role.Id}) as a role ICE hires for", [.. role.Summary.Sources, .. role.StatusSources]) is { } existence)
        {
            warnings.Add(existence + (role.StatusNote is { } note && role.Status != RoleStatus.Legacy ? " " + note : ""));
        }

        if (setup.ConfidenceWarning($"The entry grades of '{role.Title}' ({string.Join(", ", Text.Grades(role.Grades.Entry))})", role.Grades.Sources) is { } grades)
        {
            warnings.Add(grades);
        }

        _roleWarnings = warnings.ToArray();
    }

    public Role Role { get; }

    /// <summary>What the role's education-and-experience requirement asks for at <paramref name="grade"/>, in words; <see langword="null"/> when it has no row for it.</summary>
    public string? GradeNeeds(PayGrade grade)
    {
        foreach (var check in _checks)
        {
            if (check is EducationExperienceCheck education && education.NeedsAt(grade) is { } needs)
            {
                return needs;
            }
        }

        return null;
    }

    public EligibilityReport Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, string dataVersion)
    {
        var scratch = EvaluationScratch.Rent();
        var results = new RequirementResult[_checks.Length];
        bool notMet = false, review = false, unknown = false;
        IReadOnlyList<PayGrade> qualifyingGrades = [];
        PayGrade? highestQualifyingGrade = null;
        for (var i = 0; i < _checks.Length; i++)
        {
            var outcome = _checks[i].Evaluate(profile, asOf, policy, scratch);
            var result = outcome.Result;
            results[i] = result;
            if (outcome.Gap is { } gap)
            {
                scratch.Gaps.Add(gap);
            }

            if (outcome.QualifyingGrades is { } grades)
            {
                (qualifyingGrades, highestQualifyingGrade) = (grades, outcome.HighestQualifyingGrade);
            }

            if (outcome.Warning is { } warning)
            {
                scratch.Warnings.Add(warning);
            }

            var missing = result.MissingInformation;
            for (var m = 0; m < missing.Count; m++)
            {
                scratch.Missing.Add(missing[m]);
            }

            if (result.Category != RequirementCategory.Advisory)
            {
                switch (result.Verdict)
                {
                    case Verdict.NotMet:
                        notMet = true;
                        break;
                    case Verdict.NeedsReview:
                        review = true;
                        break;
                    case Verdict.Unknown:
                        unknown = true;
                        break;
                }
            }
        }

        if (scratch.MissingTruncated || scratch.Missing.Truncated)
        {
            scratch.Warnings.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The profile leaves more fields unstated than a report names (at most {EvaluationScratch.MaxMissingListed}); state those listed and evaluate again to see the rest."));
        }

        var outcomeOfReport = notMet ? Outcome.Ineligible : review ? Outcome.NeedsReview : unknown ? Outcome.Incomplete : Outcome.Eligible;
        var warnings = _roleWarnings;
        if (scratch.Warnings.Count > 0)
        {
            warnings = new string[_roleWarnings.Length + scratch.Warnings.Count];
            _roleWarnings.CopyTo(warnings, 0);
            scratch.Warnings.CopyTo(warnings, _roleWarnings.Length);
        }
        else if (warnings.Length > 0)
        {
            warnings = (string[])warnings.Clone();
        }

        return new EligibilityReport(
            Role,
            outcomeOfReport,
            results,
            qualifyingGrades,
            highestQualifyingGrade,
            scratch.Gaps.Count == 0 ? [] : scratch.Gaps.ToArray(),
            scratch.Missing.Count == 0 ? [] : scratch.Missing.ToArray(),
            warnings,
            dataVersion,
            asOf,
            policy);
    }

    private static RequirementCheck Create(Requirement requirement, CheckSetup setup) => requirement switch
    {
        CitizenshipRequirement r => new CitizenshipCheck(r, setup),
        AgeRequirement r => new AgeCheck(r, setup),
        EducationExperienceRequirement r => new EducationExperienceCheck(r, setup),
        DriversLicenseRequirement r => new DriversLicenseCheck(r, setup),
        SelectiveServiceRequirement r => new SelectiveServiceCheck(r, setup),
        DomesticViolenceBarRequirement r => new DomesticViolenceBarCheck(r, setup),
        CriminalHistoryRequirement r => new HistoryCheck(r, setup),
        DrugHistoryRequirement r => new HistoryCheck(r, setup),
        FitnessTestRequirement r => new FitnessTestCheck(r, setup),
        LanguageRequirement r => new LanguageCheck(r, setup),
        ConditionRequirement r => new ConditionCheck(r, setup),
        _ => throw new NotSupportedException($"No check exists for requirement kind {requirement.Kind} ({requirement.Id})."),
    };
}
