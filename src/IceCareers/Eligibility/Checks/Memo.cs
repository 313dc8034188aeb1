using System.Collections.Concurrent;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// A bounded, thread-safe cache of values that are pure functions of their key (reason texts and whole outcomes), so
/// that repeated evaluations do not rebuild the same strings. Past its capacity it stops adding and just computes.
/// </summary>
internal sealed class Memo<TKey, TValue>
    where TKey : notnull
{
    private const int Capacity = 4096;
    private readonly ConcurrentDictionary<TKey, TValue> _items = new();
    private int _count;

    public TValue Get<TState>(TKey key, TState state, Func<TKey, TState, TValue> create)
    {
        if (_items.TryGetValue(key, out var value))
        {
            return value;
        }

        value = create(key, state);
        if (Volatile.Read(ref _count) < Capacity && _items.TryAdd(key, value))
        {
            Interlocked.Increment(ref _count);
        }

        return value;
    }
}
