using IceCareers.Candidates;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Internal;

/// <summary>The kebab-case words the YAML documents (data files and profiles) use for each enum. A contract: see data/README.md.</summary>
internal static class Vocabulary
{
    public static readonly Words<SourceKind> SourceKinds = new(
        ("statute", SourceKind.Statute), ("regulation", SourceKind.Regulation), ("agency", SourceKind.Agency),
        ("announcement", SourceKind.Announcement), ("accreditation", SourceKind.Accreditation), ("news", SourceKind.News),
        ("secondary", SourceKind.Secondary), ("seed", SourceKind.Seed), ("editorial", SourceKind.Editorial));

    public static readonly Words<Confidence> Confidences = new(
        ("high", Confidence.High), ("medium", Confidence.Medium), ("low", Confidence.Low));

    public static readonly Words<Directorate> Directorates = new(
        ("ero", Directorate.EnforcementAndRemovalOperations), ("hsi", Directorate.HomelandSecurityInvestigations),
        ("hsi-intelligence", Directorate.HsiIntelligence), ("management-and-administration", Directorate.ManagementAndAdministration));

    public static readonly Words<RoleStatus> RoleStatuses = new(("active", RoleStatus.Active), ("legacy", RoleStatus.Legacy));

    public static readonly Words<DutyLevel> DutyLevels = new(
        ("entry", DutyLevel.Entry), ("full-performance", DutyLevel.FullPerformance), ("general", DutyLevel.General), ("historical", DutyLevel.Historical));

    public static readonly Words<RequirementKind> RequirementKinds = new(
        ("citizenship", RequirementKind.Citizenship), ("age", RequirementKind.Age), ("education-experience", RequirementKind.EducationExperience),
        ("drivers-license", RequirementKind.DriversLicense), ("selective-service", RequirementKind.SelectiveService),
        ("domestic-violence-bar", RequirementKind.DomesticViolenceBar), ("criminal-history", RequirementKind.CriminalHistory),
        ("drug-history", RequirementKind.DrugHistory), ("condition", RequirementKind.Condition), ("fitness-test", RequirementKind.FitnessTest),
        ("language", RequirementKind.Language));

    public static readonly Words<RequirementCategory> RequirementCategories = new(
        ("qualification", RequirementCategory.Qualification), ("bar", RequirementCategory.Bar),
        ("condition-of-employment", RequirementCategory.ConditionOfEmployment), ("advisory", RequirementCategory.Advisory));

    public static readonly Words<Citizenship> Citizenships = new(
        ("us-citizen", Citizenship.UsCitizen), ("us-national", Citizenship.UsNational),
        ("lawful-permanent-resident", Citizenship.LawfulPermanentResident), ("other", Citizenship.Other));

    public static readonly Words<AgeWaiver> AgeWaivers = new(
        ("preference-eligible-veteran", AgeWaiver.PreferenceEligibleVeteran), ("prior-federal-law-enforcement", AgeWaiver.PriorFederalLawEnforcement));

    public static readonly Words<EducationLevel> EducationLevels = new(
        ("high-school", EducationLevel.HighSchool), ("associate", EducationLevel.Associate), ("bachelors", EducationLevel.Bachelors),
        ("graduate-study", EducationLevel.GraduateStudy), ("masters", EducationLevel.Masters), ("professional", EducationLevel.Professional),
        ("doctorate", EducationLevel.Doctorate));

    public static readonly Words<HoursKind> HoursKinds = new(("undergraduate", HoursKind.Undergraduate), ("graduate", HoursKind.Graduate));

    public static readonly Words<Sex> Sexes = new(("male", Sex.Male), ("female", Sex.Female), ("unspecified", Sex.Unspecified));

    public static readonly Words<SelectiveServiceStatus> SelectiveServiceStatuses = new(
        ("registered", SelectiveServiceStatus.Registered), ("not-registered", SelectiveServiceStatus.NotRegistered),
        ("exempt", SelectiveServiceStatus.Exempt));

    public static readonly Words<ConvictionCategory> ConvictionCategories = new(
        ("felony", ConvictionCategory.Felony), ("misdemeanor", ConvictionCategory.Misdemeanor),
        ("domestic-violence-misdemeanor", ConvictionCategory.DomesticViolenceMisdemeanor));

    public static readonly Words<HistoryResponse> HistoryResponses = new(
        ("met", HistoryResponse.Acceptable), ("needs-review", HistoryResponse.NeedsReview), ("not-met", HistoryResponse.Disqualifies));

    public static readonly Words<FitnessEvent> FitnessEvents = new(
        ("sit-ups", FitnessEvent.SitUps), ("push-ups", FitnessEvent.PushUps), ("sprint-220-yards", FitnessEvent.Sprint220Yards),
        ("run-1.5-miles", FitnessEvent.Run1_5Miles));

    public static readonly Words<LanguageProficiency> LanguageProficiencies = new(
        ("elementary", LanguageProficiency.Elementary), ("limited-working", LanguageProficiency.LimitedWorking),
        ("professional", LanguageProficiency.Professional), ("native", LanguageProficiency.Native));
}

/// <summary>
/// A fixed two-way table between document words and enum values. A table holds a handful of words, so it is two
/// parallel arrays searched in order: as fast as hashing at this size, and without a dictionary per enum type, whose
/// generic code over each enum (two dictionaries for each of some twenty tables) the JIT compiled on every start.
/// </summary>
internal sealed class Words<T>
    where T : struct, Enum
{
    private readonly string[] _words;
    private readonly T[] _values;

    public Words(params (string Word, T Value)[] pairs)
    {
        _words = new string[pairs.Length];
        _values = new T[pairs.Length];
        // Each word and each value appears once (a test checks every table): not checked here, where it would cost
        // generic comparer code per enum type at every start.
        for (var i = 0; i < pairs.Length; i++)
        {
            (_words[i], _values[i]) = pairs[i];
        }
    }

    /// <summary>The accepted words, in declaration order, for error messages.</summary>
    public string Allowed => string.Join(", ", _words);

    /// <summary>The accepted words, in declaration order (a new array each time).</summary>
    public string[] All => [.. _words];

    public bool TryParse(string? word, out T value)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            if (string.Equals(_words[i], word, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    public string this[T value]
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (EqualityComparer<T>.Default.Equals(_values[i], value))
                {
                    return _words[i];
                }
            }

            throw new KeyNotFoundException($"No word for the value '{value}'.");
        }
    }
}
