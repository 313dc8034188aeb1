using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Rules.RuleFacts;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// <see cref="DisabledVeteranRule"/> alone (docs/rules.md §4.2; 5 U.S.C. 3112, 5 CFR 316.302, OPM's Vet Guide: "30
/// percent or more disabled veterans ... rated by the VA since 1991 or later, or retired from active military service
/// with a service-connected disability rating of 30 percent or more"): verdicts, what decided them, percents and dates.
/// </summary>
public sealed class DisabledVeteranRuleTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static PathFinding Decide(CandidateProfile profile) => DisabledVeteranRule.Decide(Of(profile, AsOf), Path(HiringPathIds.DisabledVeteran30));

    private static CandidateProfile Rated(int? percent, DateOnly? ratedOn, Discharge? discharge = null, MilitaryRetirement? retired = null) =>
        Veteran([Active(D(1985, 1, 1), D(1989, 1, 1))], discharge ?? Honorable(D(1989, 1, 1)), new ServiceDisability { Percent = percent, RatedOn = ratedOn }, retired: retired);

    [Fact]
    public void Decide_NoMilitary_AsksForTheMilitaryFacts()
    {
        Is(Decide(new CandidateProfile()), PathVerdict.Unknown, PathBecause.DisabilityUnknown, "military");
    }

    [Fact]
    public void Decide_DisabilityNotStated_AsksForIt()
    {
        Is(Decide(new CandidateProfile { Military = new Military { Veteran = true } }), PathVerdict.Unknown, PathBecause.DisabilityUnknown, "military.disability");
    }

    [Fact]
    public void Decide_NoDisability_RatedTooLowAtTheMinimum()
    {
        var finding = Decide(Veteran([Active(D(1985, 1, 1), D(1989, 1, 1))], Honorable(D(1989, 1, 1))));

        Is(finding, PathVerdict.NotEligible, PathBecause.RatedTooLow);
        Assert.Equal(30, finding.Number);
        Assert.Null(finding.Word);
    }

    [Fact]
    public void Decide_PercentNotStated_AsksForIt()
    {
        Is(Decide(Rated(null, D(2005, 1, 1))), PathVerdict.Unknown, PathBecause.DisabilityUnknown, "military.disability.percent");
    }

    [Theory]
    [InlineData(29, PathVerdict.NotEligible, PathBecause.RatedTooLow)]
    [InlineData(30, PathVerdict.Eligible, PathBecause.RatedEnough)]
    [InlineData(100, PathVerdict.Eligible, PathBecause.RatedEnough)]
    public void Decide_Percent_ThirtyOrMore(int percent, PathVerdict verdict, object because)
    {
        var finding = Decide(Rated(percent, D(2005, 1, 1)));

        Is(finding, verdict, (PathBecause)because);
        Assert.Equal(verdict == PathVerdict.Eligible ? percent : 30, finding.Number);
        Assert.Equal(verdict == PathVerdict.Eligible ? null : percent.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Word);
        Assert.False(finding.Tentative);
    }

    // opm-vet-guide: "rated by the VA since 1991 or later" — paths.yaml ratedFrom 1991-01-01.
    [Theory]
    [InlineData(1991, 1, 1, PathBecause.RatedEnough)]
    [InlineData(1990, 12, 31, PathBecause.RatedTooEarly)]
    public void Decide_RatedOn_FromTheFirstDayOf1991(int year, int month, int day, object expected)
    {
        var finding = Decide(Rated(40, D(year, month, day)));

        Assert.Equal((PathBecause)expected, finding.Because);
        Assert.Equal(40, finding.Number);
        Assert.Equal((PathBecause)expected == PathBecause.RatedTooEarly ? D(1991, 1, 1) : null, finding.Date);
    }

    [Fact]
    public void Decide_RatedOnNotStated_AsksForIt()
    {
        Is(Decide(Rated(40, null)), PathVerdict.Unknown, PathBecause.DisabilityUnknown, "military.disability.ratedOn");
    }

    // opm-vet-guide: "or retired from active military service with a service-connected disability rating of 30 percent or more" (any date).
    [Fact]
    public void Decide_RetiredWithARatingBefore1991_Eligible()
    {
        var finding = Decide(Rated(40, null, retired: new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse("E-8") }));

        Is(finding, PathVerdict.Eligible, PathBecause.RetiredWithRating);
        Assert.Equal(40, finding.Number);
        Assert.False(finding.Tentative);
    }

    [Theory]
    [InlineData(DischargeCharacter.BadConduct, PathVerdict.NotEligible, PathBecause.NotUnderHonorableConditions)]
    [InlineData(DischargeCharacter.Uncharacterized, PathVerdict.Unknown, PathBecause.Uncharacterized)]
    public void Decide_DischargeNotUnderHonorableConditions_DecidesAfterTheRating(DischargeCharacter character, PathVerdict verdict, object because)
    {
        var finding = Decide(Rated(50, D(2005, 1, 1), new Discharge { Character = character, Date = D(1989, 1, 1) }));

        Is(finding, verdict, (PathBecause)because);
        Assert.Equal(verdict == PathVerdict.NotEligible ? CandidateWords.DischargeCharacters[character] : null, finding.Word);
    }

    [Fact]
    public void Decide_CharacterNotStated_AsksForIt()
    {
        Is(Decide(Rated(50, D(2005, 1, 1), new Discharge { Date = D(1989, 1, 1) })), PathVerdict.Unknown, PathBecause.DischargeUnknown, "military.discharge.character");
    }

    // 5-usc-2108a: while serving, a release within 120 days is certifiable; the finding is tentative.
    [Fact]
    public void Decide_ServingWithReleaseWithin120Days_TentativelyEligible()
    {
        var profile = Veteran([Active(D(2010, 1, 1), null)], null, new ServiceDisability { Percent = 30, RatedOn = D(2025, 6, 1) }, expectedRelease: AsOf.AddDays(60));

        var finding = Decide(profile);

        Is(finding, PathVerdict.Eligible, PathBecause.RatedEnough);
        Assert.True(finding.Tentative);
    }

    [Fact]
    public void Decide_RetiringWithinTheCertificationDays_TentativelyEligible()
    {
        var profile = Veteran(
            [Active(D(2006, 1, 1), null)], null, new ServiceDisability { Percent = 30, RatedOn = D(2025, 6, 1) },
            retired: new MilitaryRetirement { PayGrade = MilitaryPayGrade.Parse("E-7") }, expectedRelease: AsOf.AddDays(60));

        var finding = Decide(profile);

        Is(finding, PathVerdict.Eligible, PathBecause.RetiredWithRating);
        Assert.True(finding.Tentative);
    }

    [Fact]
    public void Decide_ServingWithReleaseFarOff_AsksForTheRelease()
    {
        var profile = Veteran([Active(D(2010, 1, 1), null)], null, new ServiceDisability { Percent = 30, RatedOn = D(2025, 6, 1) }, expectedRelease: AsOf.AddDays(300));

        Is(Decide(profile), PathVerdict.Unknown, PathBecause.StillServing, "military.expectedRelease");
    }
}
