using IceCareers.Hiring;
using IceCareers.HiringPaths;
using IceCareers.HiringPaths.Rules;
using IceCareers.Postings;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// docs/rules.md §4.3, <see cref="PostingAuthorityRule"/> alone: a posting's hiring authority read from its own words,
/// then the DH, DE or MP part of its announcement number, then federal-employee-only hiring-path codes; and the paths
/// its codes open, narrowed by the authority. Asserted as authorities, where they were read, codes and paths (ids from
/// data/hiring/postings.yaml), never words.
/// </summary>
public sealed class PostingAuthorityRuleTests
{
    private static readonly HiringRules Hiring = CareerCatalog.Default.HiringRules;

    private static AuthorityDefinition Authority(string id) => Hiring.Authorities.Single(a => a.Id == id);

    private static PostingFinding Decide(string positionId, string? summary = null, string? qualifications = null, string? whoMayApply = null, params string[] codes) =>
        PostingAuthorityRule.Decide(
            new Announcement { PositionId = positionId, Title = "Deportation Officer", JobSummary = summary, QualificationSummary = qualifications, WhoMayApply = whoMayApply, HiringPaths = codes },
            Hiring);

    // usajobs-503401900 (ICE deportation officer, direct hire): "This is a Direct Hire Authority announcement".
    [Fact]
    public void Decide_DirectHireInTheSummary_DirectHireFromWords()
    {
        var finding = Decide("ERO-12345678-DO", "This is a Direct Hire Authority announcement.");

        Assert.Equal(Authority("direct-hire"), finding.Authority);
        Assert.Equal(AuthorityReadFrom.Words, finding.ReadFrom);
        Assert.Equal(Authority("direct-hire").Phrases[0], finding.Evidence);
        Assert.Null(finding.Disagreeing);
        Assert.Null(finding.Opens); // no hiring-path codes: the paths are narrowed by the authority alone
        Assert.Empty(finding.Codes);
        Assert.Empty(finding.UnknownCodes);
    }

    [Fact]
    public void Decide_PhraseInTheQualifications_Read()
    {
        var finding = Decide("ICE-1", qualifications: "Applicants are rated under CATEGORY RATING procedures.");

        Assert.Equal(Authority("delegated-examining"), finding.Authority);
        Assert.Equal(Authority("delegated-examining").Phrases[1], finding.Evidence);
    }

    // opm-vet-guide: merit promotion announcements are open to "status candidates".
    [Fact]
    public void Decide_PhraseInWhoMayApply_Read()
    {
        var finding = Decide("ICE-1", whoMayApply: "Current federal employees (status candidates) only.");

        Assert.Equal(Authority("merit-promotion"), finding.Authority);
        Assert.Equal(AuthorityReadFrom.Words, finding.ReadFrom);
    }

    [Fact]
    public void Decide_TwoPhrasesOfOneAuthority_TheFirstInTheDataIsTheEvidence()
    {
        var finding = Decide("ICE-1", "A direct-hire posting; direct hire applies.");

        Assert.Equal(Authority("direct-hire").Phrases[0], finding.Evidence);
    }

    [Fact]
    public void Decide_PhrasesOfTwoAuthorities_TheFirstAuthorityInTheData()
    {
        var finding = Decide("ICE-1", "Status candidates and category rating; this is direct hire.");

        Assert.Equal(Hiring.Authorities[0], finding.Authority);
    }

    // editorial-announcement-number-codes: the DE part of DAL-INV-11091872-DE-ETH (usajobs-600315000).
    [Fact]
    public void Decide_DeInTheNumber_DelegatedExaminingFromTheNumber()
    {
        var finding = Decide("DAL-INV-11091872-DE-ETH");

        Assert.Equal(Authority("delegated-examining"), finding.Authority);
        Assert.Equal(AuthorityReadFrom.Number, finding.ReadFrom);
        Assert.Equal("DE", finding.Evidence);
        Assert.Null(finding.Disagreeing);
    }

    // fgj-hsi-elhu-12864563: HSI-ELHU-12864563-DH-RIR, a direct-hire criminal investigator posting (January 2026).
    [Theory]
    [InlineData("HSI-ELHU-12864563-DH-RIR", "direct-hire")]
    [InlineData("hsi-elhu-12864563-dh-rir", "direct-hire")] // the marker in any case
    [InlineData("ICE - MP - 0001", "merit-promotion")] // spaces around the parts
    [InlineData("MP-0001", "merit-promotion")]
    [InlineData("0001-MP", "merit-promotion")]
    public void Decide_MarkerIsOnePartOfTheNumber_Read(string positionId, string expected)
    {
        var finding = Decide(positionId);

        Assert.Equal(Authority(expected), finding.Authority);
        Assert.Equal(AuthorityReadFrom.Number, finding.ReadFrom);
    }

    [Theory]
    [InlineData("ERO-DHS-0001")] // DHS is not DH
    [InlineData("ICE-0001DE")] // inside a part, not a part
    [InlineData("DEMP-0001")]
    public void Decide_MarkerOnlyInsideAPart_Nothing(string positionId)
    {
        var finding = Decide(positionId);

        Assert.Null(finding.Authority);
        Assert.Equal(AuthorityReadFrom.Nothing, finding.ReadFrom);
        Assert.Null(finding.Evidence);
    }

    // docs/rules.md §4.3: the posting's own words win over its number; the number that disagrees is reported.
    [Fact]
    public void Decide_WordsAndNumberDisagree_WordsWinNumberReported()
    {
        var finding = Decide("HSI-ELHU-12864563-DE-RIR", "Direct hire: category rating does not apply.");

        Assert.Equal(Authority("direct-hire"), finding.Authority);
        Assert.Equal(AuthorityReadFrom.Words, finding.ReadFrom);
        Assert.Equal(Authority("delegated-examining"), finding.Disagreeing);
    }

    [Fact]
    public void Decide_WordsAndNumberAgree_NoDisagreement()
    {
        var finding = Decide("HSI-ELHU-12864563-DH-RIR", "This is a direct hire announcement.");

        Assert.Equal(Authority("direct-hire"), finding.Authority);
        Assert.Null(finding.Disagreeing);
    }

    // usajobs-hiring-path-codes: fed-* codes are federal employees only, which is merit promotion.
    [Theory]
    [InlineData("fed-competitive")]
    [InlineData("fed-internal-search", "fed-excepted")]
    [InlineData("fed-transition")]
    public void Decide_OnlyFederalEmployeeCodes_MeritPromotionFromTheCodes(params string[] codes)
    {
        var finding = Decide("ICE-0001", codes: codes);

        Assert.Equal(Authority("merit-promotion"), finding.Authority);
        Assert.Equal(AuthorityReadFrom.Codes, finding.ReadFrom);
        Assert.Null(finding.Evidence);
        Assert.Equal(codes, finding.Codes.Select(c => c.Code));
    }

    [Theory]
    [InlineData("fed-competitive", "public")]
    [InlineData("fed-competitive", "not-a-code")]
    [InlineData("public")]
    [InlineData]
    public void Decide_CodesNotAllFederal_Nothing(params string[] codes)
    {
        var finding = Decide("ICE-0001", codes: codes);

        Assert.Null(finding.Authority);
        Assert.Equal(AuthorityReadFrom.Nothing, finding.ReadFrom);
    }

    [Fact]
    public void Decide_NumberBeforeCodes_NumberWins()
    {
        var finding = Decide("ICE-0001-DE", codes: "fed-competitive");

        Assert.Equal(Authority("delegated-examining"), finding.Authority);
        Assert.Equal(AuthorityReadFrom.Number, finding.ReadFrom);
    }

    [Fact]
    public void Decide_CodesAsWritten_MatchedTrimmedInAnyCaseOnce()
    {
        var finding = Decide("ICE-0001", codes: [" Public ", "PUBLIC", "public", "  ", "", "vet", "Not-A-Code ", "not-a-code"]);

        Assert.Equal(["public", "vet"], finding.Codes.Select(c => c.Code));
        Assert.Equal(["Not-A-Code"], finding.UnknownCodes);
    }

    // usajobs-hiring-path-codes: "public" opens competitive examining and direct hire; the authority narrows them.
    [Theory]
    [InlineData("ICE-0001", new[] { HiringPathIds.Competitive, HiringPathIds.DirectHire })] // authority unknown: both
    [InlineData("ICE-0001-DH", new[] { HiringPathIds.DirectHire })]
    [InlineData("ICE-0001-DE", new[] { HiringPathIds.Competitive })]
    [InlineData("ICE-0001-MP", new string[0])]
    public void Decide_PublicCode_OpensNarrowedByTheAuthority(string positionId, string[] expected)
    {
        var finding = Decide(positionId, codes: "public");

        Assert.NotNull(finding.Opens);
        Assert.Equal(expected.Order(StringComparer.Ordinal), finding.Opens.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Decide_SeveralCodes_OpensTheirPathsTogether()
    {
        var finding = Decide("ICE-0001", codes: ["vet", "graduates", "mspouse"]);

        Assert.Equal(
            new[] { HiringPathIds.DisabledVeteran30, HiringPathIds.MilitarySpouse, HiringPathIds.PathwaysRecentGraduate, HiringPathIds.Veoa, HiringPathIds.Vra }.Order(StringComparer.Ordinal),
            finding.Opens!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Decide_MeritPromotionWithVeteranCodes_VeteranPathsStayOpen()
    {
        var finding = Decide("ICE-0001-MP", codes: ["fed-competitive", "public", "vet"]);

        Assert.Equal(
            new[] { HiringPathIds.DisabledVeteran30, HiringPathIds.MeritPromotion, HiringPathIds.Veoa, HiringPathIds.Vra }.Order(StringComparer.Ordinal),
            finding.Opens!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Decide_OnlyUnknownCodes_OpensNothingKnown()
    {
        var finding = Decide("ICE-0001", codes: "not-a-code");

        Assert.Null(finding.Opens);
        Assert.Empty(finding.Codes);
        Assert.Equal(["not-a-code"], finding.UnknownCodes);
    }

    [Fact]
    public void Decide_CodeThatOpensNoPath_EmptyOpens()
    {
        var finding = Decide("ICE-0001", codes: "nguard");

        Assert.NotNull(finding.Opens);
        Assert.Empty(finding.Opens);
    }

    [Fact]
    public void Decide_PhraseSplitAcrossTwoFields_NotRead()
    {
        var finding = Decide("ICE-1", "Applications are accepted under direct ", "hire procedures only when stated.");

        Assert.Null(finding.Authority);
    }
}
