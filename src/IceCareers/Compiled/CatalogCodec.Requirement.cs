using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Compiled;

/// <summary>
/// Requirements: one record each, holding the kind, the fields every kind has, and then one record with the fields of
/// that kind (so either part can grow at its end).
/// </summary>
internal static partial class CatalogCodec
{
    private static void WriteRequirement(CompiledCatalogWriter w, Requirement requirement)
    {
        w.Int((int)requirement.Kind);
        w.String(requirement.Id);
        w.Int((int)requirement.Category);
        w.String(requirement.Title);
        w.OptionalString(requirement.Description);
        w.Strings(requirement.Sources);
        var start = w.BeginRecord();
        switch (requirement)
        {
            case CitizenshipRequirement citizenship:
                w.List(citizenship.AcceptedCitizenship, WriteCitizenship);
                break;
            case AgeRequirement age:
                WriteDated(w, age.Periods, WriteAgeLimit);
                break;
            case EducationExperienceRequirement education:
                w.Records(education.Grades, WriteGradeQualification);
                w.OptionalRecord(education.SuperiorAcademicAchievement, WriteSuperiorAcademicAchievement);
                w.Int(education.GradeInterval);
                w.Strings(education.GradeIntervalSources);
                w.Record(education.Conversions, WriteConversions);
                w.Records(education.MilitaryGrades, WriteMilitaryGrade);
                break;
            case SelectiveServiceRequirement selectiveService:
                w.Int((int)selectiveService.AppliesToSex);
                w.Date(selectiveService.BornAfter);
                w.Int(selectiveService.RegistrationDeadlineAge);
                break;
            case DomesticViolenceBarRequirement bar:
                w.List(bar.ConvictionCategories, WriteConvictionCategory);
                break;
            case CriminalHistoryRequirement criminal:
                w.List(criminal.ConvictionCategories, WriteConvictionCategory);
                w.Record(criminal.Policies, WriteHistoryPolicies);
                w.Strings(criminal.ReviewFactors);
                break;
            case DrugHistoryRequirement drug:
                w.Record(drug.Policies, WriteHistoryPolicies);
                w.Strings(drug.ReviewFactors);
                break;
            case FitnessTestRequirement fitness:
                w.Records(fitness.Events, WriteFitnessEventStandard);
                break;
            case LanguageRequirement language:
                WriteDated(w, language.Periods, WriteLanguageRule);
                break;
            case DriversLicenseRequirement or ConditionRequirement:
                break;
            default:
                throw new NotSupportedException($"The compiled form has no layout for requirement kind {requirement.Kind}.");
        }

        w.EndRecord(start);
    }

    private static Requirement ReadRequirement(CompiledCatalogReader r)
    {
        var kind = (RequirementKind)r.Int();
        var id = r.String();
        var category = (RequirementCategory)r.Int();
        var title = r.String();
        var description = r.OptionalString();
        var sources = r.Strings();
        var outer = r.BeginRecord();
        Requirement requirement = kind switch
        {
            RequirementKind.Citizenship => new CitizenshipRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                AcceptedCitizenship = r.List(ReadCitizenship),
            },
            RequirementKind.Age => new AgeRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Periods = ReadDated(r, ReadAgeLimit),
            },
            RequirementKind.EducationExperience => new EducationExperienceRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Grades = r.Records(ReadGradeQualification),
                SuperiorAcademicAchievement = r.OptionalRecord(ReadSuperiorAcademicAchievement),
                GradeInterval = r.Int(),
                GradeIntervalSources = r.Strings(),
                Conversions = r.Record(ReadConversions),
                MilitaryGrades = r.More ? r.Records(ReadMilitaryGrade) : [],  // appended; files written before it have none
            },
            RequirementKind.SelectiveService => new SelectiveServiceRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                AppliesToSex = (Sex)r.Int(),
                BornAfter = r.Date(),
                RegistrationDeadlineAge = r.Int(),
            },
            RequirementKind.DomesticViolenceBar => new DomesticViolenceBarRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                ConvictionCategories = r.List(ReadConvictionCategory),
            },
            RequirementKind.CriminalHistory => new CriminalHistoryRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                ConvictionCategories = r.List(ReadConvictionCategory),
                Policies = r.Record(ReadHistoryPolicies),
                ReviewFactors = r.Strings(),
            },
            RequirementKind.DrugHistory => new DrugHistoryRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Policies = r.Record(ReadHistoryPolicies),
                ReviewFactors = r.Strings(),
            },
            RequirementKind.FitnessTest => new FitnessTestRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Events = r.Records(ReadFitnessEventStandard),
            },
            RequirementKind.Language => new LanguageRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Periods = ReadDated(r, ReadLanguageRule),
            },
            RequirementKind.DriversLicense => new DriversLicenseRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
            },
            RequirementKind.Condition => new ConditionRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
            },
            _ => throw new InvalidOperationException($"Unknown requirement kind {(int)kind} in the compiled catalog."),
        };
        r.EndRecord(outer);
        return requirement;
    }

    private static void WriteAgeLimit(CompiledCatalogWriter w, AgeLimit limit)
    {
        w.Int(limit.MinimumAge);
        w.OptionalInt(limit.AppointBeforeBirthday);
        w.List(limit.Waivers, WriteAgeWaiver);
    }

    private static AgeLimit ReadAgeLimit(CompiledCatalogReader r) => new()
    {
        MinimumAge = r.Int(),
        AppointBeforeBirthday = r.OptionalInt(),
        Waivers = r.List(ReadAgeWaiver),
    };

    // Enums in lists are their numbers; named methods rather than lambdas, which would add a class to initialise at start-up.
    private static void WriteCitizenship(CompiledCatalogWriter w, Citizenship citizenship) => w.Int((int)citizenship);

    private static Citizenship ReadCitizenship(CompiledCatalogReader r) => (Citizenship)r.Int();

    private static void WriteConvictionCategory(CompiledCatalogWriter w, ConvictionCategory category) => w.Int((int)category);

    private static ConvictionCategory ReadConvictionCategory(CompiledCatalogReader r) => (ConvictionCategory)r.Int();

    private static void WriteAgeWaiver(CompiledCatalogWriter w, AgeWaiver waiver) => w.Int((int)waiver);

    private static AgeWaiver ReadAgeWaiver(CompiledCatalogReader r) => (AgeWaiver)r.Int();

    private static void WriteGradeQualification(CompiledCatalogWriter w, GradeQualification grade)
    {
        w.Int(grade.Grade);
        w.OptionalRecord(grade.Education, WriteEducationStandard);
        w.OptionalRecord(grade.Experience, WriteExperienceStandard);
        w.Records(grade.Combinations, WriteCombinationStandard);
        w.Strings(grade.Sources);
    }

    private static GradeQualification ReadGradeQualification(CompiledCatalogReader r) => new()
    {
        Grade = r.Int(),
        Education = r.OptionalRecord(ReadEducationStandard),
        Experience = r.OptionalRecord(ReadExperienceStandard),
        Combinations = r.Records(ReadCombinationStandard),
        Sources = r.Strings(),
    };

    private static void WriteEducationStandard(CompiledCatalogWriter w, EducationStandard education)
    {
        w.Records(education.Degrees, WriteDegreeRequirement);
        w.OptionalDecimal(education.GraduateHours);
        w.Bool(education.SuperiorAcademicAchievement);
    }

    private static EducationStandard ReadEducationStandard(CompiledCatalogReader r) => new()
    {
        Degrees = r.Records(ReadDegreeRequirement),
        GraduateHours = r.OptionalDecimal(),
        SuperiorAcademicAchievement = r.Bool(),
    };

    private static void WriteDegreeRequirement(CompiledCatalogWriter w, DegreeRequirement degree)
    {
        w.Int((int)degree.Level);
        w.OptionalString(degree.Field);
    }

    private static DegreeRequirement ReadDegreeRequirement(CompiledCatalogReader r) => new() { Level = (EducationLevel)r.Int(), Field = r.OptionalString() };

    private static void WriteExperienceStandard(CompiledCatalogWriter w, ExperienceStandard experience)
    {
        w.Int(experience.Months);
        w.Bool(experience.Specialized);
        w.OptionalInt(experience.MinimumGrade);
        w.OptionalInt(experience.MonthsAtMinimumGrade);
    }

    private static ExperienceStandard ReadExperienceStandard(CompiledCatalogReader r) => new()
    {
        Months = r.Int(),
        Specialized = r.Bool(),
        MinimumGrade = r.OptionalInt(),
        MonthsAtMinimumGrade = r.OptionalInt(),
    };

    private static void WriteCombinationStandard(CompiledCatalogWriter w, CombinationStandard combination)
    {
        w.Int(combination.ExperienceMonths);
        w.Bool(combination.Specialized);
        w.OptionalInt(combination.MinimumGrade);
        w.Int((int)combination.Hours);
        w.Decimal(combination.HoursBeyond);
        w.Decimal(combination.HoursForFull);
        w.Strings(combination.Sources);
    }

    private static CombinationStandard ReadCombinationStandard(CompiledCatalogReader r) => new()
    {
        ExperienceMonths = r.Int(),
        Specialized = r.Bool(),
        MinimumGrade = r.OptionalInt(),
        Hours = (HoursKind)r.Int(),
        HoursBeyond = r.Decimal(),
        HoursForFull = r.Decimal(),
        Sources = r.Strings(),
    };

    private static void WriteSuperiorAcademicAchievement(CompiledCatalogWriter w, SuperiorAcademicAchievementStandard standard)
    {
        w.Decimal(standard.OverallGpa);
        w.Decimal(standard.MajorGpa);
        w.Int(standard.GpaDecimals);
        w.Int(standard.ClassStandingMaxPercentile);
        w.Bool(standard.HonorSociety);
        w.OptionalDecimal(standard.PassFailMaxPercent);
        w.Strings(standard.Sources);
    }

    private static SuperiorAcademicAchievementStandard ReadSuperiorAcademicAchievement(CompiledCatalogReader r) => new()
    {
        OverallGpa = r.Decimal(),
        MajorGpa = r.Decimal(),
        GpaDecimals = r.Int(),
        ClassStandingMaxPercentile = r.Int(),
        HonorSociety = r.Bool(),
        PassFailMaxPercent = r.OptionalDecimal(),
        Sources = r.Strings(),
    };

    private static void WriteConversions(CompiledCatalogWriter w, QualificationConversions conversions)
    {
        w.Decimal(conversions.FullTimeHoursPerWeek);
        w.Decimal(conversions.QuarterHoursPerSemesterHour);
        w.Strings(conversions.Sources);
        w.OptionalDecimal(conversions.FullTimeFromHoursPerWeek);
    }

    private static QualificationConversions ReadConversions(CompiledCatalogReader r) => new()
    {
        FullTimeHoursPerWeek = r.Decimal(),
        QuarterHoursPerSemesterHour = r.Decimal(),
        Sources = r.Strings(),

        // Appended in format 4: a file written before it holds none (only a full week counted in full).
        FullTimeFromHoursPerWeek = r.More ? r.OptionalDecimal() : null,
    };

    private static void WriteMilitaryGrade(CompiledCatalogWriter w, MilitaryGradeEquivalent row)
    {
        w.Int((int)row.PayGrade.Kind);
        w.Int(row.PayGrade.Level);
        w.Int(row.LowGrade);
        w.Int(row.HighGrade);
        w.Strings(row.Sources);
    }

    private static MilitaryGradeEquivalent ReadMilitaryGrade(CompiledCatalogReader r) => new()
    {
        PayGrade = new MilitaryPayGrade((MilitaryPayGradeKind)r.Int(), r.Int()),
        LowGrade = r.Int(),
        HighGrade = r.Int(),
        Sources = r.Strings(),
    };

    private static void WriteHistoryPolicies(CompiledCatalogWriter w, HistoryPolicies policies)
    {
        w.Int((int)policies.Strict);
        w.Int((int)policies.Suitability);
    }

    private static HistoryPolicies ReadHistoryPolicies(CompiledCatalogReader r) => new()
    {
        Strict = (HistoryResponse)r.Int(),
        Suitability = (HistoryResponse)r.Int(),
    };

    private static void WriteFitnessEventStandard(CompiledCatalogWriter w, FitnessEventStandard standard)
    {
        w.Int((int)standard.Event);
        w.OptionalDecimal(standard.Minimum);
        w.OptionalDecimal(standard.MaximumSeconds);
        w.Strings(standard.Sources);
    }

    private static FitnessEventStandard ReadFitnessEventStandard(CompiledCatalogReader r) => new()
    {
        Event = (FitnessEvent)r.Int(),
        Minimum = r.OptionalDecimal(),
        MaximumSeconds = r.OptionalDecimal(),
        Sources = r.Strings(),
    };

    private static void WriteLanguageRule(CompiledCatalogWriter w, LanguageRule rule)
    {
        w.Bool(rule.CourseRequired);
        w.OptionalString(rule.Language);
        w.OptionalInt(rule.TestOutProficiency is { } proficiency ? (int)proficiency : null);
        w.OptionalInt(rule.CourseDays);
    }

    private static LanguageRule ReadLanguageRule(CompiledCatalogReader r) => new()
    {
        CourseRequired = r.Bool(),
        Language = r.OptionalString(),
        TestOutProficiency = r.OptionalInt() is { } proficiency ? (LanguageProficiency)proficiency : null,
        CourseDays = r.OptionalInt(),
    };
}
