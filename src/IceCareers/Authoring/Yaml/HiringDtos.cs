// The YAML shapes of data/hiring/ (see data/README.md). Mutable for YamlDotNet's static generator; every value optional so
// that missing keys are reported by the mapper with their position.
#pragma warning disable CA1812 // instantiated by the generated YAML context
#pragma warning disable CA1002 // List<T> is what the YAML generator fills
namespace IceCareers.Authoring.Yaml;

internal sealed class HiringPreferenceFileDto
{
    public HiringDischargeDto? Discharge { get; set; }
    public List<HiringCategoryDto>? Categories { get; set; }
    public HiringDisabilityDto? Disability { get; set; }
    public List<HiringPeriodDto>? Periods { get; set; }
    public HiringCampaignMedalsDto? CampaignMedals { get; set; }
    public HiringTwentyFourMonthRuleDto? TwentyFourMonthRule { get; set; }
    public HiringTrainingDto? ActiveDutyForTraining { get; set; }
    public HiringSoleSurvivorshipDto? SoleSurvivorship { get; set; }
    public HiringRetiredOfficersDto? RetiredOfficers { get; set; }
    public HiringWhileServingDto? WhileServing { get; set; }
}

internal sealed class HiringDischargeDto
{
    public List<string>? UnderHonorableConditions { get; set; }
    public List<string>? NotUnderHonorableConditions { get; set; }
    public List<string>? Adjudicated { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringCategoryDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public int? Points { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringDisabilityDto
{
    public int? CompensableMinPercent { get; set; }
    public int? CpsMinPercent { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringPeriodDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Rule { get; set; }
    public int? Days { get; set; }
    public bool? TwentyFourMonthRule { get; set; }
    public bool? War { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class HiringCampaignMedalsDto
{
    public bool? TwentyFourMonthRule { get; set; }
    public List<string>? NotForPreference { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringTwentyFourMonthRuleDto
{
    public string? EnlistedAfter { get; set; }
    public string? ActiveDutyFrom { get; set; }
    public int? Months { get; set; }
    public List<string>? ExemptDischargeReasons { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class HiringTrainingDto
{
    public bool? CountsForDisabledVeterans { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringSoleSurvivorshipDto
{
    public string? ReleasedAfter { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringRetiredOfficersDto
{
    public string? FromPayGrade { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringWhileServingDto
{
    public int? CertificationDays { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringPathsFileDto
{
    public List<HiringPathDto>? Paths { get; set; }
}

internal sealed class HiringPathDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public bool? PreferenceApplies { get; set; }
    public bool? Advisory { get; set; }
    public int? MaxGrade { get; set; }
    public List<string>? Citizenships { get; set; }
    public int? RecentlySeparatedYears { get; set; }
    public int? DisabledMinPercent { get; set; }
    public int? ContinuousActiveServiceYears { get; set; }
    public int? MinPercent { get; set; }
    public string? RatedFrom { get; set; }
    public int? ApplicationYears { get; set; }
    public int? VeteranOuterLimitYears { get; set; }
    public int? LastDaysOfService { get; set; }
    public int? ReinstatementYears { get; set; }
    public List<string>? Evidence { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class HiringEvidenceFileDto
{
    public List<HiringEvidenceDto>? Evidence { get; set; }
}

internal sealed class HiringEvidenceDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public List<string>? For { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringPostingsFileDto
{
    public List<HiringAuthorityDto>? Authorities { get; set; }
    public List<HiringPathCodeDto>? HiringPathCodes { get; set; }
}

internal sealed class HiringAuthorityDto
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public bool? PreferenceApplies { get; set; }
    public List<string>? NumberMarkers { get; set; }
    public List<string>? Phrases { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class HiringPathCodeDto
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public List<string>? Opens { get; set; }
    public List<string>? Sources { get; set; }
}
