using IceCareers.Authoring.Yaml;
using IceCareers.Candidates;
using IceCareers.Requirements;

namespace IceCareers.Authoring;

/// <summary>Maps one requirement entry to its sealed kind, refusing keys that belong to other kinds.</summary>
internal static class RequirementMapper
{
    public static Requirement Map(MappingContext c, RequirementDto d, string path)
    {
        var id = c.Id(d.Id, KeyPath.Key(path, "id"));
        var kind = c.Enum(d.Kind, KeyPath.Key(path, "kind"), RequirementWords.RequirementKinds);
        var category = c.Enum(d.Category, KeyPath.Key(path, "category"), RequirementWords.RequirementCategories);
        var title = c.Required(d.Title, KeyPath.Key(path, "title"));
        var sources = c.Sources(d.Sources, KeyPath.Key(path, "sources"));
        var word = d.Kind ?? "";

        // Every kind-specific key, so each kind can refuse the others' keys.
        (string, bool)[] Others(params string[] allowed) =>
            new (string Key, bool IsSet)[]
            {
                ("acceptedCitizenship", d.AcceptedCitizenship is not null), ("periods", d.Periods is not null), ("grades", d.Grades is not null),
                ("superiorAcademicAchievement", d.SuperiorAcademicAchievement is not null), ("gradeInterval", d.GradeInterval is not null),
                ("conversions", d.Conversions is not null), ("appliesTo", d.AppliesTo is not null),
                ("registrationDeadlineAge", d.RegistrationDeadlineAge is not null), ("convictionCategories", d.ConvictionCategories is not null),
                ("policies", d.Policies is not null), ("reviewFactors", d.ReviewFactors is not null), ("events", d.Events is not null),
                ("militaryGrades", d.MilitaryGrades is not null),
            }.Where(k => !allowed.Contains(k.Key)).Select(k => (k.Key, k.IsSet)).ToArray();

        Requirement result;
        switch (kind)
        {
            case RequirementKind.Citizenship:
                c.NotAllowed(path, word, Others("acceptedCitizenship"));
                result = new CitizenshipRequirement
                {
                    Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
                    AcceptedCitizenship = c.Enums(d.AcceptedCitizenship, KeyPath.Key(path, "acceptedCitizenship"), CandidateWords.Citizenships),
                };
                break;
            case RequirementKind.Age:
                c.NotAllowed(path, word, Others("periods"));
                result = new AgeRequirement
                {
                    Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
                    Periods = c.Dated(d.Periods, KeyPath.Key(path, "periods"), p => p.From, p => p.To, p => p.Sources, p => p.Note, (p, vp) => AgeLimit(c, p.Value, vp)),
                };
                break;
            case RequirementKind.EducationExperience:
                c.NotAllowed(path, word, Others("grades", "superiorAcademicAchievement", "gradeInterval", "conversions", "militaryGrades"));
                result = EducationExperience(c, d, path, id, category, title, sources);
                break;
            case RequirementKind.DriversLicense:
                c.NotAllowed(path, word, Others());
                result = new DriversLicenseRequirement { Id = id, Category = category, Title = title, Description = d.Description, Sources = sources };
                break;
            case RequirementKind.SelectiveService:
                c.NotAllowed(path, word, Others("appliesTo", "registrationDeadlineAge"));
                var appliesTo = KeyPath.Key(path, "appliesTo");
                c.Present(d.AppliesTo, appliesTo);
                result = new SelectiveServiceRequirement
                {
                    Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
                    AppliesToSex = c.Enum(d.AppliesTo?.Sex, KeyPath.Key(appliesTo, "sex"), CandidateWords.Sexes),
                    BornAfter = c.Date(c.Required(d.AppliesTo?.BornAfter, KeyPath.Key(appliesTo, "bornAfter")), KeyPath.Key(appliesTo, "bornAfter")) ?? default,
                    RegistrationDeadlineAge = Positive(c, d.RegistrationDeadlineAge, KeyPath.Key(path, "registrationDeadlineAge")),
                };
                break;
            case RequirementKind.DomesticViolenceBar:
                c.NotAllowed(path, word, Others("convictionCategories"));
                result = new DomesticViolenceBarRequirement
                {
                    Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
                    ConvictionCategories = c.Enums(d.ConvictionCategories, KeyPath.Key(path, "convictionCategories"), CandidateWords.ConvictionCategories),
                };
                break;
            case RequirementKind.CriminalHistory:
                c.NotAllowed(path, word, Others("convictionCategories", "policies", "reviewFactors"));
                result = new CriminalHistoryRequirement
                {
                    Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
                    ConvictionCategories = c.Enums(d.ConvictionCategories, KeyPath.Key(path, "convictionCategories"), CandidateWords.ConvictionCategories),
                    Policies = Policies(c, d.Policies, KeyPath.Key(path, "policies")),
                    ReviewFactors = c.Texts(d.ReviewFactors, KeyPath.Key(path, "reviewFactors")),
                };
                break;
            case RequirementKind.DrugHistory:
                c.NotAllowed(path, word, Others("policies", "reviewFactors"));
                result = new DrugHistoryRequirement
                {
                    Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
                    Policies = Policies(c, d.Policies, KeyPath.Key(path, "policies")),
                    ReviewFactors = c.Texts(d.ReviewFactors, KeyPath.Key(path, "reviewFactors")),
                };
                break;
            case RequirementKind.FitnessTest:
                c.NotAllowed(path, word, Others("events"));
                result = new FitnessTestRequirement
                {
                    Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
                    Events = FitnessEvents(c, d.Events, KeyPath.Key(path, "events")),
                };
                break;
            case RequirementKind.Language:
                c.NotAllowed(path, word, Others("periods"));
                result = new LanguageRequirement
                {
                    Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
                    Periods = c.Dated(d.Periods, KeyPath.Key(path, "periods"), p => p.From, p => p.To, p => p.Sources, p => p.Note, (p, vp) => LanguageRule(c, p.Value, vp)),
                };
                break;
            default:
                c.NotAllowed(path, word, Others());
                result = new ConditionRequirement { Id = id, Category = category, Title = title, Description = d.Description, Sources = sources };
                break;
        }

        return result;
    }

    private static int Positive(MappingContext c, int? value, string path)
    {
        var v = c.Required(value, path);
        if (value is not null && v <= 0)
        {
            c.Error(path, "must be a positive whole number");
        }

        return v;
    }

    private static AgeLimit AgeLimit(MappingContext c, PeriodValueDto? v, string path)
    {
        if (!c.Present(v, path))
        {
            return new AgeLimit { MinimumAge = 0 };
        }

        c.NotAllowed(path, "age", ("courseRequired", v!.CourseRequired is not null), ("language", v.Language is not null),
            ("testOutProficiency", v.TestOutProficiency is not null), ("courseDays", v.CourseDays is not null));
        var minimum = Positive(c, v.MinimumAge, KeyPath.Key(path, "minimumAge"));
        if (v.AppointBeforeBirthday is { } before && before <= minimum)
        {
            c.Error(KeyPath.Key(path, "appointBeforeBirthday"), "must be above minimumAge");
        }

        return new AgeLimit
        {
            MinimumAge = minimum,
            AppointBeforeBirthday = v.AppointBeforeBirthday,
            Waivers = v.Waivers is null ? [] : c.Enums(v.Waivers, KeyPath.Key(path, "waivers"), RequirementWords.AgeWaivers),
        };
    }

    private static LanguageRule LanguageRule(MappingContext c, PeriodValueDto? v, string path)
    {
        if (!c.Present(v, path))
        {
            return new LanguageRule { CourseRequired = false };
        }

        c.NotAllowed(path, "language", ("minimumAge", v!.MinimumAge is not null), ("appointBeforeBirthday", v.AppointBeforeBirthday is not null),
            ("waivers", v.Waivers is not null));
        var required = c.Required(v.CourseRequired, KeyPath.Key(path, "courseRequired"));
        if (required)
        {
            c.Required(v.Language, KeyPath.Key(path, "language"));
            c.Required(v.TestOutProficiency, KeyPath.Key(path, "testOutProficiency"));
            Positive(c, v.CourseDays, KeyPath.Key(path, "courseDays"));
        }

        return new LanguageRule
        {
            CourseRequired = required,
            Language = v.Language,
            TestOutProficiency = v.TestOutProficiency is null ? null : c.Enum(v.TestOutProficiency, KeyPath.Key(path, "testOutProficiency"), CandidateWords.LanguageProficiencies),
            CourseDays = v.CourseDays,
        };
    }

    private static HistoryPolicies Policies(MappingContext c, PoliciesDto? dto, string path) =>
        c.Present(dto, path)
            ? new HistoryPolicies
            {
                Strict = c.Enum(dto!.Strict, KeyPath.Key(path, "strict"), RequirementWords.HistoryResponses),
                Suitability = c.Enum(dto.Suitability, KeyPath.Key(path, "suitability"), RequirementWords.HistoryResponses),
            }
            : new HistoryPolicies { Strict = default, Suitability = default };

    private static IReadOnlyList<FitnessEventStandard> FitnessEvents(MappingContext c, List<FitnessEventDto>? events, string path)
    {
        if (events is null || events.Count == 0)
        {
            c.Error(path, "missing required key 'events' (a non-empty list)");
            return [];
        }

        var result = new List<FitnessEventStandard>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var p = KeyPath.Item(path, i);
            if ((e.Minimum is null) == (e.MaximumSeconds is null))
            {
                c.Error(p, "give exactly one of 'minimum' (a count) or 'maximumSeconds' (a time)");
            }

            if (e.Minimum is <= 0 || e.MaximumSeconds is <= 0)
            {
                c.Error(p, "pass marks must be positive");
            }

            var fitnessEvent = c.Enum(e.Event, KeyPath.Key(p, "event"), RequirementWords.FitnessEvents);
            if (e.Event is not null && result.Any(r => r.Event == fitnessEvent))
            {
                c.Error(KeyPath.Key(p, "event"), $"event '{e.Event}' is listed twice");
            }

            result.Add(new FitnessEventStandard { Event = fitnessEvent, Minimum = e.Minimum, MaximumSeconds = e.MaximumSeconds, Sources = c.Sources(e.Sources, KeyPath.Key(p, "sources")) });
        }

        return result;
    }

    private static EducationExperienceRequirement EducationExperience(
        MappingContext c, RequirementDto d, string path, string id, RequirementCategory category, string title, IReadOnlyList<string> sources)
    {
        var gradesPath = KeyPath.Key(path, "grades");
        var rows = new List<GradeQualification>();
        if (d.Grades is null || d.Grades.Count == 0)
        {
            c.Error(gradesPath, "missing required key 'grades' (a non-empty list)");
        }

        for (var i = 0; i < (d.Grades?.Count ?? 0); i++)
        {
            var row = d.Grades![i];
            var p = KeyPath.Item(gradesPath, i);
            var grade = c.Required(row.Grade, KeyPath.Key(p, "grade"));
            if (row.Grade is not null && grade is < 1 or > 15)
            {
                c.Error(KeyPath.Key(p, "grade"), "must be a grade from 1 to 15");
            }
            else if (rows.Any(r => r.Grade == grade))
            {
                c.Error(KeyPath.Key(p, "grade"), $"grade {grade} is listed twice");
            }

            if (row.Education is null && row.Experience is null)
            {
                c.Error(p, "a grade row needs 'education', 'experience' or both");
            }

            var combinations = new List<CombinationStandard>();
            for (var k = 0; k < (row.Combinations?.Count ?? 0); k++)
            {
                combinations.Add(Combination(c, row.Combinations![k], KeyPath.Item(KeyPath.Key(p, "combinations"), k)));
            }

            if (combinations.Count > 1 && combinations.Any(k => k.Specialized != combinations[0].Specialized || k.MinimumGrade != combinations[0].MinimumGrade || k.Hours != combinations[0].Hours))
            {
                c.Error(KeyPath.Key(p, "combinations"), "the readings of one row must count the same experience (specialized, minimumGrade) and the same hours; they may differ only in how they weigh them");
            }

            rows.Add(new GradeQualification
            {
                Grade = grade,
                Education = row.Education is { } e ? Education(c, e, KeyPath.Key(p, "education")) : null,
                Experience = row.Experience is { } x ? Experience(c, x, KeyPath.Key(p, "experience")) : null,
                Combinations = combinations,
                Sources = c.Sources(row.Sources, KeyPath.Key(p, "sources")),
            });
        }

        var intervalPath = KeyPath.Key(path, "gradeInterval");
        c.Present(d.GradeInterval, intervalPath);
        var interval = c.Required(d.GradeInterval?.Value, KeyPath.Key(intervalPath, "value"));
        if (d.GradeInterval?.Value is not null && interval is not (1 or 2))
        {
            c.Error(KeyPath.Key(intervalPath, "value"), "must be 1 (one-grade interval) or 2 (two-grade interval)");
        }

        var conversionsPath = KeyPath.Key(path, "conversions");
        var conversions = d.Conversions;
        c.Present(conversions, conversionsPath);
        var fullTime = c.Required(conversions?.FullTimeHoursPerWeek, KeyPath.Key(conversionsPath, "fullTimeHoursPerWeek"));
        var quarter = c.Required(conversions?.QuarterHoursPerSemesterHour, KeyPath.Key(conversionsPath, "quarterHoursPerSemesterHour"));
        if (conversions?.FullTimeHoursPerWeek is <= 0)
        {
            c.Error(KeyPath.Key(conversionsPath, "fullTimeHoursPerWeek"), "must be positive");
        }

        if (conversions?.FullTimeFromHoursPerWeek is { } from && (from <= 0 || from > fullTime))
        {
            c.Error(KeyPath.Key(conversionsPath, "fullTimeFromHoursPerWeek"), "must be positive and at most fullTimeHoursPerWeek");
        }

        if (conversions?.QuarterHoursPerSemesterHour is <= 0)
        {
            c.Error(KeyPath.Key(conversionsPath, "quarterHoursPerSemesterHour"), "must be positive");
        }

        var usesSaa = rows.Any(r => r.Education?.SuperiorAcademicAchievement == true);
        var saaPath = KeyPath.Key(path, "superiorAcademicAchievement");
        if (usesSaa && interval == 1)
        {
            c.Error(saaPath, "Superior Academic Achievement applies only to two-grade-interval positions; this table has gradeInterval 1");
        }

        if (usesSaa)
        {
            c.Present(d.SuperiorAcademicAchievement, saaPath);
        }

        return new EducationExperienceRequirement
        {
            Id = id, Category = category, Title = title, Description = d.Description, Sources = sources,
            Grades = rows,
            SuperiorAcademicAchievement = d.SuperiorAcademicAchievement is { } saa ? SuperiorAcademicAchievement(c, saa, saaPath) : null,
            GradeInterval = interval,
            GradeIntervalSources = d.GradeInterval is { } gi ? c.Sources(gi.Sources, KeyPath.Key(intervalPath, "sources")) : [],
            Conversions = new QualificationConversions
            {
                FullTimeHoursPerWeek = fullTime,
                FullTimeFromHoursPerWeek = conversions?.FullTimeFromHoursPerWeek,
                QuarterHoursPerSemesterHour = quarter,
                Sources = conversions is null ? [] : c.Sources(conversions.Sources, KeyPath.Key(conversionsPath, "sources")),
            },
            MilitaryGrades = MilitaryGrades(c, d.MilitaryGrades, KeyPath.Key(path, "militaryGrades")),
        };
    }

    /// <summary>The military pay grade comparison rows: each a pay grade once, with GS grades from 1 to 15, low ≤ high.</summary>
    private static List<MilitaryGradeEquivalent> MilitaryGrades(MappingContext c, List<MilitaryGradeDto>? rows, string path)
    {
        var result = new List<MilitaryGradeEquivalent>();
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            var row = rows![i];
            var p = KeyPath.Item(path, i);
            var low = c.Required(row.Low, KeyPath.Key(p, "low"));
            var high = row.High ?? low;
            if (!MilitaryPayGrade.TryParse(row.PayGrade, out var payGrade))
            {
                c.Error(KeyPath.Key(p, "payGrade"), "must be a military pay grade, E-1 to E-9, W-1 to W-5 or O-1 to O-10");
                continue;
            }

            if (result.Any(r => r.PayGrade == payGrade))
            {
                c.Error(KeyPath.Key(p, "payGrade"), $"{payGrade} is listed twice");
            }

            if (row.Low is not null && (low is < 1 or > 15 || high < low || high > 15))
            {
                c.Error(p, "low and high must be GS grades from 1 to 15, low not above high");
            }

            result.Add(new MilitaryGradeEquivalent { PayGrade = payGrade, LowGrade = low, HighGrade = high, Sources = c.Sources(row.Sources, KeyPath.Key(p, "sources")) });
        }

        return result;
    }

    private static ExperienceStandard Experience(MappingContext c, ExperienceDto x, string path)
    {
        var standard = new ExperienceStandard
        {
            Months = Positive(c, x.Months, KeyPath.Key(path, "months")),
            Specialized = c.Required(x.Specialized, KeyPath.Key(path, "specialized")),
            MinimumGrade = x.MinimumGrade,
            MonthsAtMinimumGrade = x.MonthsAtMinimumGrade,
        };
        if (x.MonthsAtMinimumGrade is { } part && (part <= 0 || part > standard.Months || x.MinimumGrade is null))
        {
            c.Error(KeyPath.Key(path, "monthsAtMinimumGrade"), "must be from 1 to 'months' and needs 'minimumGrade'");
        }

        return standard;
    }

    private static SuperiorAcademicAchievementStandard SuperiorAcademicAchievement(MappingContext c, SaaDto saa, string saaPath)
    {
        var standard = new SuperiorAcademicAchievementStandard
        {
            OverallGpa = Gpa(c, saa.OverallGpa, KeyPath.Key(saaPath, "overallGpa")),
            MajorGpa = Gpa(c, saa.MajorGpa, KeyPath.Key(saaPath, "majorGpa")),
            GpaDecimals = c.Required(saa.GpaDecimals, KeyPath.Key(saaPath, "gpaDecimals")),
            ClassStandingMaxPercentile = c.Required(saa.ClassStandingMaxPercentile, KeyPath.Key(saaPath, "classStandingMaxPercentile")),
            HonorSociety = c.Required(saa.HonorSociety, KeyPath.Key(saaPath, "honorSociety")),
            PassFailMaxPercent = saa.PassFailMaxPercent,
            Sources = c.Sources(saa.Sources, KeyPath.Key(saaPath, "sources")),
        };
        if (standard.GpaDecimals is < 0 or > 4)
        {
            c.Error(KeyPath.Key(saaPath, "gpaDecimals"), "must be from 0 to 4");
        }

        if (standard.ClassStandingMaxPercentile is < 1 or > 100 && saa.ClassStandingMaxPercentile is not null)
        {
            c.Error(KeyPath.Key(saaPath, "classStandingMaxPercentile"), "must be a percentile from 1 to 100");
        }

        if (saa.PassFailMaxPercent is < 0 or > 100)
        {
            c.Error(KeyPath.Key(saaPath, "passFailMaxPercent"), "must be a percentage from 0 to 100");
        }

        return standard;
    }

    private static decimal Gpa(MappingContext c, decimal? value, string path)
    {
        var v = c.Required(value, path);
        if (value is not null && v is < 0 or > 4)
        {
            c.Error(path, "must be a GPA from 0.0 to 4.0");
        }

        return v;
    }

    private static EducationStandard Education(MappingContext c, EducationDto e, string path)
    {
        var degrees = new List<DegreeRequirement>();
        for (var i = 0; i < (e.Degrees?.Count ?? 0); i++)
        {
            var p = KeyPath.Item(KeyPath.Key(path, "degrees"), i);
            degrees.Add(new DegreeRequirement { Level = c.Enum(e.Degrees![i].Level, KeyPath.Key(p, "level"), CandidateWords.EducationLevels), Field = e.Degrees[i].Field });
        }

        if (degrees.Count == 0 && e.GraduateHours is null && e.SuperiorAcademicAchievement is not true)
        {
            c.Error(path, "education needs 'degrees', 'graduateHours' or 'superiorAcademicAchievement: true'");
        }

        if (e.GraduateHours is <= 0)
        {
            c.Error(KeyPath.Key(path, "graduateHours"), "must be positive");
        }

        return new EducationStandard { Degrees = degrees, GraduateHours = e.GraduateHours, SuperiorAcademicAchievement = e.SuperiorAcademicAchievement ?? false };
    }

    private static CombinationStandard Combination(MappingContext c, CombinationDto m, string path)
    {
        var forFull = c.Required(m.HoursForFull, KeyPath.Key(path, "hoursForFull"));
        if (m.HoursForFull is not null && forFull <= 0)
        {
            c.Error(KeyPath.Key(path, "hoursForFull"), "must be positive");
        }

        var beyond = c.Required(m.HoursBeyond, KeyPath.Key(path, "hoursBeyond"));
        if (beyond < 0)
        {
            c.Error(KeyPath.Key(path, "hoursBeyond"), "must not be negative");
        }

        return new CombinationStandard
        {
            ExperienceMonths = Positive(c, m.ExperienceMonths, KeyPath.Key(path, "experienceMonths")),
            Specialized = c.Required(m.Specialized, KeyPath.Key(path, "specialized")),
            MinimumGrade = m.MinimumGrade,
            Hours = c.Enum(m.Hours, KeyPath.Key(path, "hours"), RequirementWords.HoursKinds),
            HoursBeyond = beyond,
            HoursForFull = forFull,
            Sources = m.Sources is null ? [] : c.Sources(m.Sources, KeyPath.Key(path, "sources")),
        };
    }
}
