using IceCareers.Internal;

namespace IceCareers.Roles;

/// <summary>An OPM occupational series such as <c>1811</c> (Criminal Investigation). Immutable.</summary>
public sealed class OccupationalSeries
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The four-digit series code, with leading zeros (<c>0132</c>).</summary>
    public required string Code { get; init; }

    /// <summary>The series title.</summary>
    public required string Title { get; init; }

    /// <summary>Ids of the sources that place the role in this series.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Title}";
}
