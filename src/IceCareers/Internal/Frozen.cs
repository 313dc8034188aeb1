using System.Collections.ObjectModel;

namespace IceCareers.Internal;

/// <summary>Copies caller-supplied collections so public models stay immutable after construction.</summary>
internal static class Frozen
{
    public static IReadOnlyList<T> List<T>(IEnumerable<T>? items) =>
        items is null ? ReadOnlyCollection<T>.Empty : Array.AsReadOnly(items.ToArray());

    /// <summary>Like <see cref="List{T}"/>, refusing a <see langword="null"/> element with an <see cref="ArgumentException"/> naming the member and the index.</summary>
    public static IReadOnlyList<T> ListWithoutNulls<T>(IEnumerable<T>? items, string member)
    {
        var list = List(items);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"{member}[{i}] is null; a list of a posting holds no null elements.", member);
            }
        }

        return list;
    }

    /// <summary>
    /// Like <see cref="List{T}"/>, ordered by <paramref name="key"/> (stable). Input that is already in order, as the
    /// loaders give it, is only checked, which keeps LINQ's sorting machinery out of the start-up path.
    /// </summary>
    public static IReadOnlyList<T> Sorted<T, TKey>(IEnumerable<T>? items, Func<T, TKey> key)
    {
        var array = items is null ? [] : items.ToArray();
        var comparer = Comparer<TKey>.Default;
        for (var i = 1; i < array.Length; i++)
        {
            if (comparer.Compare(key(array[i - 1]), key(array[i])) > 0)
            {
                array = array.OrderBy(key, comparer).ToArray();
                break;
            }
        }

        return array.Length == 0 ? ReadOnlyCollection<T>.Empty : Array.AsReadOnly(array);
    }

    /// <summary>Like <see cref="List{T}"/>, but keeps <see langword="null"/> (an unknown list) apart from an empty one.</summary>
    public static IReadOnlyList<T>? ListOrNull<T>(IEnumerable<T>? items) =>
        items is null ? null : Array.AsReadOnly(items.ToArray());

    /// <summary>Wraps an array the caller owns and will never change, without copying it.</summary>
    public static IReadOnlyList<T> Wrap<T>(T[] items) =>
        items.Length == 0 ? ReadOnlyCollection<T>.Empty : Array.AsReadOnly(items);
}
