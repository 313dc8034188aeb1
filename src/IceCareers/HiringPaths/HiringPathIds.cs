namespace IceCareers.HiringPaths;

/// <summary>The ids of the hiring paths the evaluator decides (data/hiring/paths.yaml). A contract: the JSON uses them.</summary>
public static class HiringPathIds
{
    /// <summary>Competitive examining, open to the public (delegated examining, category rating).</summary>
    public const string Competitive = "competitive";

    /// <summary>Direct-hire authority (5 U.S.C. 3304(a)(3)): no preference points.</summary>
    public const string DirectHire = "direct-hire";

    /// <summary>Merit promotion (current and former federal employees).</summary>
    public const string MeritPromotion = "merit-promotion";

    /// <summary>Veterans Recruitment Appointment.</summary>
    public const string Vra = "vra";

    /// <summary>Veterans Employment Opportunities Act.</summary>
    public const string Veoa = "veoa";

    /// <summary>Veterans with a compensable service-connected disability of 30 percent or more.</summary>
    public const string DisabledVeteran30 = "disabled-veteran-30";

    /// <summary>Schedule A for people with disabilities.</summary>
    public const string ScheduleA = "schedule-a";

    /// <summary>Pathways Recent Graduates Program.</summary>
    public const string PathwaysRecentGraduate = "pathways-recent-graduate";

    /// <summary>Pathways Internship Program.</summary>
    public const string PathwaysIntern = "pathways-intern";

    /// <summary>Noncompetitive appointment of military spouses.</summary>
    public const string MilitarySpouse = "military-spouse";

    /// <summary>DoD SkillBridge (advisory: not a hiring authority).</summary>
    public const string SkillBridge = "skillbridge";

    /// <summary>Every id, in the order reports list the paths.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Competitive, DirectHire, MeritPromotion, Vra, Veoa, DisabledVeteran30, ScheduleA, PathwaysRecentGraduate, PathwaysIntern, MilitarySpouse, SkillBridge];
}
