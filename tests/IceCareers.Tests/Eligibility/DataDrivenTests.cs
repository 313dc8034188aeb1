using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>
/// Every rule parameter comes from the data: a modified copy of data/ changes verdicts with no code change.
/// </summary>
public sealed class DataDrivenTests
{
    private const string Hsi = "hsi-special-agent";
    private const string HsiAge = "age-criminal-investigator";

    /// <summary>Ends the current HSI age period on 2026-06-30 and adds a new one from 2026-07-01: at least 21, before the 37th birthday, waived only for veterans.</summary>
    private static CareerCatalog WithNewDatedAgeLimit(DataCopy copy)
    {
        const string file = "requirements/age.yaml";
        var text = copy.Read(file);
        var block = text.IndexOf("id: age-criminal-investigator", StringComparison.Ordinal);
        var periodStart = text.IndexOf("      - from: 2025-08-06\n", block, StringComparison.Ordinal) + "      - from: 2025-08-06\n".Length;
        text = text.Insert(periodStart, "        to: 2026-06-30\n");
        var requirementSources = text.IndexOf("\n    sources: [", periodStart, StringComparison.Ordinal) + 1;
        text = text.Insert(requirementSources, """
                  - from: 2026-07-01
                    value:
                      minimumAge: 21
                      appointBeforeBirthday: 37
                      waivers: [preference-eligible-veteran]
                    sources: [wbrz-mullin-2026-03-05]

            """);
        copy.Write(file, text);
        return CareerCatalog.LoadDirectory(copy.Root);
    }

    [Fact]
    public void Evaluate_NewDatedAgeLimitInDataCopy_VerdictChangesWithoutCodeChange()
    {
        using var copy = new DataCopy();
        var modified = new EligibilityEvaluator(WithNewDatedAgeLimit(copy));
        var shipped = new EligibilityEvaluator(CareerCatalog.Default);
        var nineteen = new ProfileBuilder { DateOfBirth = new DateOnly(2007, 1, 1) }.Build();

        Assert.Equal(Verdict.Met, shipped.Evaluate(nineteen, Hsi, new DateOnly(2026, 7, 1)).Result(HsiAge).Verdict);
        Assert.Equal(Verdict.Met, modified.Evaluate(nineteen, Hsi, new DateOnly(2026, 6, 30)).Result(HsiAge).Verdict);
        var report = modified.Evaluate(nineteen, Hsi, new DateOnly(2026, 7, 1));
        Assert.Equal(Verdict.NotMet, report.Result(HsiAge).Verdict);
        var rule = new AgeCheck((AgeRequirement)modified.Catalog.GetRequirement(HsiAge));
        var finding = rule.Decide(nineteen, new RuleContext(new DateOnly(2026, 7, 1), ScreeningPolicy.Strict, new EvaluationScratch.UniqueList()));
        Assert.Equal(AgeCase.BelowMinimum, finding.Case);
        Assert.Equal(21, rule.Periods[finding.Basis - 1].Value.MinimumAge);
        Assert.Equal(new DateOnly(2028, 1, 1), report.Gap(HsiAge).EarliestDate);
        Assert.Equal(["wbrz-mullin-2026-03-05"], report.Result(HsiAge).Sources);
    }

    [Fact]
    public void Evaluate_NewDatedAgeLimitInDataCopy_OnlyItsOwnWaiversApply()
    {
        using var copy = new DataCopy();
        var modified = new EligibilityEvaluator(WithNewDatedAgeLimit(copy));
        var asOf = new DateOnly(2026, 7, 1);
        var veteran = new ProfileBuilder { DateOfBirth = new DateOnly(1980, 1, 1), Military = new Military { Veteran = true, PreferenceEligible = true } }.Build();
        var formerAgent = new ProfileBuilder { DateOfBirth = new DateOnly(1980, 1, 1), PriorFederalLawEnforcement = true }.Build();

        Assert.Equal(Verdict.Waived, modified.Evaluate(veteran, Hsi, asOf).Result(HsiAge).Verdict);
        Assert.Equal(Verdict.NotMet, modified.Evaluate(formerAgent, Hsi, asOf).Result(HsiAge).Verdict);
        Assert.Equal(Verdict.Met, new EligibilityEvaluator(CareerCatalog.Default).Evaluate(formerAgent, Hsi, asOf).Result(HsiAge).Verdict);
    }

    [Fact]
    public void Evaluate_GpaDecimalsChangedInDataCopy_RoundingFollowsData()
    {
        using var copy = new DataCopy();
        copy.Replace("requirements/qualifications.yaml", "gpaDecimals: 1", "gpaDecimals: 2");
        var modified = new EligibilityEvaluator(CareerCatalog.LoadDirectory(copy.Root));
        var profile = new ProfileBuilder
        {
            Education = [new Education { Level = EducationLevel.Bachelors, Gpa = 2.95m, MajorGpa = 3.0m, ClassStandingPercentile = 50, HonorSociety = false, PassFailPercent = 0 }],
            Experience = [],
        }.Build();

        Assert.Equal(Verdict.Met, Evaluation.Evaluate(profile, Hsi).Result("education-experience").Verdict);
        Assert.Equal(Verdict.NotMet, modified.Evaluate(profile, Hsi, Evaluation.AsOf).Result("education-experience").Verdict);
    }

    [Fact]
    public void Evaluate_FitnessPassMarkChangedInDataCopy_JudgedAgainstNewMark()
    {
        using var copy = new DataCopy();
        copy.Replace("requirements/conditions.yaml", "minimum: 32", "minimum: 35");
        var modified = new EligibilityEvaluator(CareerCatalog.LoadDirectory(copy.Root));
        var profile = new ProfileBuilder { Fitness = new FitnessResults { SitUps = 33, PushUps = 30, Sprint220YardsSeconds = 40, Run1_5MileSeconds = 700 } }.Build();

        Assert.Equal(Verdict.Met, Evaluation.Evaluate(profile, Hsi).Result("fitness-test-hsi").Verdict);
        Assert.Equal(Verdict.NotMet, modified.Evaluate(profile, Hsi, Evaluation.AsOf).Result("fitness-test-hsi").Verdict);
    }
}
