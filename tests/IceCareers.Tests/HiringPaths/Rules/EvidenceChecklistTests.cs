using IceCareers.Candidates;
using IceCareers.Hiring;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Rules.RuleFacts;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// <see cref="EvidenceChecklist"/> alone (docs/rules.md §4.4; data/hiring/evidence.yaml): the documents to bring for the
/// paths a person can use, their preference category where preference can apply, and a degree. Asserted as item ids and
/// the claims each proves.
/// </summary>
public sealed class EvidenceChecklistTests
{
    private static readonly PreferenceFinding NoPreference = new(PreferenceCategory.None, PreferenceBecause.NotAVeteran, []) { Points = 0 };

    private static (PathDefinition, PathFinding) Eligible(string id, bool tentative = false) => (Path(id), PathFinding.Eligible(PathBecause.Citizen) with { Tentative = tentative });

    /// <summary>Each item as "id: claims it proves", in the data's order.</summary>
    private static string[] For(
        CandidateProfile profile, PreferenceFinding preference, bool preferenceCanApply, params (PathDefinition, PathFinding)[] paths) =>
        [.. EvidenceChecklist.For(RuleFacts.Hiring, profile, preference, paths, preferenceCanApply).Select(e => e.Id + ":" + string.Join(",", e.For))];

    [Fact]
    public void For_NothingClaimed_NoDocuments()
    {
        var paths = new[] { (Path(HiringPathIds.Vra), PathFinding.NotEligible(PathBecause.NotRecentlySeparated)), (Path(HiringPathIds.ScheduleA), PathFinding.Unknown(PathBecause.ScheduleAUnknown, "scheduleADisability")) };

        Assert.Empty(For(new CandidateProfile(), NoPreference, true, paths));
    }

    [Fact]
    public void For_EligiblePaths_EachItemWithThePathsItProves()
    {
        var items = For(new CandidateProfile(), NoPreference, true, Eligible(HiringPathIds.Competitive), Eligible(HiringPathIds.Vra), Eligible(HiringPathIds.MeritPromotion));

        Assert.Equal(["resume:competitive,merit-promotion,vra", "sf50:merit-promotion", "dd214-member4:vra"], items);
    }

    // 5-usc-2108a: while serving, the certification stands in for the DD-214 — whether the path or the preference rests on it.
    [Fact]
    public void For_TentativePath_CertificationInsteadOfTheDd214()
    {
        var items = For(new CandidateProfile(), NoPreference, true, Eligible(HiringPathIds.Vra, tentative: true), Eligible(HiringPathIds.Competitive));

        Assert.Equal(["resume:competitive,vra", "service-certification-120d:vra"], items);
    }

    [Fact]
    public void For_TentativePreference_CertificationForTheCategory()
    {
        var tp = new PreferenceFinding(PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod, []) { Points = 5, Tentative = true };

        var items = For(new CandidateProfile(), tp, true);

        Assert.Equal(["service-certification-120d:tp"], items);
    }

    [Fact]
    public void For_PreferenceThatCannotApply_NotClaimed()
    {
        var cps = new PreferenceFinding(PreferenceCategory.Cps, PreferenceBecause.DisabilityRating, []) { Points = 10, Percent = 40 };

        Assert.Equal(["dd214-member4:cps", "sf15:cps", "va-rating-letter:cps"], For(new CandidateProfile(), cps, true));
        Assert.Empty(For(new CandidateProfile(), cps, false));
    }

    // opm-vet-guide: a Purple Heart's XP is proved by the DD-214 and the SF-15, not a VA rating letter.
    [Fact]
    public void For_PurpleHeartXp_NoRatingLetterForIt()
    {
        var xp = new PreferenceFinding(PreferenceCategory.Xp, PreferenceBecause.PurpleHeart, []) { Points = 10 };

        Assert.Equal(["dd214-member4:xp", "sf15:xp"], For(new CandidateProfile(), xp, true));
        Assert.Equal(
            ["resume:disabled-veteran-30", "dd214-member4:xp,disabled-veteran-30", "sf15:xp", "va-rating-letter:disabled-veteran-30"],
            For(new CandidateProfile(), xp, true, Eligible(HiringPathIds.DisabledVeteran30)));
    }

    [Fact]
    public void For_RatedXp_RatingLetter()
    {
        var xp = new PreferenceFinding(PreferenceCategory.Xp, PreferenceBecause.DisabilityRating, []) { Points = 10, Percent = 0 };

        Assert.Contains("va-rating-letter:xp", For(new CandidateProfile(), xp, true));
    }

    [Theory]
    [InlineData(new[] { EducationLevel.HighSchool, EducationLevel.Bachelors }, true)]
    [InlineData(new[] { EducationLevel.Associate }, true)]
    [InlineData(new[] { EducationLevel.HighSchool }, false)]
    [InlineData(new EducationLevel[0], false)]
    public void For_DegreeAboveHighSchool_Transcript(EducationLevel[] levels, bool expected)
    {
        var profile = new CandidateProfile { Education = [.. levels.Select(l => new Education { Level = l })] };

        Assert.Equal(expected ? ["transcript:education"] : [], For(profile, NoPreference, true));
    }

    [Fact]
    public void For_EntryWithoutLevel_NoTranscript()
    {
        Assert.Empty(For(new CandidateProfile { Education = [new Education { Completed = new DateOnly(2024, 5, 1) }, null!] }, NoPreference, true));
    }
}
