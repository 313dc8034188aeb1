using IceCareers.Announcements;
using IceCareers.Postings;

namespace IceCareers.Tests.Announcements;

public class AnnouncementMatchingTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    [Theory]
    [InlineData("ERO-FIXTURE-10000001-DH", "deportation-officer")]
    [InlineData("HSI-FIXTURE-10000002-DH", "hsi-special-agent")]
    [InlineData("ICE-FIXTURE-10000003-MA", "program-analyst")]
    [InlineData("ERO-FIXTURE-10000005-DH", "deportation-officer")]
    public void MatchRole_IcePostings_MatchTheirRole(string positionId, string roleId)
    {
        var match = Catalog.MatchRole(Fixture.Posting(positionId));

        Assert.True(match.IsIce);
        Assert.Equal(roleId, match.RoleId);
        Assert.Contains("the title", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchRole_DeportationOfficer_PrefersTheActiveRoleAndSaysSo()
    {
        var match = Catalog.MatchRole(Fixture.Posting("ERO-FIXTURE-10000001-DH"));

        Assert.Contains("series 1801", match.Reason, StringComparison.Ordinal);
        Assert.Contains("immigration-enforcement-agent (a legacy role)", match.Reason, StringComparison.Ordinal);
        Assert.Contains("pay plan GL is the role's", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchRole_CbpBorderPatrol_MatchesNothingAndSaysWhy()
    {
        var match = Catalog.MatchRole(Fixture.Posting("CBP-FIXTURE-10000004"));

        Assert.Null(match.Role);
        Assert.Null(match.RoleId);
        Assert.False(match.IsIce);
        Assert.Contains("'U.S. Customs and Border Protection'", match.Reason, StringComparison.Ordinal);
        Assert.Contains("not U.S. Immigration and Customs Enforcement", match.Reason, StringComparison.Ordinal);
        Assert.Contains("series 1896", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchRole_NonIce1811_MatchesNothingAndNamesTheIceRoleOfThatSeries()
    {
        var match = Catalog.MatchRole(Fixture.Posting("IRS-FIXTURE-10000006"));

        Assert.Null(match.Role);
        Assert.Contains("'Internal Revenue Service'", match.Reason, StringComparison.Ordinal);
        Assert.Contains("series 1811 is the series of hsi-special-agent only at ICE", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Immigration and Customs Enforcement", null)]
    [InlineData("U.S. Immigration and Customs Enforcement", null)]
    [InlineData("U.S. Immigration & Customs Enforcement", "")]
    [InlineData("US IMMIGRATION AND CUSTOMS ENFORCEMENT", null)]
    [InlineData(null, "U.S. Immigration and Customs Enforcement")]
    public void MatchRole_OrganisationNameVariants_AreIce(string? organisation, string? department)
    {
        var posting = Posting(organisation, department, "1811", "Criminal Investigator");

        Assert.Equal("hsi-special-agent", Catalog.MatchRole(posting).RoleId);
    }

    [Fact]
    public void MatchRole_NoOrganisation_IsNotAssumedIce()
    {
        var match = Catalog.MatchRole(Posting(null, null, "1811", "Criminal Investigator"));

        Assert.Null(match.Role);
        Assert.Contains("names no organisation or department", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchRole_IceSeriesNoRoleHas_SaysSo()
    {
        var match = Catalog.MatchRole(Posting("U.S. Immigration and Customs Enforcement", null, "0905", "Attorney"));

        Assert.Null(match.Role);
        Assert.True(match.IsIce);
        Assert.Contains("series 0905, which no catalog role has", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MatchRole_SharedSeries_TitleDecides()
    {
        var specialist = Catalog.MatchRole(Posting("Immigration and Customs Enforcement", null, "0132", "Intelligence Research Specialist"));
        var officer = Catalog.MatchRole(Posting("Immigration and Customs Enforcement", null, "0132", "Intelligence Officer"));

        Assert.Equal("intelligence-research-specialist", specialist.RoleId);
        Assert.Equal("intelligence-officer", officer.RoleId);
    }

    private static Announcement Posting(string? organisation, string? department, string series, string title) => new()
    {
        PositionId = "TEST-1",
        Title = title,
        OrganizationName = organisation,
        DepartmentName = department,
        Series = [series],
        PayPlans = ["GL"],
        LowGrade = "9",
        HighGrade = "9",
    };
}
