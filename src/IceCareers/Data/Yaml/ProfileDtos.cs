// The YAML shapes of a candidate profile document (design.md). Mutable because YamlDotNet's static generator needs
// setters; enum words and dates are strings here so that every bad word is reported with its path, not just the first.
#pragma warning disable CA1812 // instantiated by the generated YAML context
using YamlDotNet.Serialization;

namespace IceCareers.Data.Yaml;

internal sealed class ProfileDto
{
    public string? DateOfBirth { get; set; }
    public string? Sex { get; set; }
    public string? Citizenship { get; set; }
    public string? SelectiveService { get; set; }
    public bool? DriversLicense { get; set; }
    public List<ProfileEducationDto?>? Education { get; set; }
    public List<ProfileExperienceDto?>? Experience { get; set; }
    public ProfileMilitaryDto? Military { get; set; }
    public bool? PriorFederalLawEnforcement { get; set; }
    public ProfileHistoryDto? History { get; set; }
    public List<ProfileLanguageDto?>? Languages { get; set; }
    public ProfileFitnessDto? Fitness { get; set; }
}

internal sealed class ProfileEducationDto
{
    public string? Level { get; set; }
    public string? Field { get; set; }
    public string? Completed { get; set; }
    public decimal? Gpa { get; set; }
    public decimal? MajorGpa { get; set; }
    public int? ClassStandingPercentile { get; set; }
    public bool? HonorSociety { get; set; }
    public decimal? SemesterHours { get; set; }
    public decimal? GraduateSemesterHours { get; set; }
    public decimal? QuarterHours { get; set; }
    public decimal? GraduateQuarterHours { get; set; }
    public decimal? PassFailPercent { get; set; }
}

internal sealed class ProfileExperienceDto
{
    public string? Title { get; set; }
    public int? Months { get; set; }
    public decimal? HoursPerWeek { get; set; }
    public bool? Specialized { get; set; }
    public int? Grade { get; set; }
}

internal sealed class ProfileMilitaryDto
{
    public bool? Veteran { get; set; }
    public bool? PreferenceEligible { get; set; }
    public int? ServiceMonths { get; set; }
}

internal sealed class ProfileHistoryDto
{
    public List<ProfileConvictionDto?>? Convictions { get; set; }
    public List<ProfileDrugUseDto?>? DrugUse { get; set; }
}

internal sealed class ProfileConvictionDto
{
    public string? Category { get; set; }
    public string? Date { get; set; }
}

internal sealed class ProfileDrugUseDto
{
    public string? Substance { get; set; }
    public string? LastUse { get; set; }
}

internal sealed class ProfileLanguageDto
{
    public string? Language { get; set; }
    public string? Proficiency { get; set; }
}

internal sealed class ProfileFitnessDto
{
    public int? SitUps { get; set; }
    public int? PushUps { get; set; }
    public decimal? Sprint220YardsSeconds { get; set; }

    [YamlMember(Alias = "run1_5MileSeconds")]
    public decimal? Run1_5MileSeconds { get; set; }
}
