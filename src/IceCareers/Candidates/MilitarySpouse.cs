namespace IceCareers.Candidates;

/// <summary>
/// Being the spouse of a service member, or <see cref="None"/>: the statement that the person is not a military spouse
/// (document word <c>none</c>). Every property is optional. Immutable.
/// </summary>
public sealed class MilitarySpouse
{
    /// <summary>The statement "not a military spouse".</summary>
    public static readonly MilitarySpouse None = new() { IsNone = true };

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone { get; private init; }

    /// <summary>The service member's status.</summary>
    public SpouseSponsor? Sponsor { get; init; }

    /// <summary>Whether a surviving spouse has remarried.</summary>
    public bool? Remarried { get; init; }

    /// <inheritdoc />
    public override string ToString() => IsNone ? "not a military spouse" : "military spouse";
}
