using System.Text;
using IceCareers.Postings;
using IceCareers.Tests.Announcements;

namespace IceCareers.Tests.UsaJobs;

public class UsaJobsSearchResultTests
{
    [Fact]
    public void Parse_FullResponse_ReadsEveryPostingInOrder()
    {
        var result = Fixture.Read("ice-search-result.json");

        Assert.Equal(6, result.SearchResultCountAll);
        Assert.Equal(
            ["ERO-FIXTURE-10000001-DH", "HSI-FIXTURE-10000002-DH", "ICE-FIXTURE-10000003-MA", "CBP-FIXTURE-10000004", "ERO-FIXTURE-10000005-DH", "IRS-FIXTURE-10000006"],
            result.Announcements.Select(a => a.PositionId));
    }

    [Fact]
    public void Parse_DeportationOfficer_ReadsEveryListedField()
    {
        var a = Fixture.Posting("ERO-FIXTURE-10000001-DH");

        Assert.Equal("100000001", a.ControlNumber);
        Assert.Equal("Deportation Officer", a.Title);
        Assert.Equal("https://usajobs.example/job/100000001", a.PositionUri);
        Assert.Equal(["https://usajobs.example/job/100000001?PostingChannelID=RESTAPI"], a.ApplyUris);
        Assert.Equal("U.S. Immigration and Customs Enforcement", a.OrganizationName);
        Assert.Equal("Department of Homeland Security", a.DepartmentName);
        Assert.Equal("FIXTURE/FIXTURE1", a.OrganizationCodes);
        Assert.Equal(["1801"], a.Series);
        Assert.Equal(["GL"], a.PayPlans);
        Assert.Equal("5", a.LowGrade);
        Assert.Equal("9", a.HighGrade);
        Assert.Equal("12", a.PromotionPotential);
        var pay = Assert.Single(a.Pay);
        Assert.Equal(49025m, pay.Minimum);
        Assert.Equal(100000m, pay.Maximum);
        Assert.Equal("PA", pay.IntervalCode);
        Assert.Equal("Per Year", pay.Description);
        Assert.Equal("Multiple Locations", a.LocationDisplay);
        Assert.Equal(new DateOnly(2026, 2, 2), a.PublicationStartDate);
        Assert.Equal(new DateOnly(2026, 3, 31), a.ApplicationCloseDate);
        Assert.Equal(["public"], a.HiringPaths);
        Assert.Equal("U.S. Citizens, Nationals or those who owe allegiance to the U.S.", a.WhoMayApply);
        Assert.Null(a.WhoMayApplyCode);
        Assert.Equal("Many", a.TotalOpenings);
        Assert.True(a.DrugTestRequired);
        Assert.Equal("Secret", a.SecurityClearance);
        Assert.Equal("Critical-Sensitive (CS)/High Risk", a.PositionSensitivity);
        Assert.Equal(2, a.MajorDuties.Count);
        Assert.Equal("You may qualify at the GL-5, GL-7 or GL-9 grade level.", a.QualificationSummary);
        Assert.Equal("This position is being filled under Direct Hire Authority.", a.JobSummary);
    }

    [Fact]
    public void Parse_Locations_RecognisesPlacesNegotiableAndMultiple()
    {
        var officer = Fixture.Posting("ERO-FIXTURE-10000001-DH");
        var agent = Fixture.Posting("HSI-FIXTURE-10000002-DH");

        var atlanta = officer.Locations[0];
        Assert.Equal(LocationKind.Place, atlanta.Kind);
        Assert.Equal("Atlanta", atlanta.City);
        Assert.Equal("Georgia", atlanta.State);
        Assert.Equal("United States", atlanta.Country);
        Assert.Equal(33.7483139, atlanta.Latitude);
        Assert.Equal(-84.39111, atlanta.Longitude);

        var negotiable = officer.Locations[1];
        Assert.Equal(LocationKind.NegotiableAfterSelection, negotiable.Kind);
        Assert.Null(negotiable.City);
        Assert.Null(negotiable.State);
        Assert.Null(negotiable.Latitude);
        Assert.Null(negotiable.Longitude);

        var multiple = Assert.Single(agent.Locations);
        Assert.Equal(LocationKind.Multiple, multiple.Kind);
        Assert.Null(multiple.State);
    }

    [Fact]
    public void Parse_Quirks_NumbersForStringsEmptyDepartmentAndPlainWhoMayApply()
    {
        var agent = Fixture.Posting("HSI-FIXTURE-10000002-DH");
        var analyst = Fixture.Posting("ICE-FIXTURE-10000003-MA");

        Assert.Equal("100000002", agent.ControlNumber);
        Assert.Equal("9", agent.LowGrade);
        Assert.Equal(92921m, agent.Pay[0].Maximum);
        Assert.Equal("Per Year", agent.Pay[0].IntervalCode);
        Assert.True(agent.DrugTestRequired);
        Assert.Null(analyst.DepartmentName);
        Assert.Equal("Current ICE employees", analyst.WhoMayApply);
        Assert.False(analyst.DrugTestRequired);
        Assert.Equal("None", analyst.PromotionPotential);
    }

    [Theory]
    [InlineData("2016-06-08T00:00:00Z", 2016, 6, 8)]
    [InlineData("2022-04-14T23:59:59.9970", 2022, 4, 14)]
    [InlineData("2022-03-25T11:18:12.4200", 2022, 3, 25)]
    [InlineData("2026-03-20T23:59:59.997-04:00", 2026, 3, 20)]
    [InlineData("2026-01-29T23:59:59+00:00", 2026, 1, 29)]
    [InlineData("2024-03-22", 2024, 3, 22)]
    [InlineData("01/29/2026", 2026, 1, 29)]
    public void Parse_DateForms_KeepTheCalendarDateAsWritten(string written, int year, int month, int day)
    {
        var a = Single($$"""[{"PositionID":"X","PositionTitle":"T","ApplicationCloseDate":"{{written}}"}]""");

        Assert.Equal(new DateOnly(year, month, day), a.ApplicationCloseDate);
    }

    [Fact]
    public void Parse_BareArrayOfDescriptors_ReadsThem()
    {
        var result = Fixture.Read("bare-descriptors.json");

        Assert.Null(result.SearchResultCountAll);
        Assert.Equal(2, result.Announcements.Count);
        Assert.Equal("1811", result.Announcements[1].Series.Single());
    }

    [Fact]
    public void Parse_MissingOptionalFields_AreUnknownAndListsEmpty()
    {
        var a = Single("""[{"PositionID":"X","PositionTitle":"T"}]""");

        Assert.Null(a.OrganizationName);
        Assert.Null(a.LowGrade);
        Assert.Null(a.PublicationStartDate);
        Assert.Null(a.DrugTestRequired);
        Assert.Null(a.IsOpenOn(new DateOnly(2026, 1, 1)));
        Assert.Empty(a.Series);
        Assert.Empty(a.Locations);
        Assert.Empty(a.HiringPaths);
    }

    [Fact]
    public void Parse_Stream_ReadsTheSameAsText()
    {
        using var stream = File.OpenRead(Fixture.PathOf("ice-search-result.json"));

        var result = UsaJobsSearchResult.Parse(stream);

        Assert.Equal(6, result.Announcements.Count);
    }

    [Fact]
    public void Parse_Utf8ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""[{"PositionID":"X","PositionTitle":"T"}]""")).ToArray();

        var result = UsaJobsSearchResult.Parse(new MemoryStream(bytes));

        Assert.Single(result.Announcements);
    }

    [Fact]
    public void IsOpenOn_ClosedAndNotYetOpen_AreFalse()
    {
        var a = Fixture.Posting("ERO-FIXTURE-10000001-DH");

        Assert.False(a.IsOpenOn(new DateOnly(2026, 2, 1)));
        Assert.True(a.IsOpenOn(new DateOnly(2026, 2, 2)));
        Assert.True(a.IsOpenOn(new DateOnly(2026, 3, 31)));
        Assert.False(a.IsOpenOn(new DateOnly(2026, 4, 1)));
    }

    private static Announcement Single(string json) => Assert.Single(UsaJobsSearchResult.Parse(json).Announcements);
}
