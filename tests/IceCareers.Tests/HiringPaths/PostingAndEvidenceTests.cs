using IceCareers.Candidates;
using IceCareers.HiringPaths;
using IceCareers.Postings;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths;

/// <summary>docs/rules.md §4.3 and §4.4: what a posting's authority means, and the documents to bring.</summary>
public sealed class PostingAndEvidenceTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static CandidateProfile Cps30() =>
        Veteran([Active(D(2010, 1, 1), D(2014, 1, 1))], Honorable(D(2014, 1, 1)), new ServiceDisability { Percent = 30, RatedOn = D(2014, 6, 1) });

    private static Announcement Posting(string positionId, string? summary = null, params string[] codes) =>
        new() { PositionId = positionId, Title = "Deportation Officer", JobSummary = summary, HiringPaths = codes };

    // 5-usc-3304-a-3, usajobs-503401900: "Veterans preference ... do not apply" to direct hire.
    [Fact]
    public void Posting_DirectHireWords_PreferenceDoesNotApply()
    {
        var report = Evaluator.Evaluate(Cps30(), Posting("ERO-12345678-DO", "This is a Direct Hire Authority announcement.", "public"), AsOf);

        Assert.NotNull(report.Posting);
        Assert.Equal("direct-hire", report.Posting.HiringAuthority);
        Assert.False(report.Posting.PreferenceApplies);
        Assert.Equal(PathVerdict.NotApplicable, report.Path(HiringPathIds.Competitive).Verdict);
        Assert.Equal(PathVerdict.Eligible, report.Path(HiringPathIds.DirectHire).Verdict);
        Assert.Contains(HiringPathIds.DirectHire, report.Posting.OpenTo);
        Assert.DoesNotContain(report.Evidence, e => e.Id == "sf15");
    }

    // editorial-announcement-number-codes: the DE part of DAL-INV-11091872-DE-ETH (usajobs-600315000).
    [Fact]
    public void Posting_DelegatedExaminingNumber_PreferenceApplies()
    {
        var report = Evaluator.Evaluate(Cps30(), Posting("DAL-INV-11091872-DE-ETH", null, "public"), AsOf);

        Assert.Equal("delegated-examining", report.Posting!.HiringAuthority);
        Assert.True(report.Posting.PreferenceApplies);
        Assert.Equal(PathVerdict.Eligible, report.Path(HiringPathIds.Competitive).Verdict);
        Assert.Equal(PathVerdict.NotApplicable, report.Path(HiringPathIds.DirectHire).Verdict);
        Assert.Contains(report.Evidence, e => e.Id == "sf15");
    }

    [Fact]
    public void Posting_WordsAndNumberDisagree_WordsWin()
    {
        var report = Evaluator.Evaluate(Cps30(), Posting("HSI-ELHU-12864563-DE-RIR", "Direct hire: category rating does not apply.", "public"), AsOf);

        Assert.Equal("direct-hire", report.Posting!.HiringAuthority);
        Assert.False(report.Posting.PreferenceApplies);
    }

    [Fact]
    public void Posting_FederalEmployeesOnly_MeritPromotionWithoutPreference()
    {
        var employee = new CandidateProfile { Citizenship = Citizenship.UsCitizen, Federal = new FederalService { Current = true, Tenure = FederalTenure.Career } };

        var report = Evaluator.Evaluate(employee, Posting("ICE-0001", null, "fed-internal-search"), AsOf);

        Assert.Equal("merit-promotion", report.Posting!.HiringAuthority);
        Assert.False(report.Posting.PreferenceApplies);
        Assert.Equal([HiringPathIds.MeritPromotion], report.Posting.OpenTo);
        Assert.Equal(PathVerdict.NotApplicable, report.Path(HiringPathIds.Competitive).Verdict);
    }

    [Fact]
    public void Posting_NothingSaysTheAuthority_Unknown()
    {
        var report = Evaluator.Evaluate(Cps30(), Posting("ICE-0002", null, "public"), AsOf);

        Assert.Equal("unknown", report.Posting!.HiringAuthority);
        Assert.Null(report.Posting.PreferenceApplies);
    }

    [Fact]
    public void Posting_OpenToVeterans_OpensVraVeoaAnd30Percent()
    {
        var report = Evaluator.Evaluate(Cps30(), Posting("ICE-0003-DE", null, "vet"), AsOf);

        Assert.Contains(HiringPathIds.Vra, report.Posting!.OpenTo);
        Assert.Contains(HiringPathIds.DisabledVeteran30, report.Posting.OpenTo);
        Assert.Equal(PathVerdict.NotApplicable, report.Path(HiringPathIds.Competitive).Verdict);
    }

    // The issue: "A veteran with a 30 % rating sees DD-214 (member 4), SF-15 and the VA letter".
    [Fact]
    public void Evidence_VeteranRated30Percent_Dd214Sf15AndVaLetter()
    {
        var evidence = Evaluate(Cps30(), AsOf).Evidence.Select(e => e.Id).ToList();

        Assert.Contains("dd214-member4", evidence);
        Assert.Contains("sf15", evidence);
        Assert.Contains("va-rating-letter", evidence);
        Assert.DoesNotContain("service-certification-120d", evidence);
    }

    // The issue: "a new graduate sees the transcript".
    [Fact]
    public void Evidence_NewGraduate_Transcript()
    {
        var graduate = new CandidateProfile
        {
            Citizenship = Citizenship.UsCitizen,
            Military = new Military { Veteran = false },
            Education = [new Education { Level = EducationLevel.Bachelors, Completed = D(2025, 5, 20), Gpa = 3.4m }],
        };

        var report = Evaluate(graduate, AsOf);

        var transcript = Assert.Single(report.Evidence, e => e.Id == "transcript");
        Assert.Contains("pathways-recent-graduate", transcript.For);
        Assert.Contains("education", transcript.For);
        Assert.DoesNotContain(report.Evidence, e => e.Id == "dd214-member4");
    }

    [Fact]
    public void Evidence_StillServingWithin120Days_CertificationInsteadOfDd214()
    {
        var serving = Veteran([Active(D(2008, 1, 1), null)], null, expectedRelease: AsOf.AddDays(90));

        var evidence = Evaluate(serving, AsOf).Evidence.Select(e => e.Id).ToList();

        Assert.Contains("service-certification-120d", evidence);
        Assert.DoesNotContain("dd214-member4", evidence);
    }

    [Fact]
    public void Evidence_PurpleHeartXp_NoVaLetterForTheClaim()
    {
        var profile = Veteran([Active(D(2012, 1, 1), D(2016, 1, 1))], Honorable(D(2016, 1, 1)), purpleHeart: true);

        var report = Evaluate(profile, AsOf);

        Assert.Contains(report.Evidence, e => e.Id == "sf15");
        Assert.DoesNotContain(report.Evidence, e => e.Id == "va-rating-letter");
    }
}
