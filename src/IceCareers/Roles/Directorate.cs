namespace IceCareers.Roles;

/// <summary>The part of ICE a role belongs to.</summary>
public enum Directorate
{
    /// <summary>Enforcement and Removal Operations (ERO).</summary>
    EnforcementAndRemovalOperations,

    /// <summary>Homeland Security Investigations (HSI).</summary>
    HomelandSecurityInvestigations,

    /// <summary>HSI's intelligence program.</summary>
    HsiIntelligence,

    /// <summary>Management and Administration (M&amp;A), which supports the operational directorates.</summary>
    ManagementAndAdministration,
}
