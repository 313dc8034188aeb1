namespace IceCareers;

/// <summary>A role id is not in the catalog. The message names the ids that are.</summary>
public sealed class RoleNotFoundException : CatalogItemNotFoundException
{
    /// <summary>Creates the exception for an unknown <paramref name="roleId"/>.</summary>
    /// <param name="roleId">The id that was asked for.</param>
    /// <param name="knownRoleIds">The ids the catalog holds.</param>
    public RoleNotFoundException(string roleId, IEnumerable<string> knownRoleIds)
        : base(CatalogItemKind.Role, roleId, knownRoleIds)
    {
    }

    /// <summary>Creates the exception without details.</summary>
    public RoleNotFoundException()
        : base("Unknown role id.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public RoleNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RoleNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The role id that was asked for.</summary>
    public string RoleId => Id;
}
