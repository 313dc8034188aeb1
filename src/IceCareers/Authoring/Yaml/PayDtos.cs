// The YAML shapes of data/pay/ (see data/README.md). Mutable for YamlDotNet's static generator; every value optional so
// that missing keys are reported by the mapper with their position.
#pragma warning disable CA1812 // instantiated by the generated YAML context
#pragma warning disable CA1002 // List<T> is what the YAML generator fills
namespace IceCareers.Authoring.Yaml;

internal sealed class PaySchedulesFileDto
{
    public List<PayScheduleDto>? Schedules { get; set; }
    public List<PayCapDto>? Caps { get; set; }
}

internal sealed class PayScheduleDto
{
    public string? Plan { get; set; }
    public int? Year { get; set; }
    public int? FirstGrade { get; set; }
    public List<List<int>>? Rows { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
    public string? Derived { get; set; }
}

internal sealed class PayCapDto
{
    public int? Year { get; set; }
    public int? Amount { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class PayLocalitiesFileDto
{
    public List<PayAreaDto>? Areas { get; set; }
    public List<PaySpecialRateDto>? SpecialRates { get; set; }
}

internal sealed class PayAreaDto
{
    public string? Name { get; set; }
    public decimal? Percent { get; set; }
    public List<int>? Years { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class PaySpecialRateDto
{
    public string? Table { get; set; }
    public string? Area { get; set; }
    public int? Year { get; set; }
    public decimal? Supplement { get; set; }
    public List<string>? Series { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class PayPremiumsFileDto
{
    public List<PayPremiumDto>? Premiums { get; set; }
    public List<PayIncentiveDto>? Incentives { get; set; }
}

internal sealed class PayPremiumDto
{
    public string? Role { get; set; }
    public string? Kind { get; set; }
    public decimal? MinPercent { get; set; }
    public decimal? MaxPercent { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class PayIncentiveDto
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public List<string>? Roles { get; set; }
    public int? MaxAmount { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public int? ServiceAgreementMonths { get; set; }
    public string? Confidence { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}

internal sealed class PayCareersFileDto
{
    public PayWeeksListDto? WithinGrade { get; set; }
    public PayWeeksDto? TimeInGrade { get; set; }
    public PayMonthsDto? Probation { get; set; }
    public List<PayLadderDto>? Ladders { get; set; }
    public PayLeoRetirementDto? LeoRetirement { get; set; }
}

internal sealed class PayWeeksListDto
{
    public List<int>? Weeks { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class PayWeeksDto
{
    public int? Weeks { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class PayMonthsDto
{
    public int? Months { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class PayLadderDto
{
    public string? Role { get; set; }
    public List<string>? Grades { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class PayLeoRetirementDto
{
    public List<string>? Roles { get; set; }
    public List<PayAgeYearsDto>? Immediate { get; set; }
    public PayAgeYearsDto? MandatorySeparation { get; set; }
    public bool? AgeReachedDayBeforeBirthday { get; set; }
    public List<string>? Sources { get; set; }
}

internal sealed class PayAgeYearsDto
{
    public int? Age { get; set; }
    public int? Years { get; set; }
}

internal sealed class PayDutyStationsFileDto
{
    public List<PayDutyStationDto>? Stations { get; set; }
}

internal sealed class PayDutyStationDto
{
    public string? Directorate { get; set; }
    public string? Office { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Area { get; set; }
    public List<string>? Sources { get; set; }
    public string? Note { get; set; }
}
