using System.Text.Json;
using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace IceCareers.Tests.HiringPaths;

/// <summary>
/// Golden hiring-path reports for the four people — a disabled veteran, a military spouse, a new graduate and a
/// current federal employee — from samples/profiles on a fixed date. A change to a snapshot is a change to what the
/// library tells people: review it.
/// </summary>
public sealed class HiringPathGoldenTests
{
    public static TheoryData<string> Profiles => ["disabled-veteran", "military-spouse", "new-graduate", "federal-employee", "veteran-over-age-limit"];

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Evaluate_SampleProfile_MatchesGoldenReport(string profileName)
    {
        var asOf = new DateOnly(2026, 3, 1);
        var profile = CandidateProfile.FromYaml(File.ReadAllText(Repository.PathOf("samples", "profiles", profileName + ".yaml")), new FixedTimeProvider(asOf));

        var report = new HiringPathEvaluator(CareerCatalog.Default).Evaluate(profile, asOf);

        JsonSerializer.Serialize(report, IceCareersJsonContext.Default.HiringPathReport).MatchSnapshot(SnapshotNameExtension.Create(profileName));
    }
}
