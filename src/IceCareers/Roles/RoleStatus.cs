namespace IceCareers.Roles;

/// <summary>Whether ICE still hires into a role.</summary>
public enum RoleStatus
{
    /// <summary>The role is used for hiring today.</summary>
    Active,

    /// <summary>A historical title no longer used for hiring; kept for people who meet it in older documents.</summary>
    Legacy,
}
