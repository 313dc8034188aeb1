using System.Collections.ObjectModel;

namespace IceCareers.Internal;

/// <summary>Copies caller-supplied collections so public models stay immutable after construction.</summary>
internal static class Frozen
{
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items) =>
        items is null ? ReadOnlyCollection<T>.Empty : Array.AsReadOnly(items.ToArray());

    /// <summary>Like <see cref="List{T}"/>, but keeps <see langword="null"/> (an unknown list) apart from an empty one.</summary>
    public static IReadOnlyList<T>? ListOrNull<T>(IEnumerable<T>? items) =>
        items is null ? null : Array.AsReadOnly(items.ToArray());

    /// <summary>Wraps an array the caller owns and will never change, without copying it.</summary>
    public static IReadOnlyList<T> Wrap<T>(T[] items) =>
        items.Length == 0 ? ReadOnlyCollection<T>.Empty : Array.AsReadOnly(items);
}
