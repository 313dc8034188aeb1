namespace IceCareers.Eligibility.Checks;

/// <summary>
/// A bounded, thread-safe cache of values that are pure functions of their key (whole outcomes with deferred texts), so
/// that repeated evaluations share one outcome. Direct-mapped: each key hashes to one slot, and a new key that lands on
/// a taken slot replaces the entry there. No locks and no resizing; and unlike a concurrent dictionary it is little
/// code, which matters because every generic instantiation is JIT-compiled on an application's first evaluation.
/// </summary>
internal sealed class Memo<TKey, TValue>
    where TKey : struct, IEquatable<TKey>
{
    private const int Slots = 1024;
    private readonly Entry?[] _slots = new Entry?[Slots];

    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> create)
    {
        var slot = key.GetHashCode() & (Slots - 1);
        var entry = Volatile.Read(ref _slots[slot]);
        if (entry is not null && entry.Key.Equals(key))
        {
            return entry.Value;
        }

        var value = create(key, state);
        Volatile.Write(ref _slots[slot], new Entry(key, value));
        return value;
    }

    /// <summary>Immutable, so a reader sees a whole entry or none: key and value are never torn apart.</summary>
    private sealed class Entry(TKey key, TValue value)
    {
        public TKey Key { get; } = key;

        public TValue Value { get; } = value;
    }
}
