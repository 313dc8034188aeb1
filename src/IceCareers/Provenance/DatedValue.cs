using IceCareers.Internal;

namespace IceCareers.Provenance;

/// <summary>One value of a fact that changed over time, with the dates it holds for and its sources. Immutable.</summary>
/// <typeparam name="T">The type of the value.</typeparam>
public sealed class DatedValue<T>
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The dates this value holds for.</summary>
    public Effective Effective { get; init; }

    /// <summary>The value.</summary>
    public required T Value { get; init; }

    /// <summary>Ids of the sources this value rests on.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <summary>A caveat about this value, if any.</summary>
    public string? Note { get; init; }
}
