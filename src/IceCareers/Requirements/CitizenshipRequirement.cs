using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Requirements;

/// <summary>The candidate's citizenship must be one of <see cref="AcceptedCitizenship"/>. Immutable.</summary>
public sealed class CitizenshipRequirement : Requirement
{
    private readonly IReadOnlyList<Citizenship> _accepted = [];

    /// <summary>Creates the requirement; set its properties with an object initializer.</summary>
    public CitizenshipRequirement()
        : base(RequirementKind.Citizenship)
    {
    }

    /// <summary>The statuses that meet the requirement.</summary>
    public required IReadOnlyList<Citizenship> AcceptedCitizenship { get => _accepted; init => _accepted = Frozen.List(value); }
}
