using IceCareers.Candidates;
using IceCareers.Hiring;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Training;

namespace IceCareers.Data.Compiled;

/// <summary>
/// Reads the compiled catalog written by <see cref="CompiledCatalogWriter"/>: the mirror of the writer, method for
/// method and field for field. Kept to plain loops and object initialisers because it runs at start-up, where every
/// method it touches is compiled by the JIT first.
/// </summary>
internal sealed class CompiledCatalogReader
{
    private readonly BinaryReader _in;
    private readonly string[] _strings;

    private CompiledCatalogReader(BinaryReader input)
    {
        _in = input;
        _strings = new string[input.Read7BitEncodedInt()];
        for (var i = 0; i < _strings.Length; i++)
        {
            _strings[i] = input.ReadString();
        }
    }

    /// <summary>
    /// Reads a compiled catalog. Anything else — not a compiled catalog, another format version, a damaged or truncated
    /// file, bytes the reader does not consume, a catalog that is inconsistent — is a <see cref="CatalogLoadException"/>
    /// naming <paramref name="name"/> and what is wrong: a compiled catalog that does not read is a build defect, and it
    /// is reported, never replaced by something else.
    /// </summary>
    public static CareerCatalog Read(Stream stream, string name)
    {
        using var input = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (input.ReadUInt32() != CompiledCatalog.Magic)
            {
                throw Fail(name, "not a compiled IceCareers catalog");
            }

            var version = input.ReadInt32();
            if (version != CompiledCatalog.FormatVersion)
            {
                throw Fail(name, $"compiled in format {version}; this library reads format {CompiledCatalog.FormatVersion}");
            }

            var checksum = input.ReadUInt64();
            var length = input.ReadInt32();
            if (length < 0 || length > CompiledCatalog.MaxPayloadBytes)
            {
                throw Fail(name, $"a payload length of {length} bytes is outside 0–{CompiledCatalog.MaxPayloadBytes}");
            }

            var payload = input.ReadBytes(length);
            if (payload.Length != length)
            {
                throw Fail(name, $"truncated: {payload.Length} of {length} payload bytes");
            }

            if (CompiledCatalog.Checksum(payload) != checksum)
            {
                throw Fail(name, "damaged: the payload's checksum does not match");
            }

            using var payloadReader = new BinaryReader(new MemoryStream(payload, writable: false));
            var catalog = new CompiledCatalogReader(payloadReader).Catalog();
            return payloadReader.BaseStream.Position == payload.Length
                ? catalog
                : throw Fail(name, $"{payload.Length - payloadReader.BaseStream.Position} payload bytes were not read: the writer and the reader disagree");
        }
        catch (EndOfStreamException e)
        {
            throw Fail(name, "truncated: it ends inside its header or a record", e);
        }
        catch (Exception e) when (e is IOException or IndexOutOfRangeException or FormatException or InvalidOperationException or ArgumentException)
        {
            // Past the checksum, a record that does not read (or a catalog that does not hold together) means the writer
            // and the reader disagree: a build defect, reported with its cause.
            throw Fail(name, "does not read (" + e.Message + ")", e);
        }
    }

    private static CatalogLoadException Fail(string name, string problem, Exception? cause = null)
    {
        var error = new CatalogError(name, 1, 1, problem + "; rebuild it with `bash eng/compile-data.sh`");
        return cause is null ? new CatalogLoadException([error]) : new CatalogLoadException([error], cause);
    }

    private CareerCatalog Catalog()
    {
        var version = String();
        var asOf = Date();
        var sources = List(Source);
        var roles = List(Role);
        var requirements = List(Requirement);
        var pipelines = List(Pipeline);
        var programs = List(TrainingProgram);
        return new CareerCatalog(version, asOf, sources, roles, requirements, pipelines, programs);
    }

    private Source Source() => new()
    {
        Id = String(),
        Title = String(),
        Publisher = String(),
        Url = OptionalString(),
        Via = OptionalString(),
        Citation = OptionalString(),
        Kind = (SourceKind)Int(),
        Published = OptionalString(),
        Retrieved = OptionalDate(),
        Confidence = (Confidence)Int(),
        Note = OptionalString(),
    };

    private Role Role() => new()
    {
        Id = String(),
        Title = String(),
        Summary = SourcedText(),
        Directorate = (Directorate)Int(),
        DirectorateSources = Strings(),
        Series = new OccupationalSeries { Code = String(), Title = String(), Sources = Strings() },
        Grades = new GradeRange { Entry = List(PayGrade), FullPerformance = PayGrade(), Sources = Strings() },
        IsLawEnforcement = Bool(),
        LawEnforcementSources = Strings(),
        Status = (RoleStatus)Int(),
        SuccessorRoleId = OptionalString(),
        StatusNote = OptionalString(),
        StatusSources = Strings(),
        Duties = List(Duty),
        CaseAreas = Strings(),
        CaseAreaSources = Strings(),
        PayNotes = List(SourcedText),
        RequirementIds = Strings(),
        PipelineId = String(),
        Training = new RoleTraining
        {
            ProgramIds = Strings(),
            StatedTotal = Bool() ? new StatedDuration { Weeks = Decimal(), Sources = Strings() } : null,
            Note = OptionalString(),
            Sources = Strings(),
        },
    };

    private Duty Duty() => new() { Text = String(), Level = (DutyLevel)Int(), Sources = Strings() };

    private Requirement Requirement()
    {
        var kind = (RequirementKind)Int();
        var id = String();
        var category = (RequirementCategory)Int();
        var title = String();
        var description = OptionalString();
        var sources = Strings();
        return kind switch
        {
            RequirementKind.Citizenship => new CitizenshipRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                AcceptedCitizenship = List(() => (Citizenship)Int()),
            },
            RequirementKind.Age => new AgeRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Periods = Dated(AgeLimit),
            },
            RequirementKind.EducationExperience => new EducationExperienceRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Grades = List(GradeQualification),
                SuperiorAcademicAchievement = Bool() ? SuperiorAcademicAchievement() : null,
                GradeInterval = Int(),
                GradeIntervalSources = Strings(),
                Conversions = new QualificationConversions { FullTimeHoursPerWeek = Decimal(), QuarterHoursPerSemesterHour = Decimal(), Sources = Strings() },
            },
            RequirementKind.SelectiveService => new SelectiveServiceRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                AppliesToSex = (Sex)Int(),
                BornAfter = Date(),
                RegistrationDeadlineAge = Int(),
            },
            RequirementKind.DomesticViolenceBar => new DomesticViolenceBarRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                ConvictionCategories = List(() => (ConvictionCategory)Int()),
            },
            RequirementKind.CriminalHistory => new CriminalHistoryRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                ConvictionCategories = List(() => (ConvictionCategory)Int()),
                Policies = HistoryPolicies(),
                ReviewFactors = Strings(),
            },
            RequirementKind.DrugHistory => new DrugHistoryRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Policies = HistoryPolicies(),
                ReviewFactors = Strings(),
            },
            RequirementKind.FitnessTest => new FitnessTestRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Events = List(FitnessEventStandard),
            },
            RequirementKind.Language => new LanguageRequirement
            {
                Id = id, Category = category, Title = title, Description = description, Sources = sources,
                Periods = Dated(LanguageRule),
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
    }

    private AgeLimit AgeLimit() => new()
    {
        MinimumAge = Int(),
        AppointBeforeBirthday = OptionalInt(),
        Waivers = List(() => (AgeWaiver)Int()),
    };

    private GradeQualification GradeQualification() => new()
    {
        Grade = Int(),
        Education = Bool()
            ? new EducationStandard { Degrees = List(DegreeRequirement), GraduateHours = OptionalDecimal(), SuperiorAcademicAchievement = Bool() }
            : null,
        Experience = Bool()
            ? new ExperienceStandard { Months = Int(), Specialized = Bool(), MinimumGrade = OptionalInt(), MonthsAtMinimumGrade = OptionalInt() }
            : null,
        Combinations = List(() => new CombinationStandard
        {
            ExperienceMonths = Int(),
            Specialized = Bool(),
            MinimumGrade = OptionalInt(),
            Hours = (HoursKind)Int(),
            HoursBeyond = Decimal(),
            HoursForFull = Decimal(),
            Sources = Strings(),
        }),
        Sources = Strings(),
    };

    private DegreeRequirement DegreeRequirement() => new() { Level = (EducationLevel)Int(), Field = OptionalString() };

    private SuperiorAcademicAchievementStandard SuperiorAcademicAchievement() => new()
    {
        OverallGpa = Decimal(),
        MajorGpa = Decimal(),
        GpaDecimals = Int(),
        ClassStandingMaxPercentile = Int(),
        HonorSociety = Bool(),
        PassFailMaxPercent = OptionalDecimal(),
        Sources = Strings(),
    };

    private HistoryPolicies HistoryPolicies() => new() { Strict = (HistoryResponse)Int(), Suitability = (HistoryResponse)Int() };

    private FitnessEventStandard FitnessEventStandard() => new()
    {
        Event = (FitnessEvent)Int(),
        Minimum = OptionalDecimal(),
        MaximumSeconds = OptionalDecimal(),
        Sources = Strings(),
    };

    private LanguageRule LanguageRule() => new()
    {
        CourseRequired = Bool(),
        Language = OptionalString(),
        TestOutProficiency = OptionalInt() is { } proficiency ? (LanguageProficiency)proficiency : null,
        CourseDays = OptionalInt(),
    };

    private HiringPipeline Pipeline() => new()
    {
        Id = String(),
        Name = String(),
        Stages = List(PipelineStage),
        Sources = Strings(),
    };

    private PipelineStage PipelineStage() => new()
    {
        Id = String(),
        Name = String(),
        Checks = String(),
        Failures = Strings(),
        Duration = Bool() ? new StageDuration { MinDays = Int(), MaxDays = Int(), Sources = Strings() } : null,
        Sources = Strings(),
    };

    private TrainingProgram TrainingProgram() => new()
    {
        Id = String(),
        Name = String(),
        Provider = String(),
        Location = OptionalString(),
        Description = OptionalString(),
        Length = Dated(TrainingLength),
        Required = Bool() ? Dated(Bool) : null,
        TestOut = Bool() ? new LanguageTestOut { Language = String(), Proficiency = (LanguageProficiency)Int(), Sources = Strings() } : null,
        Failure = SourcedText(),
        Sources = Strings(),
    };

    private TrainingLength TrainingLength() => new() { TrainingDays = OptionalInt(), Weeks = OptionalDecimal(), DaysPerWeek = OptionalInt() };

    private SourcedText SourcedText() => new() { Text = String(), Sources = Strings() };

    private PayGrade PayGrade() => new((PayPlan)Int(), Int());

    private Dated<T> Dated<T>(Func<T> value)
    {
        var periods = new DatedValue<T>[Int()];
        for (var i = 0; i < periods.Length; i++)
        {
            periods[i] = new DatedValue<T>
            {
                Effective = new Effective(OptionalDate(), OptionalDate()),
                Value = value(),
                Sources = Strings(),
                Note = OptionalString(),
            };
        }

        return new Dated<T> { Periods = periods };
    }

    private T[] List<T>(Func<T> item)
    {
        var items = new T[Int()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = item();
        }

        return items;
    }

    private string[] Strings()
    {
        var items = new string[Int()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = String();
        }

        return items;
    }

    private string String() => _strings[Int()];

    private string? OptionalString() => Bool() ? String() : null;

    private int Int() => _in.Read7BitEncodedInt();

    private int? OptionalInt() => Bool() ? Int() : null;

    private bool Bool() => _in.ReadBoolean();

    private decimal Decimal() => _in.ReadDecimal();

    private decimal? OptionalDecimal() => Bool() ? Decimal() : null;

    private DateOnly Date() => DateOnly.FromDayNumber(Int());

    private DateOnly? OptionalDate() => Bool() ? Date() : null;
}
