using IceCareers.Candidates;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Candidates;

/// <summary>
/// The facts of service, federal service and military spouses are checked like every field (issue 22 §3): a discharge
/// before service began, a rating above 100, a release date past while still serving — each a problem naming the field.
/// </summary>
public sealed class ServiceFactsValidationTests
{
    private static readonly FixedTimeProvider Today = new(new DateOnly(2026, 1, 15));

    [Theory]
    [InlineData("military:\n  periods: [{ start: 2010-01-01, end: 2014-01-01, kind: active }]\n  discharge: { character: honorable, date: 2009-12-31 }\n", "military.discharge.date", "before your first period")]
    [InlineData("military:\n  disability: { percent: 110, ratedOn: 2015-01-01 }\n", "military.disability.percent", "outside 0–100")]
    [InlineData("military:\n  disability: { percent: -10 }\n", "military.disability.percent", "negative")]
    [InlineData("military:\n  periods: [{ start: 2020-01-01, kind: active }]\n  expectedRelease: 2025-12-31\n", "military.expectedRelease", "has passed")]
    [InlineData("military:\n  periods: [{ start: 2014-01-01, end: 2013-01-01, kind: active }]\n", "military.periods[0].end", "before the period's start")]
    [InlineData("military:\n  periods: [{ end: 2013-01-01, kind: active }]\n", "military.periods[0].start", "needs its first day")]
    [InlineData("military:\n  periods: [{ start: 2027-01-01, kind: active }]\n", "military.periods[0].start", "in the future")]
    [InlineData("military:\n  periods: [{ start: 2010-01-01, end: 2012-01-01, kind: reserve }]\n", "military.periods[0].kind", "expected one of: active, active-for-training")]
    [InlineData("military:\n  discharge: { character: excellent }\n", "military.discharge.character", "expected one of: honorable")]
    [InlineData("military:\n  discharge: { date: 2026-02-01 }\n", "military.discharge.date", "in the future")]
    [InlineData("military:\n  retired: { payGrade: O-11 }\n", "military.retired.payGrade", "a military pay grade")]
    [InlineData("military:\n  disability: some\n", "military.disability", "expected the word none")]
    [InlineData("military:\n  campaignMedals: [\"\"]\n", "military.campaignMedals[0]", "empty name")]
    [InlineData("federal: { current: true, separated: 2020-01-01 }\n", "federal.separated", "has not separated")]
    [InlineData("federal: { series: GS-1801 }\n", "federal.series", "four digits")]
    [InlineData("federal: { tenure: permanent }\n", "federal.tenure", "expected one of: career, career-conditional")]
    [InlineData("militarySpouse: { sponsor: navy }\n", "militarySpouse.sponsor", "expected one of: active-duty")]
    public void FromYaml_BadServiceFact_ProblemNamingTheField(string yaml, string path, string words)
    {
        var e = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        var problem = Assert.Single(e.Problems, p => p.Path == path);
        Assert.Contains(words, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_EveryServiceFact_ReadsTheModel()
    {
        const string json = """
            {"military":{"periods":[{"start":"2003-06-02","end":"2013-05-31","kind":"active","servedFullPeriod":true}],
             "discharge":{"character":"honorable","date":"2013-05-31","reason":"disability"},"campaignMedals":["Iraq Campaign Medal"],
             "purpleHeart":true,"disability":{"percent":30,"ratedOn":"2013-11-04"},"retired":{"payGrade":"e-7"}},
             "scheduleADisability":true,"federal":"none","student":{"enrolled":false},"militarySpouse":{"sponsor":"disabled-100"}}
            """;

        var profile = CandidateProfile.FromJson(json, Today);

        var military = profile.Military!;
        Assert.Equal(new DateOnly(2013, 5, 31), Assert.Single(military.Periods!).End);
        Assert.Equal(DischargeReason.Disability, military.Discharge!.Reason);
        Assert.Equal(30, military.Disability!.Percent);
        Assert.Equal(MilitaryPayGrade.Parse("E-7"), military.Retired!.PayGrade);
        Assert.True(profile.Federal!.IsNone);
        Assert.Equal(SpouseSponsor.Disabled100, profile.MilitarySpouse!.Sponsor);
    }
}
