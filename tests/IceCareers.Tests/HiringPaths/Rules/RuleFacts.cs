using IceCareers.Candidates;
using IceCareers.Hiring;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>The embedded catalog's hiring rules, and the facts a path rule reads, for tests that call one rule directly.</summary>
internal static class RuleFacts
{
    public static readonly HiringRules Hiring = CareerCatalog.Default.HiringRules;

    public static readonly PreferenceRules Preference = Hiring.Preference!;

    public static PathDefinition Path(string id) => Hiring.Path(id)!;

    /// <summary>The facts as <c>HiringPathEvaluator</c> works them out: the service record, the discharge, the preference.</summary>
    public static PathFacts Of(CandidateProfile profile, DateOnly asOf)
    {
        var record = ServiceRecord.Of(profile.Military, asOf);
        var discharge = DischargeFacts.Of(profile.Military, record, Preference, asOf);
        return new PathFacts(profile, asOf, record, discharge, PreferenceRule.Decide(profile, record, discharge, Preference));
    }

    public static DischargeFacts Discharge(Military? military, DateOnly asOf) =>
        DischargeFacts.Of(military, ServiceRecord.Of(military, asOf), Preference, asOf);

    public static PreferenceFinding PreferenceOf(CandidateProfile profile, DateOnly asOf) => Of(profile, asOf).Preference;

    /// <summary>Asserts a path finding's verdict, what decided it and the fields it asks for (in order).</summary>
    public static void Is(PathFinding finding, PathVerdict verdict, PathBecause because, params string[] missing)
    {
        Assert.Equal(verdict, finding.Verdict);
        Assert.Equal(because, finding.Because);
        Assert.Equal(missing, finding.Missing);
    }
}
