using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Rules.RuleFacts;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// <see cref="MeritPromotionRule"/> alone (docs/rules.md §4.2; 5 CFR 315.401 reinstatement, OPM's Vet Guide): competitive
/// status from career or career-conditional tenure; a former career-conditional employee for three years after
/// separating unless a preference eligible. Verdicts, tenure, dates and the fields asked for.
/// </summary>
public sealed class MeritPromotionRuleTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static PathFinding Decide(CandidateProfile profile) => MeritPromotionRule.Decide(Of(profile, AsOf), Path(HiringPathIds.MeritPromotion));

    private static CandidateProfile Federal(FederalTenure? tenure, bool? current, DateOnly? separated = null, Military? military = null) =>
        new() { Military = military ?? new Military { Veteran = false }, Federal = new FederalService { Tenure = tenure, Current = current, Separated = separated } };

    [Fact]
    public void Decide_NotStated_AsksForTheFederalFacts()
    {
        Is(Decide(new CandidateProfile()), PathVerdict.Unknown, PathBecause.FederalUnknown, "federal");
    }

    [Fact]
    public void Decide_NeverFederal_NotEligible()
    {
        Is(Decide(new CandidateProfile { Federal = FederalService.None }), PathVerdict.NotEligible, PathBecause.NeverFederal);
    }

    [Fact]
    public void Decide_TenureNotStated_AsksForIt()
    {
        Is(Decide(Federal(null, true)), PathVerdict.Unknown, PathBecause.FederalUnknown, "federal.tenure");
    }

    // opm-vet-guide: excepted and temporary employees have no competitive status.
    [Theory]
    [InlineData(FederalTenure.Excepted, true)]
    [InlineData(FederalTenure.Temporary, false)]
    public void Decide_NoCompetitiveStatus_NotEligibleNamingTheTenure(FederalTenure tenure, bool current)
    {
        var finding = Decide(Federal(tenure, current, D(2025, 1, 1)));

        Is(finding, PathVerdict.NotEligible, PathBecause.NoCompetitiveStatus);
        Assert.Equal(CandidateWords.FederalTenures[tenure], finding.Word);
    }

    [Theory]
    [InlineData(FederalTenure.Career)]
    [InlineData(FederalTenure.CareerConditional)]
    public void Decide_CurrentWithStatus_EligibleNamingTheTenure(FederalTenure tenure)
    {
        var finding = Decide(Federal(tenure, true));

        Is(finding, PathVerdict.Eligible, PathBecause.CurrentWithStatus);
        Assert.Equal(CandidateWords.FederalTenures[tenure], finding.Word);
    }

    [Fact]
    public void Decide_CurrentNotStated_AsksForIt()
    {
        Is(Decide(Federal(FederalTenure.Career, null)), PathVerdict.Unknown, PathBecause.FederalUnknown, "federal.current");
    }

    // 5-cfr-315-401: career tenure gives reinstatement without time limit.
    [Fact]
    public void Decide_FormerCareer_EligibleWithoutLimit()
    {
        var finding = Decide(Federal(FederalTenure.Career, false, D(2000, 1, 1)));

        Is(finding, PathVerdict.Eligible, PathBecause.FormerCareer);
        Assert.Null(finding.Until);
    }

    // 5-cfr-315-401: a preference eligible has reinstatement without time limit.
    [Fact]
    public void Decide_FormerCareerConditionalPreferenceEligible_EligibleWithoutLimit()
    {
        var veteran = Veteran([Active(D(2004, 1, 1), D(2008, 1, 1))], Honorable(D(2008, 1, 1))).Military;

        var finding = Decide(Federal(FederalTenure.CareerConditional, false, D(2012, 1, 1), veteran));

        Is(finding, PathVerdict.Eligible, PathBecause.FormerPreferenceEligible);
        Assert.Null(finding.Until);
    }

    // uscg-reinstatement: a former career-conditional employee, three years from separation.
    [Theory]
    [InlineData(2023, 3, 2, PathVerdict.Eligible)] // open through 2026-03-01, the day before the third anniversary
    [InlineData(2023, 3, 1, PathVerdict.NotEligible)] // the third anniversary is the as-of date
    public void Decide_FormerCareerConditional_ThreeYearsToTheDayBefore(int year, int month, int day, PathVerdict expected)
    {
        var separated = D(year, month, day);

        var finding = Decide(Federal(FederalTenure.CareerConditional, false, separated));

        Is(finding, expected, expected == PathVerdict.Eligible ? PathBecause.FormerWithinReinstatement : PathBecause.FormerPastReinstatement);
        Assert.Equal(3, finding.Number);
        Assert.Equal(separated, finding.Date);
        Assert.Equal(expected == PathVerdict.Eligible ? D(2026, 3, 1) : null, finding.Until);
    }

    [Fact]
    public void Decide_SeparatedNotStated_AsksForIt()
    {
        Is(Decide(Federal(FederalTenure.CareerConditional, false)), PathVerdict.Unknown, PathBecause.FederalUnknown, "federal.separated");
    }

    [Fact]
    public void Decide_PastReinstatementPreferenceUndecided_AsksForWhatDecidesIt()
    {
        var finding = Decide(new CandidateProfile { Federal = new FederalService { Current = false, Tenure = FederalTenure.CareerConditional, Separated = D(2015, 1, 1) } });

        Is(finding, PathVerdict.Unknown, PathBecause.FormerPastReinstatement, "military");
        Assert.Equal(3, finding.Number);
        Assert.Equal(D(2015, 1, 1), finding.Date);
    }
}
