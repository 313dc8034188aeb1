namespace IceCareers.Roles;

/// <summary>Which stage of a career a duty statement describes.</summary>
public enum DutyLevel
{
    /// <summary>Duties at the entry grades.</summary>
    Entry,

    /// <summary>Duties at the full-performance grade.</summary>
    FullPerformance,

    /// <summary>Duties across the career.</summary>
    General,

    /// <summary>Older wording kept for comparison (for example the seed's, or a legacy agency page).</summary>
    Historical,
}
