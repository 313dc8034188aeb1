namespace IceCareers.Eligibility.Checks;

/// <summary>
/// Profile field paths a finding names, compared by content (ordinal), so that two findings naming the same fields
/// are equal even when their lists were built apart. Immutable: the array is never written after construction.
/// </summary>
internal readonly struct FieldList : IEquatable<FieldList>
{
    private readonly string[]? _paths;

    public FieldList(params string[] paths) => _paths = paths.Length == 0 ? null : paths;

    public static FieldList None => default;

    public int Count => _paths?.Length ?? 0;

    public string this[int index] => _paths![index];

    /// <summary>A read-only view for a result (the array stays private to this list).</summary>
    public IReadOnlyList<string> ToReadOnly() => _paths is null ? [] : Array.AsReadOnly(_paths);

    public bool Equals(FieldList other)
    {
        if (ReferenceEquals(_paths, other._paths))
        {
            return true;
        }

        if (Count != other.Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (!string.Equals(_paths![i], other._paths![i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is FieldList other && Equals(other);

    /// <summary>A cheap hash (the count and the first path's length): equal lists hash alike, and <see cref="Equals(FieldList)"/> decides.</summary>
    public override int GetHashCode() => _paths is null ? 0 : (_paths.Length * 397) ^ _paths[0].Length;
}
