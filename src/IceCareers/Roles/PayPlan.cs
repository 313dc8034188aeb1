namespace IceCareers.Roles;

/// <summary>The federal pay plan of a grade.</summary>
public enum PayPlan
{
    /// <summary>The General Schedule.</summary>
    GS,

    /// <summary>Law-enforcement special base rates, paid instead of GS rates at grades 3 to 10.</summary>
    GL,
}
