using System.Collections.ObjectModel;

namespace IceCareers.Internal;

/// <summary>Copies caller-supplied collections so public models stay immutable after construction.</summary>
internal static class Frozen
{
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items) =>
        items is null ? ReadOnlyCollection<T>.Empty : Array.AsReadOnly(items.ToArray());
}
