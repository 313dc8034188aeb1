namespace IceCareers.Candidates;

/// <summary>
/// A service-connected disability rating, or <see cref="None"/>: the statement that the person has no service-connected
/// disability (document word <c>none</c>). On a rating, every property is optional. Immutable.
/// </summary>
public sealed class ServiceDisability
{
    /// <summary>The statement "no service-connected disability".</summary>
    public static readonly ServiceDisability None = new() { IsNone = true };

    /// <summary>The highest rating accepted, in percent.</summary>
    public const int MaxPercent = 100;

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone { get; private init; }

    /// <summary>The combined rating, 0 to 100 percent; 0 is a present service-connected disability that is not compensable.</summary>
    public int? Percent { get; init; }

    /// <summary>The date of the rating (the Department of Veterans Affairs' or the military department's letter).</summary>
    public DateOnly? RatedOn { get; init; }

    /// <inheritdoc />
    public override string ToString() => IsNone ? "no service-connected disability" : "service-connected disability rating";
}
