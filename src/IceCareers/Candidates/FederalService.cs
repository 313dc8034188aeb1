namespace IceCareers.Candidates;

/// <summary>
/// Current or former federal civilian service, or <see cref="None"/>: the statement that the person has never been a
/// federal employee (document word <c>none</c>). Every property is optional. Immutable.
/// </summary>
public sealed class FederalService
{
    /// <summary>The statement "never a federal civilian employee".</summary>
    public static readonly FederalService None = new() { IsNone = true };

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone { get; private init; }

    /// <summary>Whether the person is a federal employee now; <see langword="false"/> for a former one.</summary>
    public bool? Current { get; init; }

    /// <summary>The tenure of the (last) appointment.</summary>
    public FederalTenure? Tenure { get; init; }

    /// <summary>The occupational series, four digits, e.g. <c>1801</c>.</summary>
    public string? Series { get; init; }

    /// <summary>The grade as written, e.g. <c>GL-9</c> or <c>GS-11</c>.</summary>
    public string? Grade { get; init; }

    /// <summary>The day a former employee separated.</summary>
    public DateOnly? Separated { get; init; }

    /// <inheritdoc />
    public override string ToString() => IsNone ? "no federal service" : "federal service";
}
