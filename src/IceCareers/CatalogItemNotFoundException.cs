namespace IceCareers;

/// <summary>
/// An id is not in the catalog: what every throwing lookup of <see cref="CareerCatalog"/> throws (roles throw the
/// derived <see cref="RoleNotFoundException"/>). The message names the kind of item, the id asked for and the ids
/// that exist, so a caller can show it as it is; <see cref="KnownIds"/> holds them all.
/// </summary>
public class CatalogItemNotFoundException : KeyNotFoundException
{
    /// <summary>At most this many known ids are written into the message; <see cref="KnownIds"/> holds them all.</summary>
    private const int IdsInMessage = 20;

    /// <summary>Creates the exception for an unknown <paramref name="id"/> of <paramref name="kind"/>.</summary>
    /// <param name="kind">What kind of item was asked for.</param>
    /// <param name="id">The id that was asked for.</param>
    /// <param name="knownIds">The ids of that kind the catalog holds.</param>
    public CatalogItemNotFoundException(CatalogItemKind kind, string id, IEnumerable<string> knownIds)
        : this(kind, id, Sorted(knownIds))
    {
    }

    /// <summary>Creates the exception without details.</summary>
    public CatalogItemNotFoundException()
        : base("Unknown catalog id.")
    {
        Id = "";
        KnownIds = [];
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CatalogItemNotFoundException(string message)
        : base(message)
    {
        Id = "";
        KnownIds = [];
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogItemNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Id = "";
        KnownIds = [];
    }

    private CatalogItemNotFoundException(CatalogItemKind kind, string id, string[] knownIds)
        : base(Describe(kind, id, knownIds))
    {
        Kind = kind;
        Id = id;
        KnownIds = Array.AsReadOnly(knownIds);
    }

    /// <summary>What kind of item was asked for.</summary>
    public CatalogItemKind Kind { get; }

    /// <summary>The id that was asked for (empty when the exception was created without details).</summary>
    public string Id { get; }

    /// <summary>Every id of <see cref="Kind"/> the catalog holds, in ordinal order.</summary>
    public IReadOnlyList<string> KnownIds { get; }

    private static string[] Sorted(IEnumerable<string> knownIds)
    {
        ArgumentNullException.ThrowIfNull(knownIds);
        var ids = knownIds.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        return ids;
    }

    private static string Describe(CatalogItemKind kind, string id, string[] knownIds)
    {
        var what = kind switch
        {
            CatalogItemKind.Role => "role",
            CatalogItemKind.Source => "source",
            CatalogItemKind.Requirement => "requirement",
            CatalogItemKind.Pipeline => "pipeline",
            CatalogItemKind.TrainingProgram => "training program",
            _ => "catalog",
        };
        var shown = string.Join(", ", knownIds.Take(IdsInMessage));
        var more = knownIds.Length > IdsInMessage ? $" and {knownIds.Length - IdsInMessage} more" : "";
        return knownIds.Length == 0
            ? $"Unknown {what} id '{id}'. The catalog has no {what}s."
            : $"Unknown {what} id '{id}'. Known {what} ids: {shown}{more}.";
    }
}
