// The YAML shapes of data/README.md. Mutable because YamlDotNet's static generator needs setters; every value is
// optional here so that missing keys are reported by the mapper with their position, not guessed.
#pragma warning disable CA1812 // instantiated by the generated YAML context
namespace IceCareers.Authoring.Yaml;

internal sealed class VersionDto
{
    public string? Version { get; set; }
    public string? AsOf { get; set; }
}

internal sealed class SourcesFileDto
{
    public List<SourceDto>? Sources { get; set; }
}

internal sealed class SourceDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Via { get; set; }
    public string? Citation { get; set; }
    public string? Kind { get; set; }
    public string? Published { get; set; }
    public string? Retrieved { get; set; }
    public string? Confidence { get; set; }
    public string? Note { get; set; }
}

internal sealed class SourcedTextDto
{
    public string? Text { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class SourcedValueDto
{
    public string? Value { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class SeriesDto
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class GradesDto
{
    public List<string>? Entry { get; set; }
    public string? FullPerformance { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class StatusDto
{
    public string? Value { get; set; }
    public string? Successor { get; set; }
    public string? Note { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class DutyDto
{
    public string? Text { get; set; }
    public string? Level { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class CaseAreasDto
{
    public List<string>? Values { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class StatedTotalDto
{
    public decimal? Weeks { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class RoleTrainingDto
{
    public List<string>? Programs { get; set; }
    public StatedTotalDto? StatedTotal { get; set; }
    public string? Note { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class RoleDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public SourcedTextDto? Summary { get; set; }
    public SourcedValueDto? Directorate { get; set; }
    public SeriesDto? Series { get; set; }
    public GradesDto? Grades { get; set; }
    public SourcedValueDto? LawEnforcement { get; set; }
    public StatusDto? Status { get; set; }
    public List<DutyDto>? Duties { get; set; }
    public CaseAreasDto? CaseAreas { get; set; }
    public List<SourcedTextDto>? PayNotes { get; set; }
    public List<string>? Requirements { get; set; }
    public string? Pipeline { get; set; }
    public RoleTrainingDto? Training { get; set; }
}

internal sealed class RequirementsFileDto
{
    public List<RequirementDto>? Requirements { get; set; }
}

internal sealed class RequirementDto
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Category { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<string>? Sources { get; set; }
    public List<string>? AcceptedCitizenship { get; set; }
    public List<PeriodDto>? Periods { get; set; }
    public List<GradeRowDto>? Grades { get; set; }
    public SaaDto? SuperiorAcademicAchievement { get; set; }
    public GradeIntervalDto? GradeInterval { get; set; }
    public ConversionsDto? Conversions { get; set; }
    public List<MilitaryGradeDto>? MilitaryGrades { get; set; }
    public AppliesToDto? AppliesTo { get; set; }
    public int? RegistrationDeadlineAge { get; set; }
    public List<string>? ConvictionCategories { get; set; }
    public PoliciesDto? Policies { get; set; }
    public List<string>? ReviewFactors { get; set; }
    public List<FitnessEventDto>? Events { get; set; }
}

internal sealed class PeriodDto
{
    public string? From { get; set; }
    public string? To { get; set; }
    public PeriodValueDto? Value { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class PeriodValueDto
{
    public int? MinimumAge { get; set; }
    public int? AppointBeforeBirthday { get; set; }
    public List<string>? Waivers { get; set; }
    public bool? CourseRequired { get; set; }
    public string? Language { get; set; }
    public string? TestOutProficiency { get; set; }
    public int? CourseDays { get; set; }
}

internal sealed class GradeRowDto
{
    public int? Grade { get; set; }
    public EducationDto? Education { get; set; }
    public ExperienceDto? Experience { get; set; }
    public List<CombinationDto>? Combinations { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class EducationDto
{
    public List<DegreeDto>? Degrees { get; set; }
    public decimal? GraduateHours { get; set; }
    public bool? SuperiorAcademicAchievement { get; set; }
}

internal sealed class DegreeDto
{
    public string? Level { get; set; }
    public string? Field { get; set; }
}

internal sealed class ExperienceDto
{
    public int? Months { get; set; }
    public bool? Specialized { get; set; }
    public int? MinimumGrade { get; set; }
    public int? MonthsAtMinimumGrade { get; set; }
}

internal sealed class CombinationDto
{
    public int? ExperienceMonths { get; set; }
    public bool? Specialized { get; set; }
    public int? MinimumGrade { get; set; }
    public string? Hours { get; set; }
    public decimal? HoursBeyond { get; set; }
    public decimal? HoursForFull { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class GradeIntervalDto
{
    public int? Value { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class ConversionsDto
{
    public decimal? FullTimeHoursPerWeek { get; set; }
    public decimal? FullTimeFromHoursPerWeek { get; set; }
    public decimal? QuarterHoursPerSemesterHour { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class MilitaryGradeDto
{
    public string? PayGrade { get; set; }
    public int? Low { get; set; }
    public int? High { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class SaaDto
{
    public decimal? OverallGpa { get; set; }
    public decimal? MajorGpa { get; set; }
    public int? GpaDecimals { get; set; }
    public int? ClassStandingMaxPercentile { get; set; }
    public bool? HonorSociety { get; set; }
    public decimal? PassFailMaxPercent { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class AppliesToDto
{
    public string? Sex { get; set; }
    public string? BornAfter { get; set; }
}

internal sealed class PoliciesDto
{
    public string? Strict { get; set; }
    public string? Suitability { get; set; }
}

internal sealed class FitnessEventDto
{
    public string? Event { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? MaximumSeconds { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class PipelineDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public List<StageDto>? Stages { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class StageDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Checks { get; set; }
    public List<string>? Failures { get; set; }
    public DurationDto? Duration { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class DurationDto
{
    public int? MinDays { get; set; }
    public int? MaxDays { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class TrainingDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Provider { get; set; }
    public string? Location { get; set; }
    public string? Description { get; set; }
    public List<LengthPeriodDto>? Length { get; set; }
    public List<RequiredPeriodDto>? Required { get; set; }
    public TestOutDto? TestOut { get; set; }
    public SourcedTextDto? Failure { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class LengthPeriodDto
{
    public string? From { get; set; }
    public string? To { get; set; }
    public TrainingLengthDto? Value { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class TrainingLengthDto
{
    public int? TrainingDays { get; set; }
    public decimal? Weeks { get; set; }
    public int? DaysPerWeek { get; set; }
}

internal sealed class RequiredPeriodDto
{
    public string? From { get; set; }
    public string? To { get; set; }
    public bool? Value { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class TestOutDto
{
    public string? Language { get; set; }
    public string? Proficiency { get; set; }
    public List<string>? Sources { get; set; }
}
