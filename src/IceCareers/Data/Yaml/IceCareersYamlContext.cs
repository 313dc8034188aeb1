using System.ComponentModel;
using YamlDotNet.Serialization;

namespace IceCareers.Data.Yaml;

/// <summary>
/// The YamlDotNet static (AOT-safe) type context for the catalog's data files and candidate profiles. Public only because the source
/// generator requires it; not meant to be used directly.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[YamlStaticContext]
[YamlSerializable(typeof(VersionDto))]
[YamlSerializable(typeof(SourcesFileDto))]
[YamlSerializable(typeof(SourceDto))]
[YamlSerializable(typeof(RoleDto))]
[YamlSerializable(typeof(SourcedTextDto))]
[YamlSerializable(typeof(SourcedValueDto))]
[YamlSerializable(typeof(SeriesDto))]
[YamlSerializable(typeof(GradesDto))]
[YamlSerializable(typeof(StatusDto))]
[YamlSerializable(typeof(DutyDto))]
[YamlSerializable(typeof(CaseAreasDto))]
[YamlSerializable(typeof(RoleTrainingDto))]
[YamlSerializable(typeof(StatedTotalDto))]
[YamlSerializable(typeof(RequirementsFileDto))]
[YamlSerializable(typeof(RequirementDto))]
[YamlSerializable(typeof(PeriodDto))]
[YamlSerializable(typeof(PeriodValueDto))]
[YamlSerializable(typeof(GradeRowDto))]
[YamlSerializable(typeof(EducationDto))]
[YamlSerializable(typeof(DegreeDto))]
[YamlSerializable(typeof(ExperienceDto))]
[YamlSerializable(typeof(CombinationDto))]
[YamlSerializable(typeof(SaaDto))]
[YamlSerializable(typeof(AppliesToDto))]
[YamlSerializable(typeof(PoliciesDto))]
[YamlSerializable(typeof(FitnessEventDto))]
[YamlSerializable(typeof(PipelineDto))]
[YamlSerializable(typeof(StageDto))]
[YamlSerializable(typeof(DurationDto))]
[YamlSerializable(typeof(TrainingDto))]
[YamlSerializable(typeof(LengthPeriodDto))]
[YamlSerializable(typeof(TrainingLengthDto))]
[YamlSerializable(typeof(RequiredPeriodDto))]
[YamlSerializable(typeof(TestOutDto))]
[YamlSerializable(typeof(PaySchedulesFileDto))]
[YamlSerializable(typeof(PayScheduleDto))]
[YamlSerializable(typeof(PayCapDto))]
[YamlSerializable(typeof(PayLocalitiesFileDto))]
[YamlSerializable(typeof(PayAreaDto))]
[YamlSerializable(typeof(PaySpecialRateDto))]
[YamlSerializable(typeof(PayPremiumsFileDto))]
[YamlSerializable(typeof(PayPremiumDto))]
[YamlSerializable(typeof(PayIncentiveDto))]
[YamlSerializable(typeof(PayCareersFileDto))]
[YamlSerializable(typeof(PayWeeksListDto))]
[YamlSerializable(typeof(PayWeeksDto))]
[YamlSerializable(typeof(PayMonthsDto))]
[YamlSerializable(typeof(PayLadderDto))]
[YamlSerializable(typeof(PayLeoRetirementDto))]
[YamlSerializable(typeof(PayAgeYearsDto))]
public partial class IceCareersYamlContext : StaticContext
{
}
