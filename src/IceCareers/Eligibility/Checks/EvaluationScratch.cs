namespace IceCareers.Eligibility.Checks;

/// <summary>Per-thread working lists reused across evaluations so that a report allocates only what it keeps.</summary>
internal sealed class EvaluationScratch
{
    [ThreadStatic]
    private static EvaluationScratch? t_current;

    public List<Gap> Gaps { get; } = new(8);

    public List<string> Missing { get; } = new(8);

    public List<string> Warnings { get; } = new(4);

    /// <summary>Working lists of a check (field paths), cleared by the check that uses them.</summary>
    public List<string> Paths { get; } = new(8);

    /// <inheritdoc cref="Paths"/>
    public List<string> Trial { get; } = new(8);

    public static EvaluationScratch Rent()
    {
        var scratch = t_current ??= new EvaluationScratch();
        scratch.Gaps.Clear();
        scratch.Missing.Clear();
        scratch.Warnings.Clear();
        return scratch;
    }

    public static void AddUnique(List<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], item, StringComparison.Ordinal))
            {
                return;
            }
        }

        list.Add(item);
    }
}
