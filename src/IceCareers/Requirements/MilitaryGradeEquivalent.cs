using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>
/// The General Schedule grades a military pay grade is compared with in a published comparison table. Such tables were
/// made for protocol (prisoner-of-war identification), not for qualification, so the evaluator reads the lowest grade
/// of the range, marks the result low confidence and says so. Immutable.
/// </summary>
public sealed class MilitaryGradeEquivalent
{
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>The military pay grade, e.g. <c>E-5</c>.</summary>
    public required MilitaryPayGrade PayGrade { get; init; }

    /// <summary>The lowest GS grade the table gives for it (the grade the evaluator uses).</summary>
    public required int LowGrade { get; init; }

    /// <summary>The highest GS grade the table gives for it (the same as <see cref="LowGrade"/> for a single grade).</summary>
    public required int HighGrade { get; init; }

    /// <summary>Ids of the sources for this row.</summary>
    public required IReadOnlyList<string> Sources { get => _sources; init => _sources = Frozen.List(value); }
}
