using IceCareers.Candidates;

namespace IceCareers.Benchmarks;

/// <summary>The profiles every benchmark uses: three named shapes and a seeded generator of realistic variety.</summary>
public static class Profiles
{
    /// <summary>The evaluation date of every benchmark: after the 2025 age-rule change.</summary>
    public static readonly DateOnly AsOf = new(2026, 1, 15);

    /// <summary>The three named shapes, by the name the benchmarks show.</summary>
    public static CandidateProfile Named(string name) => name switch
    {
        "complete" => Complete,
        "sparse" => Sparse,
        "barred" => Barred,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "expected complete, sparse or barred"),
    };

    /// <summary>Every field stated, no record: eligible for most roles, with a grade found through experience.</summary>
    public static CandidateProfile Complete { get; } = new()
    {
        DateOfBirth = new DateOnly(1996, 4, 12),
        Sex = Sex.Male,
        Citizenship = Citizenship.UsCitizen,
        SelectiveService = SelectiveServiceStatus.Registered,
        DriversLicense = true,
        Education = [new Education { Level = EducationLevel.Bachelors, Field = "Criminal Justice", Completed = new DateOnly(2018, 5, 20), Gpa = 3.2m, SemesterHours = 124 }],
        Experience = [new Experience { Title = "Police Officer", Months = 30, Specialized = true, Grade = 7 }],
        Military = new Military { Veteran = false },
        PriorFederalLawEnforcement = false,
        History = new History { Convictions = [], DrugUse = [] },
        Languages = [new LanguageSkill { Language = "Spanish", Proficiency = LanguageProficiency.Professional }],
        Fitness = new FitnessResults { SitUps = 35, PushUps = 25, Sprint220YardsSeconds = 44.1m, Run1_5MileSeconds = 812 },
    };

    /// <summary>Only a date of birth and citizenship: every other check is unknown and asks for information (the costly path).</summary>
    public static CandidateProfile Sparse { get; } = new()
    {
        DateOfBirth = new DateOnly(2001, 9, 3),
        Citizenship = Citizenship.UsCitizen,
    };

    /// <summary>A felony and prior drug use under the strict policy, otherwise complete.</summary>
    public static CandidateProfile Barred { get; } = new()
    {
        DateOfBirth = new DateOnly(1990, 1, 2),
        Sex = Sex.Female,
        Citizenship = Citizenship.UsCitizen,
        DriversLicense = true,
        Education = [new Education { Level = EducationLevel.Masters, Completed = new DateOnly(2015, 6, 1) }],
        Experience = [],
        History = new History
        {
            Convictions = [new Conviction { Category = ConvictionCategory.Felony, Date = new DateOnly(2012, 3, 1) }],
            DrugUse = [new DrugUse { Substance = "marijuana", LastUse = new DateOnly(2014, 6, 1) }],
        },
    };

    /// <summary>
    /// <paramref name="count"/> profiles from a fixed seed: ages 17–65, mostly citizens, education from none to a
    /// doctorate (some completing after <see cref="AsOf"/>), 0–3 jobs, about 1 in 10 with a conviction and 1 in 8 with
    /// drug use, and about 1 field in 8 left unknown.
    /// </summary>
    public static CandidateProfile[] Generate(int count, int seed = 20260115)
    {
        var random = new Random(seed);
        var profiles = new CandidateProfile[count];
        for (var i = 0; i < profiles.Length; i++)
        {
            profiles[i] = One(random);
        }

        return profiles;
    }

    private static CandidateProfile One(Random r)
    {
        bool Known() => r.Next(8) != 0;
        T? Maybe<T>(T value) where T : struct => Known() ? value : null;
        T? MaybeRef<T>(T value) where T : class => Known() ? value : null;

        var dob = AsOf.AddDays(-r.Next(17 * 365, 65 * 365));
        var sex = r.Next(2) == 0 ? Sex.Male : Sex.Female;
        return new CandidateProfile
        {
            DateOfBirth = Maybe(dob),
            Sex = Maybe(sex),
            Citizenship = Maybe(r.Next(20) switch { 0 => Citizenship.LawfulPermanentResident, 1 => Citizenship.UsNational, 2 => Citizenship.Other, _ => Citizenship.UsCitizen }),
            SelectiveService = Maybe(r.Next(10) switch { 0 => SelectiveServiceStatus.NotRegistered, 1 => SelectiveServiceStatus.Exempt, _ => SelectiveServiceStatus.Registered }),
            DriversLicense = Maybe(r.Next(10) != 0),
            Education = MaybeRef(Education(r, dob)),
            Experience = MaybeRef(Experience(r)),
            Military = MaybeRef(r.Next(6) == 0
                ? new Military { Veteran = true, PreferenceEligible = r.Next(2) == 0, ServiceMonths = r.Next(24, 240) }
                : new Military { Veteran = false }),
            PriorFederalLawEnforcement = Maybe(r.Next(25) == 0),
            History = MaybeRef(new History
            {
                Convictions = r.Next(10) == 0 ? [new Conviction { Category = (ConvictionCategory)r.Next(3), Date = AsOf.AddDays(-r.Next(365, 7000)) }] : [],
                DrugUse = r.Next(8) == 0 ? [new DrugUse { Substance = "marijuana", LastUse = AsOf.AddDays(-r.Next(365, 7000)) }] : [],
            }),
            Languages = MaybeRef(r.Next(3) == 0 ? [new LanguageSkill { Language = "Spanish", Proficiency = (LanguageProficiency)r.Next(4) }] : Array.Empty<LanguageSkill>()),
            Fitness = r.Next(3) == 0 ? new FitnessResults { SitUps = r.Next(15, 50), PushUps = r.Next(10, 45), Sprint220YardsSeconds = 38m + r.Next(0, 150) / 10m, Run1_5MileSeconds = r.Next(600, 1000) } : null,
        };
    }

    private static Education[] Education(Random r, DateOnly dob)
    {
        var level = r.Next(10) switch
        {
            0 => (EducationLevel?)null,
            1 or 2 => EducationLevel.HighSchool,
            3 => EducationLevel.Associate,
            4 or 5 or 6 => EducationLevel.Bachelors,
            7 => EducationLevel.Masters,
            8 => r.Next(2) == 0 ? EducationLevel.Professional : EducationLevel.GraduateStudy,
            _ => EducationLevel.Doctorate,
        };
        if (level is null)
        {
            return [];
        }

        // Most finished at 22–30; one in 15 finishes after the evaluation date.
        var completed = r.Next(15) == 0 ? AsOf.AddDays(r.Next(1, 400)) : dob.AddYears(22 + r.Next(9));
        var entry = new Education
        {
            Level = level,
            Field = level == EducationLevel.Professional ? "Law" : r.Next(3) == 0 ? "Criminal Justice" : "History",
            Completed = completed,
            Gpa = r.Next(6) == 0 ? null : 2.0m + r.Next(0, 21) / 10m,
            MajorGpa = r.Next(2) == 0 ? null : 2.0m + r.Next(0, 21) / 10m,
            ClassStandingPercentile = r.Next(3) == 0 ? r.Next(1, 101) : null,
            HonorSociety = r.Next(4) == 0 ? r.Next(3) == 0 : null,
            SemesterHours = level >= EducationLevel.Associate ? r.Next(60, 140) : null,
            GraduateSemesterHours = level >= EducationLevel.GraduateStudy ? r.Next(9, 60) : null,
        };
        return [entry];
    }

    private static Experience[] Experience(Random r)
    {
        var jobs = new Experience[r.Next(4)];
        for (var i = 0; i < jobs.Length; i++)
        {
            jobs[i] = new Experience
            {
                Title = "job",
                Months = r.Next(3, 60),
                Specialized = r.Next(10) == 0 ? null : r.Next(2) == 0,
                Grade = r.Next(10) == 0 ? null : r.Next(3, 13),
            };
        }

        return jobs;
    }
}
