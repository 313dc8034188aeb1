using System.Collections.Frozen;
using System.Globalization;

namespace IceCareers.Authoring.Yaml;

/// <summary>
/// Every numeric range the data schemas (<c>data/schema/*.schema.json</c>) state, by schema and key path (<c>[*]</c> for
/// any list index), so that the loader holds a data directory to each of them with file:line:column, before any value
/// reaches a mapper. <c>SchemaRangesTests</c> derives the same list from the schema files and fails, printing the lines
/// to paste here, when a range is added, changed or dropped there: a new range cannot be forgotten.
/// </summary>
internal static class SchemaRanges
{
    /// <summary>Every range, sorted by schema and path.</summary>
    public static readonly IReadOnlyList<SchemaRange> All =
    [
        new("hiring-paths", "$.paths[*].applicationYears", 1, false, 50),
        new("hiring-paths", "$.paths[*].continuousActiveServiceYears", 1, false, 50),
        new("hiring-paths", "$.paths[*].disabledMinPercent", 0, false, 100),
        new("hiring-paths", "$.paths[*].lastDaysOfService", 1, false, 3650),
        new("hiring-paths", "$.paths[*].maxGrade", 1, false, 15),
        new("hiring-paths", "$.paths[*].minPercent", 0, false, 100),
        new("hiring-paths", "$.paths[*].recentlySeparatedYears", 1, false, 50),
        new("hiring-paths", "$.paths[*].reinstatementYears", 1, false, 50),
        new("hiring-paths", "$.paths[*].veteranOuterLimitYears", 1, false, 50),
        new("hiring-preference", "$.categories[*].points", 0, false, 10),
        new("hiring-preference", "$.disability.compensableMinPercent", 0, false, 100),
        new("hiring-preference", "$.disability.cpsMinPercent", 0, false, 100),
        new("hiring-preference", "$.periods[*].days", 1, false, 36500),
        new("hiring-preference", "$.twentyFourMonthRule.months", 1, false, 1200),
        new("hiring-preference", "$.whileServing.certificationDays", 1, false, 3650),
        new("pay-careers", "$.leoRetirement.immediate[*].age", 1, false, 100),
        new("pay-careers", "$.leoRetirement.immediate[*].years", 1, false, 60),
        new("pay-careers", "$.leoRetirement.mandatorySeparation.age", 1, false, 100),
        new("pay-careers", "$.leoRetirement.mandatorySeparation.years", 1, false, 60),
        new("pay-careers", "$.probation.months", 1, false, 60),
        new("pay-careers", "$.timeInGrade.weeks", 1, false, 520),
        new("pay-careers", "$.withinGrade.weeks[*]", 1, false, 520),
        new("pay-localities", "$.areas[*].percent", 0, false, 100),
        new("pay-localities", "$.areas[*].years[*]", 2000, false, 2100),
        new("pay-localities", "$.specialRateSets[*].year", 2000, false, 2100),
        new("pay-localities", "$.specialRates[*].supplement", 0, false, 100),
        new("pay-localities", "$.specialRates[*].year", 2000, false, 2100),
        new("pay-premiums", "$.incentives[*].maxAmount", 1, false, null),
        new("pay-premiums", "$.incentives[*].serviceAgreementMonths", 1, false, null),
        new("pay-premiums", "$.premiums[*].maxPercent", 0, false, 100),
        new("pay-premiums", "$.premiums[*].minPercent", 0, false, 100),
        new("pay-schedules", "$.caps[*].amount", 1, false, null),
        new("pay-schedules", "$.caps[*].levelV", 1, false, null),
        new("pay-schedules", "$.caps[*].year", 2000, false, 2100),
        new("pay-schedules", "$.schedules[*].firstGrade", 1, false, 15),
        new("pay-schedules", "$.schedules[*].rows[*][*]", 1, false, null),
        new("pay-schedules", "$.schedules[*].year", 2000, false, 2100),
        new("pipeline", "$.stages[*].duration.maxDays", 0, false, null),
        new("pipeline", "$.stages[*].duration.minDays", 0, false, null),
        new("requirements", "$.requirements[*].conversions.fullTimeFromHoursPerWeek", 0, true, null),
        new("requirements", "$.requirements[*].conversions.fullTimeHoursPerWeek", 0, true, null),
        new("requirements", "$.requirements[*].conversions.quarterHoursPerSemesterHour", 0, true, null),
        new("requirements", "$.requirements[*].events[*].maximumSeconds", 0, true, null),
        new("requirements", "$.requirements[*].events[*].minimum", 0, false, null),
        new("requirements", "$.requirements[*].grades[*].combinations[*].experienceMonths", 1, false, null),
        new("requirements", "$.requirements[*].grades[*].combinations[*].hoursBeyond", 0, false, null),
        new("requirements", "$.requirements[*].grades[*].combinations[*].hoursForFull", 0, true, null),
        new("requirements", "$.requirements[*].grades[*].combinations[*].minimumGrade", 1, false, 15),
        new("requirements", "$.requirements[*].grades[*].education.graduateHours", 0, true, null),
        new("requirements", "$.requirements[*].grades[*].experience.minimumGrade", 1, false, 15),
        new("requirements", "$.requirements[*].grades[*].experience.months", 1, false, null),
        new("requirements", "$.requirements[*].grades[*].experience.monthsAtMinimumGrade", 1, false, null),
        new("requirements", "$.requirements[*].grades[*].grade", 1, false, 15),
        new("requirements", "$.requirements[*].militaryGrades[*].high", 1, false, 15),
        new("requirements", "$.requirements[*].militaryGrades[*].low", 1, false, 15),
        new("requirements", "$.requirements[*].periods[*].value.appointBeforeBirthday", 1, false, null),
        new("requirements", "$.requirements[*].periods[*].value.courseDays", 1, false, null),
        new("requirements", "$.requirements[*].periods[*].value.minimumAge", 0, false, null),
        new("requirements", "$.requirements[*].registrationDeadlineAge", 1, false, null),
        new("requirements", "$.requirements[*].superiorAcademicAchievement.classStandingMaxPercentile", 1, false, 100),
        new("requirements", "$.requirements[*].superiorAcademicAchievement.gpaDecimals", 0, false, null),
        new("requirements", "$.requirements[*].superiorAcademicAchievement.majorGpa", 0, false, null),
        new("requirements", "$.requirements[*].superiorAcademicAchievement.overallGpa", 0, false, null),
        new("requirements", "$.requirements[*].superiorAcademicAchievement.passFailMaxPercent", 0, false, 100),
        new("role", "$.training.statedTotal.weeks", 0, true, null),
        new("training", "$.length[*].value.daysPerWeek", 1, false, 7),
        new("training", "$.length[*].value.trainingDays", 1, false, null),
        new("training", "$.length[*].value.weeks", 0, true, null),
    ];

    /// <summary>The schema (file name without <c>.schema.json</c>) each document type is written against.</summary>
    private static readonly FrozenDictionary<Type, string> SchemaOf = new Dictionary<Type, string>
    {
        [typeof(VersionDto)] = "version",
        [typeof(SourcesFileDto)] = "sources",
        [typeof(RoleDto)] = "role",
        [typeof(RequirementsFileDto)] = "requirements",
        [typeof(PipelineDto)] = "pipeline",
        [typeof(TrainingDto)] = "training",
        [typeof(HiringPreferenceFileDto)] = "hiring-preference",
        [typeof(HiringPathsFileDto)] = "hiring-paths",
        [typeof(HiringEvidenceFileDto)] = "hiring-evidence",
        [typeof(HiringPostingsFileDto)] = "hiring-postings",
        [typeof(PaySchedulesFileDto)] = "pay-schedules",
        [typeof(PayLocalitiesFileDto)] = "pay-localities",
        [typeof(PayPremiumsFileDto)] = "pay-premiums",
        [typeof(PayCareersFileDto)] = "pay-careers",
        [typeof(PayDutyStationsFileDto)] = "pay-duty-stations",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, FrozenDictionary<string, SchemaRange>> BySchema = All
        .GroupBy(r => r.Schema, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToFrozenDictionary(r => r.Path, StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The ranges of the schema a document of type <paramref name="documentType"/> is written against (by path pattern), or none.</summary>
    public static IReadOnlyDictionary<string, SchemaRange>? For(Type documentType) =>
        SchemaOf.TryGetValue(documentType, out var schema) && BySchema.TryGetValue(schema, out var ranges) ? ranges : null;

    /// <summary>The path with every list index as <c>[*]</c>: <c>$.a[3].b[0]</c> → <c>$.a[*].b[*]</c>.</summary>
    public static string Pattern(string path)
    {
        if (!path.Contains('[', StringComparison.Ordinal))
        {
            return path;
        }

        var result = new System.Text.StringBuilder(path.Length);
        for (var i = 0; i < path.Length; i++)
        {
            result.Append(path[i]);
            if (path[i] == '[')
            {
                while (i + 1 < path.Length && char.IsAsciiDigit(path[i + 1]))
                {
                    i++;
                }

                result.Append('*');
            }
        }

        return result.ToString();
    }
}

/// <summary>One range of a schema: a number at <paramref name="Path"/> from <paramref name="Minimum"/> (or above it, when exclusive) to <paramref name="Maximum"/>.</summary>
/// <param name="Schema">The schema's file name without <c>.schema.json</c>.</param>
/// <param name="Path">The key path, <c>[*]</c> for any list index.</param>
/// <param name="Minimum">The least value, if any.</param>
/// <param name="ExclusiveMinimum">Whether the value must be above <paramref name="Minimum"/> rather than at least it.</param>
/// <param name="Maximum">The greatest value, if any.</param>
internal sealed record SchemaRange(string Schema, string Path, double? Minimum, bool ExclusiveMinimum, double? Maximum)
{
    /// <summary>The largest number any range admits when it states no maximum: the data's numbers are read as 32-bit whole numbers or amounts far below it.</summary>
    public const double ImplicitMaximum = int.MaxValue;

    /// <summary>Whether <paramref name="value"/> keeps to the range (and to <see cref="ImplicitMaximum"/>).</summary>
    public bool Holds(double value) =>
        double.IsFinite(value)
        && (Minimum is not { } min || (ExclusiveMinimum ? value > min : value >= min))
        && value <= (Maximum ?? ImplicitMaximum);

    /// <summary>The range in words: "a number from 1 to 60", "a number above 0 and at most 2147483647".</summary>
    public string Words() => (Minimum, Maximum ?? ImplicitMaximum) switch
    {
        ({ } min, var max) when ExclusiveMinimum => string.Create(CultureInfo.InvariantCulture, $"a number above {min} and at most {max}"),
        ({ } min, var max) => string.Create(CultureInfo.InvariantCulture, $"a number from {min} to {max}"),
        (null, var max) => string.Create(CultureInfo.InvariantCulture, $"a number of at most {max}"),
    };
}
