using IceCareers.Candidates;
using IceCareers.Eligibility.Explanations;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Eligibility.Checks;

/// <summary>A role's requirement checks and role-level warnings, prepared once so that an evaluation only judges the profile.</summary>
internal sealed class RolePlan
{
    private readonly RequirementCheck[] _checks;
    private readonly string[] _roleWarnings;
    private readonly EducationExperienceWords? _gradeWords;

    public RolePlan(CareerCatalog catalog, Role role)
    {
        Role = role;
        var setup = new ExplanationWriter(catalog);
        _checks = catalog.GetRequirements(role).Select(r => Create(r, role, setup)).ToArray();
        _gradeWords = _checks.OfType<Check<EducationExperienceFinding>>().Select(c => setup.For((EducationExperienceCheck)c.Rule)).FirstOrDefault();
        _roleWarnings = setup.RoleWarnings(role);
    }

    public Role Role { get; }

    /// <summary>The role's checks, in the role's order (for the allocation breakdown).</summary>
    internal IReadOnlyList<RequirementCheck> Checks => _checks;

    /// <summary>What the role's education-and-experience requirement asks for at <paramref name="grade"/>, in words; <see langword="null"/> when it has no row for it.</summary>
    public string? GradeNeeds(PayGrade grade) => _gradeWords?.NeedsAt(grade);

    public EligibilityReport Evaluate(CandidateProfile profile, DateOnly asOf, ScreeningPolicy policy, string dataVersion)
    {
        var scratch = EvaluationScratch.Rent();
        var context = new RuleContext(asOf, policy, scratch.Paths);
        var results = new RequirementResult[_checks.Length];
        bool notMet = false, review = false, unknown = false;
        IReadOnlyList<PayGrade> qualifyingGrades = [];
        PayGrade? highestQualifyingGrade = null;
        for (var i = 0; i < _checks.Length; i++)
        {
            var outcome = _checks[i].Evaluate(profile, context);
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

            var missing = outcome.Missing;
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

        if (scratch.Paths.Truncated || scratch.Missing.Truncated)
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

    /// <summary>The rule of each requirement kind, with the explanation writer's words for it.</summary>
    private static RequirementCheck Create(Requirement requirement, Role role, ExplanationWriter words) => requirement switch
    {
        CitizenshipRequirement r => Check(new CitizenshipCheck(r), words.For, words.Warnings(r)),
        AgeRequirement r => Check(new AgeCheck(r), words.For, words.Warnings(r, "age", r.Periods.Periods)),
        EducationExperienceRequirement r => Check(new EducationExperienceCheck(r, role.Grades.Entry), words.For, words.Warnings(r)),
        DriversLicenseRequirement r => Check(new DriversLicenseCheck(r), words.For, words.Warnings(r)),
        SelectiveServiceRequirement r => Check(new SelectiveServiceCheck(r), words.For, words.Warnings(r)),
        DomesticViolenceBarRequirement r => Check(new DomesticViolenceBarCheck(r), words.For, words.Warnings(r)),
        CriminalHistoryRequirement r => Check(new HistoryCheck(r), words.For, words.Warnings(r)),
        DrugHistoryRequirement r => Check(new HistoryCheck(r), words.For, words.Warnings(r)),
        FitnessTestRequirement r => Check(new FitnessTestCheck(r), words.For, words.Warnings(r)),
        LanguageRequirement r => Check(new LanguageCheck(r), words.For, words.Warnings(r, "language", r.Periods.Periods)),
        ConditionRequirement r => Check(new ConditionCheck(r), words.For, words.Warnings(r)),
        _ => throw new NotSupportedException($"No check exists for requirement kind {requirement.Kind} ({requirement.Id})."),
    };

    private static Check<TFinding> Check<TRule, TFinding>(TRule rule, Func<TRule, IExplains<TFinding>> words, string?[] warnings)
        where TRule : IRule<TFinding>
        where TFinding : struct, IFinding, IEquatable<TFinding> =>
        new(rule, words(rule), warnings);
}
