namespace IceCareers.Requirements;

/// <summary>Which semester hours count toward a combination of education and experience.</summary>
public enum HoursKind
{
    /// <summary>Undergraduate semester hours.</summary>
    Undergraduate,

    /// <summary>Graduate semester hours.</summary>
    Graduate,
}
