using System.Text;
using IceCareers.Hiring;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Training;

namespace IceCareers.Data.Compiled;

/// <summary>
/// Writes a loaded catalog in the compiled form read by <see cref="CompiledCatalogReader"/> (layout in
/// <see cref="CompiledCatalog"/>). Used by <c>eng/DataCompiler</c> and the tests, never on a user's path. Every model type
/// has one method here and its mirror, field for field in the same order, in the reader.
/// </summary>
internal sealed class CompiledCatalogWriter
{
    private readonly BinaryWriter _out;
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    private CompiledCatalogWriter(BinaryWriter output)
    {
        _out = output;
    }

    /// <summary>Writes <paramref name="catalog"/>.</summary>
    public static void Write(CareerCatalog catalog, Stream output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);

        // The body is written first so that the string table holds exactly the strings it uses, in first-use order.
        using var bodyStream = new MemoryStream();
        List<string> strings;
        using (var body = new BinaryWriter(bodyStream, Encoding.UTF8, leaveOpen: true))
        {
            var writer = new CompiledCatalogWriter(body);
            writer.Catalog(catalog);
            strings = writer._strings;
        }

        using var payloadStream = new MemoryStream();
        using (var payload = new BinaryWriter(payloadStream, Encoding.UTF8, leaveOpen: true))
        {
            payload.Write7BitEncodedInt(strings.Count);
            foreach (var text in strings)
            {
                payload.Write(text);
            }

            payload.Write(bodyStream.GetBuffer(), 0, (int)bodyStream.Length);
        }

        WriteEnvelope(output, payloadStream.GetBuffer().AsSpan(0, (int)payloadStream.Length));
    }

    /// <summary>Writes the header (magic, format version, checksum, length) and then <paramref name="payload"/>.</summary>
    public static void WriteEnvelope(Stream output, ReadOnlySpan<byte> payload)
    {
        using var header = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        header.Write(CompiledCatalog.Magic);
        header.Write(CompiledCatalog.FormatVersion);
        header.Write(CompiledCatalog.Checksum(payload));
        header.Write(payload.Length);
        header.Write(payload);
    }

    private void Catalog(CareerCatalog catalog)
    {
        String(catalog.Version);
        Date(catalog.AsOf);
        List(catalog.Sources, Source);
        List(catalog.Roles, Role);
        List(catalog.Requirements, Requirement);
        List(catalog.Pipelines, Pipeline);
        List(catalog.TrainingPrograms, TrainingProgram);
    }

    private void Source(Source source)
    {
        String(source.Id);
        String(source.Title);
        String(source.Publisher);
        OptionalString(source.Url);
        OptionalString(source.Via);
        OptionalString(source.Citation);
        Int((int)source.Kind);
        OptionalString(source.Published);
        OptionalDate(source.Retrieved);
        Int((int)source.Confidence);
        OptionalString(source.Note);
    }

    private void Role(Role role)
    {
        String(role.Id);
        String(role.Title);
        SourcedText(role.Summary);
        Int((int)role.Directorate);
        Strings(role.DirectorateSources);
        String(role.Series.Code);
        String(role.Series.Title);
        Strings(role.Series.Sources);
        List(role.Grades.Entry, PayGrade);
        PayGrade(role.Grades.FullPerformance);
        Strings(role.Grades.Sources);
        Bool(role.IsLawEnforcement);
        Strings(role.LawEnforcementSources);
        Int((int)role.Status);
        OptionalString(role.SuccessorRoleId);
        OptionalString(role.StatusNote);
        Strings(role.StatusSources);
        List(role.Duties, duty =>
        {
            String(duty.Text);
            Int((int)duty.Level);
            Strings(duty.Sources);
        });
        Strings(role.CaseAreas);
        Strings(role.CaseAreaSources);
        List(role.PayNotes, SourcedText);
        Strings(role.RequirementIds);
        String(role.PipelineId);
        Strings(role.Training.ProgramIds);
        Optional(role.Training.StatedTotal, total =>
        {
            Decimal(total.Weeks);
            Strings(total.Sources);
        });
        OptionalString(role.Training.Note);
        Strings(role.Training.Sources);
    }

    private void Requirement(Requirement requirement)
    {
        Int((int)requirement.Kind);
        String(requirement.Id);
        Int((int)requirement.Category);
        String(requirement.Title);
        OptionalString(requirement.Description);
        Strings(requirement.Sources);
        switch (requirement)
        {
            case CitizenshipRequirement citizenship:
                List(citizenship.AcceptedCitizenship, c => Int((int)c));
                break;
            case AgeRequirement age:
                Dated(age.Periods, AgeLimit);
                break;
            case EducationExperienceRequirement education:
                List(education.Grades, GradeQualification);
                Optional(education.SuperiorAcademicAchievement, SuperiorAcademicAchievement);
                Int(education.GradeInterval);
                Strings(education.GradeIntervalSources);
                Decimal(education.Conversions.FullTimeHoursPerWeek);
                Decimal(education.Conversions.QuarterHoursPerSemesterHour);
                Strings(education.Conversions.Sources);
                break;
            case SelectiveServiceRequirement selectiveService:
                Int((int)selectiveService.AppliesToSex);
                Date(selectiveService.BornAfter);
                Int(selectiveService.RegistrationDeadlineAge);
                break;
            case DomesticViolenceBarRequirement bar:
                List(bar.ConvictionCategories, c => Int((int)c));
                break;
            case CriminalHistoryRequirement criminal:
                List(criminal.ConvictionCategories, c => Int((int)c));
                HistoryPolicies(criminal.Policies);
                Strings(criminal.ReviewFactors);
                break;
            case DrugHistoryRequirement drug:
                HistoryPolicies(drug.Policies);
                Strings(drug.ReviewFactors);
                break;
            case FitnessTestRequirement fitness:
                List(fitness.Events, standard =>
                {
                    Int((int)standard.Event);
                    OptionalDecimal(standard.Minimum);
                    OptionalDecimal(standard.MaximumSeconds);
                    Strings(standard.Sources);
                });
                break;
            case LanguageRequirement language:
                Dated(language.Periods, rule =>
                {
                    Bool(rule.CourseRequired);
                    OptionalString(rule.Language);
                    OptionalInt(rule.TestOutProficiency is { } proficiency ? (int)proficiency : null);
                    OptionalInt(rule.CourseDays);
                });
                break;
            case DriversLicenseRequirement or ConditionRequirement:
                break;
            default:
                throw new NotSupportedException($"The compiled form has no layout for requirement kind {requirement.Kind}.");
        }
    }

    private void AgeLimit(AgeLimit limit)
    {
        Int(limit.MinimumAge);
        OptionalInt(limit.AppointBeforeBirthday);
        List(limit.Waivers, w => Int((int)w));
    }

    private void GradeQualification(GradeQualification grade)
    {
        Int(grade.Grade);
        Optional(grade.Education, education =>
        {
            List(education.Degrees, degree =>
            {
                Int((int)degree.Level);
                OptionalString(degree.Field);
            });
            OptionalDecimal(education.GraduateHours);
            Bool(education.SuperiorAcademicAchievement);
        });
        Optional(grade.Experience, experience =>
        {
            Int(experience.Months);
            Bool(experience.Specialized);
            OptionalInt(experience.MinimumGrade);
            OptionalInt(experience.MonthsAtMinimumGrade);
        });
        List(grade.Combinations, combination =>
        {
            Int(combination.ExperienceMonths);
            Bool(combination.Specialized);
            OptionalInt(combination.MinimumGrade);
            Int((int)combination.Hours);
            Decimal(combination.HoursBeyond);
            Decimal(combination.HoursForFull);
            Strings(combination.Sources);
        });
        Strings(grade.Sources);
    }

    private void SuperiorAcademicAchievement(SuperiorAcademicAchievementStandard standard)
    {
        Decimal(standard.OverallGpa);
        Decimal(standard.MajorGpa);
        Int(standard.GpaDecimals);
        Int(standard.ClassStandingMaxPercentile);
        Bool(standard.HonorSociety);
        OptionalDecimal(standard.PassFailMaxPercent);
        Strings(standard.Sources);
    }

    private void HistoryPolicies(HistoryPolicies policies)
    {
        Int((int)policies.Strict);
        Int((int)policies.Suitability);
    }

    private void Pipeline(HiringPipeline pipeline)
    {
        String(pipeline.Id);
        String(pipeline.Name);
        List(pipeline.Stages, stage =>
        {
            String(stage.Id);
            String(stage.Name);
            String(stage.Checks);
            Strings(stage.Failures);
            Optional(stage.Duration, duration =>
            {
                Int(duration.MinDays);
                Int(duration.MaxDays);
                Strings(duration.Sources);
            });
            Strings(stage.Sources);
        });
        Strings(pipeline.Sources);
    }

    private void TrainingProgram(TrainingProgram program)
    {
        String(program.Id);
        String(program.Name);
        String(program.Provider);
        OptionalString(program.Location);
        OptionalString(program.Description);
        Dated(program.Length, length =>
        {
            OptionalInt(length.TrainingDays);
            OptionalDecimal(length.Weeks);
            OptionalInt(length.DaysPerWeek);
        });
        Optional(program.Required, required => Dated(required, Bool));
        Optional(program.TestOut, testOut =>
        {
            String(testOut.Language);
            Int((int)testOut.Proficiency);
            Strings(testOut.Sources);
        });
        SourcedText(program.Failure);
        Strings(program.Sources);
    }

    private void SourcedText(SourcedText text)
    {
        String(text.Text);
        Strings(text.Sources);
    }

    private void PayGrade(PayGrade grade)
    {
        Int((int)grade.Plan);
        Int(grade.Grade);
    }

    private void Dated<T>(Dated<T> dated, Action<T> value)
    {
        List(dated.Periods, period =>
        {
            OptionalDate(period.Effective.From);
            OptionalDate(period.Effective.To);
            value(period.Value);
            Strings(period.Sources);
            OptionalString(period.Note);
        });
    }

    private void List<T>(IReadOnlyList<T> items, Action<T> item)
    {
        Int(items.Count);
        foreach (var each in items)
        {
            item(each);
        }
    }

    private void Strings(IReadOnlyList<string> items) => List(items, String);

    private void Optional<T>(T? value, Action<T> write)
        where T : class
    {
        Bool(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private void String(string text)
    {
        if (!_stringIndex.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _stringIndex.Add(text, index);
            _strings.Add(text);
        }

        Int(index);
    }

    private void OptionalString(string? text)
    {
        Bool(text is not null);
        if (text is not null)
        {
            String(text);
        }
    }

    private void Int(int value)
    {
        if (value < 0)
        {
            throw new NotSupportedException($"The compiled form stores no negative numbers ({value}).");
        }

        _out.Write7BitEncodedInt(value);
    }

    private void OptionalInt(int? value)
    {
        Bool(value.HasValue);
        if (value is { } v)
        {
            Int(v);
        }
    }

    private void Bool(bool value) => _out.Write(value);

    private void Decimal(decimal value) => _out.Write(value);

    private void OptionalDecimal(decimal? value)
    {
        Bool(value.HasValue);
        if (value is { } v)
        {
            Decimal(v);
        }
    }

    private void Date(DateOnly date) => Int(date.DayNumber);

    private void OptionalDate(DateOnly? date)
    {
        Bool(date.HasValue);
        if (date is { } d)
        {
            Date(d);
        }
    }
}
