using IceCareers.Candidates;
using IceCareers.HiringPaths;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths;

/// <summary>
/// docs/rules.md §4.2: what each path rule asks for when the facts given do not decide it — the verdict and the profile
/// fields named, never the words (those are <see cref="Rules.HiringPathTextTests"/>'s).
/// </summary>
public sealed class UnknownPathTests
{
    private static HiringPathResult PathOf(CandidateProfile profile, string id, DateOnly asOf) => Evaluate(profile, asOf).Path(id);

    private static CandidateProfile Former(FederalTenure? tenure, bool? current, DateOnly? separated) =>
        new() { Military = new Military { Veteran = false }, Federal = new FederalService { Current = current, Tenure = tenure, Separated = separated } };

    [Fact]
    public void MeritPromotion_NoFederalFacts_AsksForThem()
    {
        var result = PathOf(new CandidateProfile(), HiringPathIds.MeritPromotion, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Equal(["federal"], result.MissingInformation);
    }

    [Theory]
    [InlineData(null, false, "federal.tenure")]
    [InlineData(FederalTenure.CareerConditional, null, "federal.current")]
    [InlineData(FederalTenure.CareerConditional, false, "federal.separated")]
    public void MeritPromotion_FactMissing_AsksForIt(FederalTenure? tenure, bool? current, string field)
    {
        var result = PathOf(Former(tenure, current, null), HiringPathIds.MeritPromotion, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Equal([field], result.MissingInformation);
    }

    [Fact]
    public void MeritPromotion_PastReinstatementWithPreferenceUndecided_UnknownAskingForTheMilitaryFacts()
    {
        var profile = new CandidateProfile { Federal = new FederalService { Current = false, Tenure = FederalTenure.CareerConditional, Separated = D(2015, 1, 1) } };

        var result = PathOf(profile, HiringPathIds.MeritPromotion, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Contains("military", result.MissingInformation);
    }

    [Fact]
    public void MeritPromotion_PastReinstatementNotAVeteran_NotEligible()
    {
        var result = PathOf(Former(FederalTenure.CareerConditional, false, D(2015, 1, 1)), HiringPathIds.MeritPromotion, D(2026, 3, 1));

        Assert.Equal(PathVerdict.NotEligible, result.Verdict);
        Assert.Empty(result.MissingInformation);
    }

    [Fact]
    public void RecentGraduate_EntriesWithoutLevelOrDate_AsksForEach()
    {
        var profile = new CandidateProfile
        {
            Education = [new Education { Completed = D(2025, 6, 1) }, new Education { Level = EducationLevel.Bachelors }, new Education { Level = EducationLevel.HighSchool, Completed = D(2020, 6, 1) }],
        };

        var result = PathOf(profile, HiringPathIds.PathwaysRecentGraduate, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Equal(["education[0].level", "education[1].completed"], result.MissingInformation);
    }

    [Fact]
    public void RecentGraduate_TwoFutureCompletions_OpensFromTheEarlier()
    {
        var profile = new CandidateProfile
        {
            Education = [new Education { Level = EducationLevel.Masters, Completed = D(2027, 6, 1) }, new Education { Level = EducationLevel.Bachelors, Completed = D(2026, 5, 1) }, new Education { Level = EducationLevel.Doctorate, Completed = D(2029, 6, 1) }],
        };

        var result = PathOf(profile, HiringPathIds.PathwaysRecentGraduate, D(2026, 3, 1));

        Assert.Equal(PathVerdict.NotEligible, result.Verdict);
        Assert.Empty(result.MissingInformation);
    }

    [Fact]
    public void RecentGraduate_CompletedOnTheEvaluationDate_Counts()
    {
        var profile = new CandidateProfile { Education = [new Education { Level = EducationLevel.Bachelors, Completed = D(2026, 3, 1) }] };

        var result = PathOf(profile, HiringPathIds.PathwaysRecentGraduate, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Eligible, result.Verdict);
        Assert.Equal(D(2028, 3, 1), result.Until); // two years after completion, to the day
    }

    [Fact]
    public void RecentGraduate_OldDegreeAndAnUndatedOne_UnknownAskingForTheDate()
    {
        var profile = new CandidateProfile
        {
            Education = [new Education { Level = EducationLevel.Bachelors, Completed = D(2010, 6, 1) }, new Education { Level = EducationLevel.Bachelors, Completed = D(2012, 6, 1) }, new Education { Level = EducationLevel.Masters }],
        };

        var result = PathOf(profile, HiringPathIds.PathwaysRecentGraduate, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Equal(["education[2].completed"], result.MissingInformation);
    }

    [Fact]
    public void Vra_ServingWithoutRelease_AsksForTheReleaseDate()
    {
        var profile = Veteran([Active(D(2020, 1, 1), null)], null);

        var result = PathOf(profile, HiringPathIds.Vra, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Contains("military.expectedRelease", result.MissingInformation);
    }

    [Fact]
    public void Vra_LongAgoWithDisabilityAndMedalsUnstated_AsksForBoth()
    {
        var profile = new CandidateProfile
        {
            Citizenship = Citizenship.UsCitizen,
            Military = new Military { Veteran = true, Periods = [Active(D(2001, 1, 1), D(2005, 1, 1))], Discharge = Honorable(D(2005, 1, 1)) },
        };

        var result = PathOf(profile, HiringPathIds.Vra, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Contains("military.disability", result.MissingInformation);
        Assert.Contains("military.campaignMedals", result.MissingInformation);
    }

    [Fact]
    public void Vra_DisabilityWithoutPercent_AsksForThePercent()
    {
        var profile = Veteran([Active(D(2001, 1, 1), D(2005, 1, 1))], Honorable(D(2005, 1, 1)), new ServiceDisability { RatedOn = D(2006, 1, 1) });

        var result = PathOf(profile, HiringPathIds.Vra, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Contains("military.disability.percent", result.MissingInformation);
    }

    [Fact]
    public void Vra_DischargeWithoutDate_AsksForIt()
    {
        var profile = Veteran([Active(D(2001, 1, 1), D(2005, 1, 1))], new Discharge { Character = DischargeCharacter.Honorable, Reason = DischargeReason.Other });

        var result = PathOf(profile, HiringPathIds.Vra, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Contains("military.discharge.date", result.MissingInformation);
    }

    [Fact]
    public void DisabledVeteran30_DisabilityUnstated_AsksForIt()
    {
        var profile = new CandidateProfile
        {
            Citizenship = Citizenship.UsCitizen,
            Military = new Military { Veteran = true, Periods = [Active(D(2001, 1, 1), D(2005, 1, 1))], Discharge = Honorable(D(2005, 1, 1)) },
        };

        var result = PathOf(profile, HiringPathIds.DisabledVeteran30, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Contains("military.disability", result.MissingInformation);
    }

    [Fact]
    public void DisabledVeteran30_RatingWithoutPercent_AsksForThePercent()
    {
        var profile = Veteran([Active(D(2001, 1, 1), D(2005, 1, 1))], Honorable(D(2005, 1, 1)), new ServiceDisability { RatedOn = D(2006, 1, 1) });

        var result = PathOf(profile, HiringPathIds.DisabledVeteran30, D(2026, 3, 1));

        Assert.Equal(PathVerdict.Unknown, result.Verdict);
        Assert.Contains("military.disability.percent", result.MissingInformation);
    }
}
