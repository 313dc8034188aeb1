using System.Text.RegularExpressions;
using IceCareers.Provenance;
using IceCareers.Requirements;

namespace IceCareers.Tests.Provenance;

/// <summary>
/// Every source names its real publisher; a copy read on another site is kept as <see cref="Source.Via"/> (facts.md §10.1,
/// "mirrors are not publishers"). The lists below are the sites known to hold copies and the sites known to be spam.
/// </summary>
public sealed partial class SourceProvenanceTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    // Site holding copies of other publishers' documents → the name a publisher line must not give as the publisher.
    public static TheoryData<string, string> MirrorSites => new()
    {
        // facts.md §10.1, audit of 2026-11-28
        { "telegraph247.com", "telegraph247" },
        { "pixegias.com", "pixegias" },
        { "fewsapp.com", "fewsapp" },
        { "parriva.com", "parriva" },
        { "4ever.news", "4ever" },
        { "breadcrumb.news", "breadcrumb" },
        { "wikileaks.cash", "wikileaks" },
        // other copies: announcement mirrors, document mirrors, reprints, archives, copies of statutes and regulations
        { "talent.com", "talent.com" },
        { "job-set.net", "job-set" },
        { "federalgovernmentjobs.us", "federalgovernmentjobs" },
        { "dejobs.org", "dejobs" },
        { "joinhandshake.com", "handshake" },
        { "jobusa.net", "jobusa" },
        { "gojobzone.com", "gojobzone" },
        { "info.5y1.org", "5y1" },
        { "docslib.org", "docslib" },
        { "dokumen.tips", "dokumen" },
        { "nyjtimes.com", "nyjtimes" },
        { "webharvest.gov", "webharvest" },
        { "webarchive.library.unt.edu", "unt.edu" },
        { "archive.org", "archive.org" },
        { "localnewswave.com", "localnewswave" },
        { "am1.news", "am1" },
        { "pubt.io", "pubt" },
        { "whio.com", "WHIO" },
        { "uscode.elaws.us", "eLaws" },
        { "wikisource.org", "Wikisource" },
        { "books.google.ro", "Google Books" },
        { "casetext.com", "Casetext" },
        { "lawstack.com", "LawStack" },
        { "laws-info.com", "laws-info" },
        { "govcentral.monster.com", "GovCentral" },
        { "wodocs.com", "wodocs" },
    };

    // Spam domains that once held copies cited here (facts.md §10.1; issue 11 item 6).
    public static TheoryData<string> SpamSites => new() { "googleflighys.com", "remotevs.com" };

    public static TheoryData<string> SourcesReadViaACopy =>
        [.. Catalog.Sources.Where(s => s.Via is not null).Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(MirrorSites))]
    public void Sources_ReadOnAMirrorSite_NameTheRealPublisherAndKeepTheCopyAsVia(string site, string siteName)
    {
        var onSite = Catalog.Sources.Where(s => IsOn(s.Url, site) || IsOn(s.Via, site)).ToArray();

        Assert.NotEmpty(onSite);
        Assert.All(onSite, source =>
        {
            Assert.True(IsOn(source.Via, site), $"{source.Id}: the copy on {site} is where it was read, so it belongs in 'via'");
            Assert.False(IsOn(source.Url, site), $"{source.Id}: 'url' is the publisher's own address, not the copy on {site}");
            Assert.DoesNotContain(siteName, source.Publisher, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [MemberData(nameof(SourcesReadViaACopy))]
    public void Source_ReadViaACopy_PublisherAndUrlAreNotTheCopysSite(string id)
    {
        var source = Catalog.GetSource(id);
        var copyHost = new Uri(source.Via!).Host;

        Assert.NotEqual(copyHost, source.Url is null ? null : new Uri(source.Url).Host);
        Assert.DoesNotContain(RegistrableName(copyHost), source.Publisher, StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(SourceKind.Seed, source.Kind);
        Assert.NotEqual(SourceKind.Editorial, source.Kind);
    }

    public static TheoryData<string> AllSources => [.. Catalog.Sources.Select(s => s.Id)];

    // A publisher line such as "talent.com (mirror of USAJOBS)" or "The Intercept (via parriva.com)" names the copy's
    // site; the copy belongs in 'via' and the publisher line names only the publisher.
    [Theory]
    [MemberData(nameof(AllSources))]
    public void Source_Always_PublisherNamesNoCopy(string id)
    {
        var publisher = Catalog.GetSource(id).Publisher;

        Assert.DoesNotMatch(CopyWords(), publisher);
    }

    [Theory]
    [MemberData(nameof(SpamSites))]
    public void Sources_Always_HaveNoAddressOnASpamSite(string site) =>
        Assert.DoesNotContain(Catalog.Sources, s => IsOn(s.Url, site) || IsOn(s.Via, site));

    [Fact]
    public void Sources_LeapStatute_CitesTheLawRevisionCounselsOwnAddress()
    {
        var source = Catalog.GetSource("5-usc-5545a");

        Assert.Equal("uscode.house.gov", new Uri(source.Url!).Host);
        Assert.Null(source.Via);
    }

    [Fact]
    public void Sources_AnnouncementNumbersInTitles_EachNameOneSource()
    {
        var byNumber = Catalog.Sources
            .SelectMany(s => AnnouncementNumber().Matches(s.Title).Select(m => (Number: m.Value, s.Id)))
            .GroupBy(x => x.Number, StringComparer.Ordinal)
            .ToArray();

        Assert.Contains(byNumber, g => g.Key == "HSI-ELHU-12864563-DH-RIR");
        Assert.All(byNumber, g => Assert.True(g.Count() == 1, $"{g.Key} is named by {string.Join(", ", g.Select(x => x.Id))}"));
    }

    [Fact]
    public void Sources_TwoHsiEntryAnnouncements_AreDistinctAndCitedForTheirOwnGrades()
    {
        var grade7 = Catalog.GetSource("fgj-hsi-elhu-12864563");
        var grade9To12 = Catalog.GetSource("dejobs-hsi-ci-gl9-gs11-12");
        var role = Catalog.GetRole("hsi-special-agent");
        var pipeline = Catalog.GetPipeline(role);

        Assert.Contains("HSI-ELHU-12864563", grade7.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("12864563", grade9To12.Title, StringComparison.Ordinal);
        Assert.NotEqual(new Uri(grade7.Via!).Host, new Uri(grade9To12.Via!).Host);
        Assert.False(Catalog.TryGetSource("dejobs-hsi-elhu-12864563", out _));
        // The GL-9 / GS-11–12 pay scales come from the second announcement; the January 2026 applicant limit from the first.
        Assert.Contains(role.PayNotes, n => n.Text.Contains("GL-9", StringComparison.Ordinal) && n.Sources.Contains(grade9To12.Id));
        var application = pipeline.Stages.Single(s => s.Id == "application");
        Assert.Contains(grade7.Id, application.Sources);
        Assert.DoesNotContain(grade9To12.Id, application.Sources);
    }

    [Fact]
    public void Sources_LeoSpecialBaseRates_CiteTheSectionAtHighConfidence()
    {
        var source = Catalog.GetSource("5-cfr-531-leo-special-base-rates");

        Assert.Equal("5 CFR 531.204(a)", source.Citation);
        Assert.Equal(Confidence.High, source.Confidence);
        Assert.DoesNotContain("not verified", source.Note, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sources_LeoSpecialRateTables2026_GiveTheCurrentTableRange() =>
        Assert.Contains("L119–L140", Catalog.GetSource("opm-2026-leo-special-rates").Note, StringComparison.Ordinal);

    [Fact]
    public void GetRole_ImmigrationEnforcementAgent_SeriesRestsOnGovExec2006()
    {
        var role = Catalog.GetRole("immigration-enforcement-agent");
        var source = Catalog.GetSource("govexec-2006-iea-gs-1801");

        Assert.Equal("1801", role.Series.Code);
        Assert.Contains(source.Id, role.Series.Sources);
        Assert.Equal(SourceKind.News, source.Kind);
        Assert.Equal("2006-10", source.Published);
        Assert.Equal("www.govexec.com", new Uri(source.Url!).Host);
    }

    // The 2005 IEA notice exempts only prior federal law-enforcement service; the veterans' waiver starts with OPM's
    // August 2009 guidance (https://govexec.com/pay-benefits/2009/08/opm-urges-agencies-to-review-age-limits-for-new-hires/29856/).
    [Theory]
    [InlineData("2005-06-01", false)]
    [InlineData("2009-07-31", false)]
    [InlineData("2009-08-01", true)]
    [InlineData("2025-08-05", true)]
    public void AgeLimits_ImmigrationEnforcementAgent_VeteransWaiverOnlyFromTheGuidance(string date, bool veteransWaived)
    {
        var age = Assert.IsType<AgeRequirement>(Catalog.GetRequirement("age-immigration-enforcement-agent"));

        var period = age.Periods.GetAt(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(37, period.Value.AppointBeforeBirthday);
        Assert.Contains(AgeWaiver.PriorFederalLawEnforcement, period.Value.Waivers);
        Assert.Equal(veteransWaived, period.Value.Waivers.Contains(AgeWaiver.PreferenceEligibleVeteran));
        Assert.Equal(veteransWaived, period.Sources.Contains("govexec-2009-opm-age-limits"));
    }

    private static bool IsOn(string? address, string site)
    {
        if (address is null || !Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Host.Equals(site, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + site, StringComparison.OrdinalIgnoreCase);
    }

    // "www.talent.com" → "talent.com"; "nationalmssociety.dejobs.org" → "dejobs.org".
    private static string RegistrableName(string host)
    {
        var labels = host.Split('.');
        return labels.Length <= 2 ? host : string.Join('.', labels[^2..]);
    }

    [GeneratedRegex(@"\b(mirror|mirrored|reprint|reprinted|via|copy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CopyWords();

    [GeneratedRegex(@"\b[A-Z]+(?:-[A-Z]+)*-\d{8}(?:-[A-Z0-9]+)*\b")]
    private static partial Regex AnnouncementNumber();
}
