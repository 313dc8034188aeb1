using IceCareers.Roles;

namespace IceCareers.Compensation;

/// <summary>The career rules of data/pay/careers.yaml. Internal: the public face is <c>CareerPath</c>.</summary>
internal sealed record CareerRules(
    IReadOnlyList<int> WithinGradeWeeks,
    IReadOnlyList<string> WithinGradeSources,
    int TimeInGradeWeeks,
    IReadOnlyList<string> TimeInGradeSources,
    int ProbationMonths,
    IReadOnlyList<string> ProbationSources,
    IReadOnlyDictionary<string, CareerLadder> Ladders,
    LeoRetirementRules LeoRetirement);

/// <summary>A role's grades from entry to full performance, in promotion order.</summary>
internal sealed record CareerLadder(IReadOnlyList<PayGrade> Grades, IReadOnlyList<string> Sources);

/// <summary>Immediate retirement at (age, years) pairs (age null = any age) and mandatory separation.</summary>
internal sealed record LeoRetirementRules(
    IReadOnlySet<string> RoleIds,
    IReadOnlyList<(int? Age, int Years)> Immediate,
    int MandatoryAge,
    int MandatoryYears,
    bool AgeReachedDayBeforeBirthday,
    IReadOnlyList<string> Sources);
