using IceCareers.Internal;

namespace IceCareers.HiringPaths;

/// <summary>The JSON words of the hiring-path enums: lowercase, words joined by hyphens. A contract.</summary>
internal static class HiringPathWords
{
    public static readonly Words<PreferenceCategory> Categories = new(
        ("none", PreferenceCategory.None), ("tp", PreferenceCategory.Tp), ("cp", PreferenceCategory.Cp), ("cps", PreferenceCategory.Cps),
        ("xp", PreferenceCategory.Xp), ("ssp", PreferenceCategory.Ssp), ("unknown", PreferenceCategory.Unknown));

    public static readonly Words<PathVerdict> Verdicts = new(
        ("eligible", PathVerdict.Eligible), ("not-eligible", PathVerdict.NotEligible), ("unknown", PathVerdict.Unknown),
        ("not-applicable", PathVerdict.NotApplicable));
}
