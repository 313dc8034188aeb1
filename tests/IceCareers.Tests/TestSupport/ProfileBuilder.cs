using IceCareers.Candidates;

namespace IceCareers.Tests.TestSupport;

/// <summary>
/// A mutable stand-in for <see cref="CandidateProfile"/> whose defaults make a complete profile that is eligible for
/// the HSI special agent role on <see cref="Evaluation.AsOf"/>; tests change only what they are about.
/// </summary>
internal sealed class ProfileBuilder
{
    public DateOnly? DateOfBirth { get; set; } = new(1996, 4, 12);

    public Sex? Sex { get; set; } = global::IceCareers.Candidates.Sex.Male;

    public Citizenship? Citizenship { get; set; } = global::IceCareers.Candidates.Citizenship.UsCitizen;

    public SelectiveServiceStatus? SelectiveService { get; set; } = SelectiveServiceStatus.Registered;

    public bool? DriversLicense { get; set; } = true;

    public List<Education>? Education { get; set; } =
    [
        new Education { Level = EducationLevel.Bachelors, Field = "Criminal Justice", Completed = new DateOnly(2018, 5, 20), Gpa = 3.2m, MajorGpa = 3.6m, ClassStandingPercentile = 25, HonorSociety = false, SemesterHours = 124 },
    ];

    public List<Experience>? Experience { get; set; } =
    [
        new Experience { Title = "Police Officer", Months = 30, Specialized = true, Grade = 7 },
    ];

    public Military? Military { get; set; } = new() { Veteran = false, PreferenceEligible = false };

    public bool? PriorFederalLawEnforcement { get; set; } = false;

    public History? History { get; set; } = new() { Convictions = [], DrugUse = [] };

    public List<LanguageSkill>? Languages { get; set; } = [new LanguageSkill { Language = "Spanish", Proficiency = LanguageProficiency.Professional }];

    public FitnessResults? Fitness { get; set; }

    /// <summary>A profile with nothing known but what is set on the returned builder.</summary>
    public static ProfileBuilder Empty() => new()
    {
        DateOfBirth = null,
        Sex = null,
        Citizenship = null,
        SelectiveService = null,
        DriversLicense = null,
        Education = null,
        Experience = null,
        Military = null,
        PriorFederalLawEnforcement = null,
        History = null,
        Languages = null,
    };

    public CandidateProfile Build() => new()
    {
        DateOfBirth = DateOfBirth,
        Sex = Sex,
        Citizenship = Citizenship,
        SelectiveService = SelectiveService,
        DriversLicense = DriversLicense,
        Education = Education,
        Experience = Experience,
        Military = Military,
        PriorFederalLawEnforcement = PriorFederalLawEnforcement,
        History = History,
        Languages = Languages,
        Fitness = Fitness,
    };
}
