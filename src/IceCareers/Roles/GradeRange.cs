using IceCareers.Internal;

namespace IceCareers.Roles;

/// <summary>The grades a role is filled at and the grade its career ladder leads to. Immutable.</summary>
public sealed class GradeRange
{
    private readonly IReadOnlyList<PayGrade> _entry = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The grades new hires can be appointed at, lowest first.</summary>
    public required IReadOnlyList<PayGrade> Entry { get => _entry; init => _entry = Frozen.Sorted(value, g => g); }

    /// <summary>The full-performance grade the career ladder reaches (promotion is not automatic).</summary>
    public required PayGrade FullPerformance { get; init; }

    /// <summary>Ids of the sources for these grades.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{string.Join("/", Entry)} → {FullPerformance}";
}
