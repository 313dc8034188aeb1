using System.Text.Json;

namespace IceCareers.Serialization;

/// <summary>Ready-made JSON options for the library's models.</summary>
public static class IceCareersJson
{
    /// <summary>
    /// The options of <see cref="IceCareersJsonContext"/>: camelCase properties, enums as their C# names, nulls
    /// omitted, unknown members and duplicate properties refused, indented output. Read-only.
    /// </summary>
    public static JsonSerializerOptions Options => IceCareersJsonContext.Default.Options;
}
