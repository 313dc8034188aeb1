namespace IceCareers.Eligibility.Checks;

/// <summary>Per-thread working lists reused across evaluations so that a report allocates only what it keeps.</summary>
internal sealed class EvaluationScratch
{
    [ThreadStatic]
    private static EvaluationScratch? t_current;

    public List<Gap> Gaps { get; } = new(8);

    /// <summary>
    /// How many missing fields a report (and each of its results) names at most: a profile of many bare entries would
    /// otherwise make every report name several fields per entry, an output far larger than its input.
    /// </summary>
    public const int MaxMissingListed = 100;

    public UniqueList Missing { get; } = new(MaxMissingListed);

    public UniqueList Warnings { get; } = new();

    /// <summary>A working list of field paths for a rule (the grade table's), cleared by the rule that uses it; <see cref="UniqueList.Truncated"/> tells the report to say so.</summary>
    public UniqueList Paths { get; } = new(MaxMissingListed);

    /// <summary>
    /// A working array of at least <paramref name="length"/> items for the current thread, for a rule that reads a
    /// profile's list once per evaluation rather than once per question (the grade table's jobs). Its contents are the
    /// caller's until the next call on the same thread for the same type. Items hold no references, so a kept array
    /// holds no profile alive, and it grows to the longest list read (a profile's lists hold at most
    /// <see cref="Candidates.CandidateProfile.MaxEntries"/> entries).
    /// </summary>
    public static T[] WorkingArray<T>(int length)
        where T : unmanaged => WorkingArrays<T>.For(length);

    public static EvaluationScratch Rent()
    {
        var scratch = t_current ??= new EvaluationScratch();
        scratch.Gaps.Clear();
        scratch.Missing.Clear();
        scratch.Warnings.Clear();
        scratch.Paths.Clear();
        return scratch;
    }

    private static class WorkingArrays<T>
        where T : unmanaged
    {
        [ThreadStatic]
        private static T[]? t_array;

        public static T[] For(int length)
        {
            var array = t_array;
            if (array is null || array.Length < length)
            {
                t_array = array = new T[Math.Max(length, 8)];
            }

            return array;
        }
    }

    /// <summary>
    /// Strings in the order first added, each once. A report names a handful (a few warnings, a few fields), which a
    /// scan of the list finds faster than a hash of each string; past <see cref="ScanLimit"/> items a set answers
    /// "seen?" in constant time, so that adding one path per entry of a long profile list stays linear.
    /// </summary>
    internal sealed class UniqueList(int capacity = int.MaxValue)
    {
        /// <summary>The most items looked up by scanning; a longer list is indexed by a set.</summary>
        private const int ScanLimit = 16;

        private readonly List<string> _items = new(8);
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        // Whether _seen indexes the list (it has outgrown a scan).
        private bool _indexed;

        public int Count => _items.Count;

        /// <summary>Whether an item was left out because the list was full.</summary>
        public bool Truncated { get; private set; }

        public string this[int index] => _items[index];

        public void Add(string item)
        {
            if (_items.Count >= capacity)
            {
                Truncated = Truncated || !Contains(item);
                return;
            }

            if (_items.Count < ScanLimit)
            {
                if (!Contains(item))
                {
                    _items.Add(item);
                }

                return;
            }

            if (!_indexed)
            {
                // The list outgrows a scan: index what it holds, then go on by the set.
                foreach (var held in _items)
                {
                    _seen.Add(held);
                }

                _indexed = true;
            }

            if (_seen.Add(item))
            {
                _items.Add(item);
            }
        }

        public void Clear()
        {
            _items.Clear();
            Truncated = false;
            if (!_indexed)
            {
                return;
            }

            _indexed = false;

            // A set that grew large for one hostile profile is not kept for every later evaluation on the thread.
            if (_seen.Count > 1024)
            {
                _seen.Clear();
                _seen.TrimExcess();
            }
            else
            {
                _seen.Clear();
            }
        }

        private bool Contains(string item)
        {
            if (_indexed)
            {
                return _seen.Contains(item);
            }

            var items = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items);
            for (var i = 0; i < items.Length; i++)
            {
                if (string.Equals(items[i], item, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Moves the items from <paramref name="start"/> on in front of the earlier ones, keeping each group's order.</summary>
        public void MoveToFront(int start)
        {
            if (start <= 0 || start >= _items.Count)
            {
                return;
            }

            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_items);
            span[..start].Reverse();
            span[start..].Reverse();
            span.Reverse();
        }

        public string[] ToArray() => _items.ToArray();

        public void CopyTo(string[] array, int index) => _items.CopyTo(array, index);
    }
}
