using CsCheck;
using IceCareers.Candidates;

namespace IceCareers.Tests.TestSupport;

/// <summary>CsCheck generators of valid candidate profiles (every field sometimes unknown) and evaluation dates.</summary>
internal static class ProfileGen
{
    public static readonly string[] RoleIds = CareerCatalog.Default.Roles.Select(r => r.Id).ToArray();

    /// <summary>Evaluation dates from 2024 to 2027, around the August 2025 rule changes.</summary>
    public static readonly Gen<DateOnly> AsOf = Gen.Int[0, 1460].Select(d => new DateOnly(2024, 1, 1).AddDays(d));

    public static readonly Gen<string> RoleId = Gen.OneOf(RoleIds);

    private static readonly Gen<DateOnly> Date = Gen.Int[0, 15000].Select(d => new DateOnly(1985, 1, 1).AddDays(d));

    private static readonly Gen<decimal> Gpa = Gen.Int[0, 400].Select(i => i / 100m);

    public static readonly Gen<Education> Education =
        from level in Gen.OneOf(Enum.GetValues<EducationLevel>()).Nullable(0.1)
        from field in Gen.OneOf("Law", "History", "Criminal Justice").Null(0.3)
        from completed in Date.Nullable(0.3)
        from gpa in Gpa.Nullable(0.3)
        from majorGpa in Gpa.Nullable(0.3)
        from percentile in Gen.Int[1, 100].Nullable(0.3)
        from honor in Gen.Bool.Nullable(0.3)
        from hours in Gen.Int[0, 150].Nullable(0.3)
        from graduateHours in Gen.Int[0, 60].Nullable(0.5)
        from quarterHours in Gen.Int[0, 200].Nullable(0.8)
        from graduateQuarterHours in Gen.Int[0, 90].Nullable(0.8)
        from passFail in Gen.Int[0, 100].Nullable(0.4)
        select new Education
        {
            Level = level,
            Field = field,
            Completed = completed,
            Gpa = gpa,
            MajorGpa = majorGpa,
            ClassStandingPercentile = percentile,
            HonorSociety = honor,
            SemesterHours = hours,
            GraduateSemesterHours = graduateHours,
            QuarterHours = quarterHours,
            GraduateQuarterHours = graduateQuarterHours,
            PassFailPercent = passFail,
        };

    public static readonly Gen<Experience> Experience =
        from months in Gen.Int[0, 72].Nullable(0.1)
        from specialized in Gen.Bool.Nullable(0.1)
        from grade in Gen.Int[1, 15].Nullable(0.1)
        from hoursPerWeek in Gen.Int[1, 60].Nullable(0.7)
        select new Experience { Title = "Job", Months = months, Specialized = specialized, Grade = grade, HoursPerWeek = hoursPerWeek };

    // rules.md §2.0 reads `veteran: false` as "not a preference-eligible veteran" when preferenceEligible is left out, so
    // the generator never pairs it with preferenceEligible: true (derived preference, which the rules do not model).
    private static readonly Gen<Military> Military =
        from veteran in Gen.Bool.Nullable(0.2)
        from preference in Gen.Bool.Nullable(0.2)
        from months in Gen.Int[0, 240].Nullable(0.3)
        select new Military { Veteran = veteran, PreferenceEligible = veteran == false && preference == true ? false : preference, ServiceMonths = months };

    private static readonly Gen<History> History =
        from convictions in (from c in Gen.OneOf(Enum.GetValues<ConvictionCategory>()).Nullable(0.1) from d in Date.Nullable(0.3) select new Conviction { Category = c, Date = d }).List[0, 2].Null(0.15)
        from drugUse in (from d in Date.Nullable(0.3) select new DrugUse { Substance = "marijuana", LastUse = d }).List[0, 1].Null(0.15)
        select new History { Convictions = convictions, DrugUse = drugUse };

    private static readonly Gen<LanguageSkill> Language =
        from language in Gen.OneOf("Spanish", "French").Null(0.1)
        from proficiency in Gen.OneOf(Enum.GetValues<LanguageProficiency>()).Nullable(0.1)
        select new LanguageSkill { Language = language, Proficiency = proficiency };

    private static readonly Gen<FitnessResults> Fitness =
        from sitUps in Gen.Int[20, 50].Nullable(0.2)
        from pushUps in Gen.Int[10, 40].Nullable(0.2)
        from sprint in Gen.Int[3500, 6000].Select(i => i / 100m).Nullable(0.2)
        from run in Gen.Int[600, 1100].Select(i => (decimal)i).Nullable(0.2)
        select new FitnessResults { SitUps = sitUps, PushUps = pushUps, Sprint220YardsSeconds = sprint, Run1_5MileSeconds = run };

    /// <summary>Valid profiles: born 1940–2008, every part sometimes unknown, most parts mostly known.</summary>
    public static readonly Gen<CandidateProfile> Profile =
        from dateOfBirth in Gen.Int[0, 25000].Select(d => new DateOnly(1940, 1, 1).AddDays(d)).Nullable(0.1)
        from sex in Gen.OneOf(Enum.GetValues<Sex>()).Nullable(0.1)
        from citizenship in Gen.Frequency((6, Gen.Const(Citizenship.UsCitizen)), (1, Gen.OneOf(Enum.GetValues<Citizenship>()))).Nullable(0.1)
        from selectiveService in Gen.OneOf(Enum.GetValues<SelectiveServiceStatus>()).Nullable(0.1)
        from license in Gen.Frequency((5, Gen.Const(true)), (1, Gen.Const(false))).Nullable(0.1)
        from education in Education.List[0, 3].Null(0.15)
        from experience in Experience.List[0, 3].Null(0.15)
        from military in Military.Null(0.2)
        from prior in Gen.Bool.Nullable(0.2)
        from history in History.Null(0.15)
        from languages in Language.List[0, 2].Null(0.2)
        from fitness in Fitness.Null(0.6)
        select new CandidateProfile
        {
            DateOfBirth = dateOfBirth,
            Sex = sex,
            Citizenship = citizenship,
            SelectiveService = selectiveService,
            DriversLicense = license,
            Education = education,
            Experience = experience,
            Military = military,
            PriorFederalLawEnforcement = prior,
            History = history,
            Languages = languages,
            Fitness = fitness,
        };
}
