using IceCareers.Internal;

namespace IceCareers.Roles;

/// <summary>
/// The kebab-case words the documents (data files, profiles) use for the enums of roles. They live beside the enums
/// they name, so a new enum value and its word change in one place; the readers and the JSON contract use them. A
/// contract: see data/README.md.
/// </summary>
internal static class RoleWords
{
    public static readonly Words<Directorate> Directorates = new(
        ("ero", Directorate.EnforcementAndRemovalOperations), ("hsi", Directorate.HomelandSecurityInvestigations),
        ("hsi-intelligence", Directorate.HsiIntelligence), ("management-and-administration", Directorate.ManagementAndAdministration));

    public static readonly Words<RoleStatus> RoleStatuses = new(("active", RoleStatus.Active), ("legacy", RoleStatus.Legacy));

    public static readonly Words<DutyLevel> DutyLevels = new(
        ("entry", DutyLevel.Entry), ("full-performance", DutyLevel.FullPerformance), ("general", DutyLevel.General), ("historical", DutyLevel.Historical));
}
