using System.Text.Json;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace IceCareers.Tests.Eligibility;

/// <summary>
/// Golden reports: every role for each sample profile in samples/profiles, evaluated on a fixed date and compared with
/// the JSON snapshot in __snapshots__. A change to a snapshot is a change to what the library tells people: review it.
/// </summary>
public sealed class GoldenReportTests
{
    public static TheoryData<string> Profiles =>
    [
        "new-graduate",
        "veteran-over-age-limit",
        "career-changer",
        "candidate-with-record",
        "incomplete-profile",
        "non-citizen",
    ];

    private static string Reports(string profileName, DateOnly asOf, ScreeningPolicy policy)
    {
        var yaml = File.ReadAllText(Repository.PathOf("samples", "profiles", profileName + ".yaml"));
        var profile = CandidateProfile.FromYaml(yaml, new FixedTimeProvider(asOf));
        var reports = new EligibilityEvaluator(CareerCatalog.Default, new EligibilityOptions { Policy = policy }).EvaluateAll(profile, asOf);
        return JsonSerializer.Serialize(reports, IceCareersJsonContext.Default.IReadOnlyListEligibilityReport);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public void EvaluateAll_SampleProfile_MatchesGoldenReport(string profileName)
    {
        var json = Reports(profileName, Evaluation.AsOf, ScreeningPolicy.Strict);

        json.MatchSnapshot(SnapshotNameExtension.Create(profileName));
    }

    [Fact]
    public void EvaluateAll_VeteranBeforeAgeCapsWereWaived_MatchesGoldenReport()
    {
        var json = Reports("veteran-over-age-limit", Evaluation.Before2025Change, ScreeningPolicy.Strict);

        json.MatchSnapshot(SnapshotNameExtension.Create("veteran-over-age-limit-2025-06-01"));
    }

    [Fact]
    public void EvaluateAll_RecordUnderSuitabilityPolicy_MatchesGoldenReport()
    {
        var json = Reports("candidate-with-record", Evaluation.AsOf, ScreeningPolicy.Suitability);

        json.MatchSnapshot(SnapshotNameExtension.Create("candidate-with-record-suitability"));
    }
}
