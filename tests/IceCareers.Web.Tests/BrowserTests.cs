using System.Diagnostics;
using Deque.AxeCore.Playwright;
using IceCareers.Candidates;
using IceCareers.Careers;
using IceCareers.Eligibility;
using IceCareers.Pay;
using IceCareers.Roles;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IceCareers.Web.Tests;

/// <summary>
/// The app on a real loopback port (Kestrel on 127.0.0.1, port chosen by the system) and Debian's chromium driven by
/// Playwright, started once for the class. Chromium is never downloaded: the tests use /usr/bin/chromium
/// (eng/install-chromium.sh installs it) and skip, saying so, only when it is not installed.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private AppFactory? _app;
    private IPlaywright? _playwright;

    public static bool ChromiumInstalled => File.Exists(Chromium);

    public static string SkipReason =>
        $"Debian's chromium is not installed at {Chromium}, so the browser test cannot run; install it with eng/install-chromium.sh (as root).";

    public IBrowser Browser => Get(_browser);

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!ChromiumInstalled)
        {
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(30_000);  // CI runs on two cores beside the other test assembly
        _app = CreateApp();
        BaseAddress = _app.StartOnLoopback();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>The app the browser opens: the sample as it runs without a USAJOBS key.</summary>
    protected virtual AppFactory CreateApp() => new();

    private static T Get<T>(T? value)
        where T : class => value ?? throw new InvalidOperationException(SkipReason);
}

public sealed class BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly AsOf = new(2026, 1, 15);

    [SkippableFact]
    public async Task Page_ProfileFilledInAndSubmitted_ShowsTheOutcomeAndEachReason()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var clock = Stopwatch.StartNew();
        var page = await OpenPage();

        await FillQualified(page);
        await page.GetByLabel("Veteran", new() { Exact = true }).SelectOptionAsync("false");
        await page.GetByLabel("Preference-eligible veteran").SelectOptionAsync("false");
        await page.GetByLabel("Prior federal law-enforcement service (6(c) retirement)").SelectOptionAsync("false");
        await page.GetByLabel("Spanish proficiency").SelectOptionAsync("professional");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var expected = new EligibilityEvaluator(CareerCatalog.Default).Evaluate(CandidateProfile.FromJson(TestProfiles.Qualified), "deportation-officer", AsOf);
        Assert.Equal(Outcome.Eligible, expected.Outcome);
        var report = page.Locator("article.report[data-role-id='deportation-officer']");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deportation Officer: Eligible.");
        await Assertions.Expect(report.Locator(".outcome")).ToHaveTextAsync("Eligible");
        var citizenship = report.Locator("li[data-requirement-id='citizenship']");
        await Assertions.Expect(citizenship.Locator(".verdict")).ToHaveTextAsync("Met");
        await Assertions.Expect(citizenship.Locator(".reason")).ToHaveTextAsync(expected.Results.Single(r => r.RequirementId == "citizenship").Reason);
        Assert.Equal(expected.Results.Count(r => r.Verdict != Verdict.Pending), await report.Locator("ul.requirements > li").CountAsync());
        var source = CareerCatalog.Default.GetSource(expected.Results[0].Sources[0]);
        await Assertions.Expect(citizenship.Locator("a").First).ToHaveAttributeAsync("href", new Uri(source.Url!).AbsoluteUri);

        await Screenshot(page, "eligibility-one-role.png");
        output.WriteLine($"fill in, submit and read back: {clock.ElapsedMilliseconds} ms");
    }

    [SkippableFact]
    public async Task Page_AllRolesSubmittedWithTheKeyboard_ShowsAReportPerRoleWithGapsAndDates()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();

        // 19 on the as-of date: too young where the minimum is 21, which closes on the 21st birthday (a gap with a date).
        await page.GetByLabel("As-of date").FillAsync("2025-06-01");
        await page.GetByLabel("Citizenship").SelectOptionAsync("us-citizen");
        await page.GetByLabel("Date of birth").FillAsync("2006-03-10");
        await page.GetByLabel("Date of birth").PressAsync("Enter");

        var expected = new EligibilityEvaluator(CareerCatalog.Default)
            .EvaluateAll(CandidateProfile.FromJson("""{ "citizenship": "us-citizen", "dateOfBirth": "2006-03-10" }"""), new DateOnly(2025, 6, 1));
        var reports = page.Locator("article.report");
        await Assertions.Expect(reports).ToHaveCountAsync(expected.Count);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Checked {expected.Count} roles");
        await Assertions.Expect(page.Locator("#results-heading")).ToBeFocusedAsync();
        await Screenshot(page, "eligibility-all-roles.png");
        Assert.Equal(expected.Select(r => r.RoleId), await reports.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.roleId)"));

        var dated = expected.Skip(1).SelectMany(r => r.Gaps.Select(g => (Report: r, Gap: g))).First(x => x.Gap.EarliestDate is not null);
        var report = page.Locator($"article.report[data-role-id='{dated.Report.RoleId}']");
        var toggle = report.Locator("details.report-body > summary");
        await toggle.FocusAsync();
        await toggle.PressAsync("Enter");
        await Assertions.Expect(report.Locator("details.report-body")).ToHaveAttributeAsync("open", string.Empty);
        // Dates in the date field's format.
        await Assertions.Expect(report.Locator("ul.gaps")).ToContainTextAsync(Shown(dated.Gap.EarliestDate!.Value));
    }

    [SkippableFact]
    public async Task Page_InvalidAnswers_ListsEveryProblemAndMarksTheFields()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();

        await page.GetByLabel("Education level").SelectOptionAsync("bachelors");
        await page.GetByLabel("GPA (0.0 to 4.0)").FillAsync("5");
        await page.GetByLabel("Months of experience").FillAsync("-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToBeFocusedAsync();
        await Assertions.Expect(alert.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Assertions.Expect(alert).ToContainTextAsync("Enter a GPA between 0 and 4");
        await Assertions.Expect(alert).ToContainTextAsync("Enter months of experience between 0 and 1200");
        await Assertions.Expect(alert).Not.ToContainTextAsync("profile.");
        await Assertions.Expect(page.GetByLabel("GPA (0.0 to 4.0)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#education-gpa-error")).ToHaveTextAsync("Enter a GPA between 0 and 4");
        await Assertions.Expect(page.GetByLabel("GPA (0.0 to 4.0)")).ToHaveAttributeAsync("aria-describedby", "education-gpa-error");
        await Assertions.Expect(page.Locator(".report")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Page_AfterABadAndAGoodCheck_ShowsNoInternalFieldPathOrSourceId()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };

        // A bad check: the internal names are the problem paths the API reports for the same answers (the GPA is asked
        // of a bachelor's degree).
        await page.GetByLabel("Education level").SelectOptionAsync("bachelors");
        await page.GetByLabel("GPA (0.0 to 4.0)").FillAsync("7");
        await page.GetByLabel("Months of experience").FillAsync("-2");
        await page.GetByLabel("GS-equivalent grade of the work (1 to 15)").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        using var bad = await http.PostAsync("/api/eligibility/all", TestProfiles.Json(TestProfiles.Request(
            null, """{ "education": [{ "level": "bachelors", "gpa": 7 }], "experience": [{ "months": -2, "grade": 20 }] }""")));
        var problem = System.Text.Json.Nodes.JsonNode.Parse(await bad.Content.ReadAsStringAsync())!;
        var paths = problem["problems"]!.AsArray().Select(p => (string)p!["path"]!).ToList();
        Assert.Equal(3, paths.Count);
        AssertNoneShown(await page.InnerTextAsync("body"), paths);

        // A good check of every role with most answers missing: missing-information paths, source and requirement ids.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the form" }).ClickAsync();
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        await page.GetByLabel("Date of birth").FillAsync("1996-04-12");
        await page.GetByLabel("Sex").SelectOptionAsync("unspecified");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Checked");
        await page.Locator("article.report details").EvaluateAllAsync<int>("els => { els.forEach(e => e.open = true); return els.length; }");
        using var good = await http.PostAsync("/api/eligibility/all", TestProfiles.Json(TestProfiles.Request(
            null, """{ "dateOfBirth": "1996-04-12", "sex": "unspecified" }""")));
        var reports = System.Text.Json.Nodes.JsonNode.Parse(await good.Content.ReadAsStringAsync())!.AsArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            // camelCase or dotted paths ("sex", "education" are words a person uses too)
            names.UnionWith(report!["missingInformation"]!.AsArray().Select(m => (string)m!).Where(m => m.Contains('.', StringComparison.Ordinal) || m.Any(char.IsUpper)));
            foreach (var result in report["results"]!.AsArray())
            {
                names.Add($"({(string)result!["requirementId"]!})");
                names.UnionWith(result["sources"]!.AsArray().Select(s => (string)s!));
            }
        }

        Assert.Contains("selectiveService", names);
        Assert.Contains("history.convictions", names);
        var text = await page.InnerTextAsync("body");
        AssertNoneShown(text, names);
        Assert.DoesNotContain("licence", text, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Page_OnlySelectiveServiceUnknownBecauseSexIsNotSaid_LeadsWithTheOneMissingAnswer()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await FillQualified(page);
        await page.GetByLabel("Sex").SelectOptionAsync("unspecified");
        await page.GetByLabel("Selective Service").SelectOptionAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var lead = page.Locator("article.report .lead");
        await Assertions.Expect(lead).ToContainTextAsync("You meet every requirement we can check except: Selective Service registration.");
        await Assertions.Expect(lead).ToContainTextAsync("are you required to register");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You meet every requirement we can check except: Selective Service registration.");

        // Answering the question instead of stating sex settles it.
        await page.GetByLabel("Selective Service").SelectOptionAsync("exempt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deportation Officer: Eligible.");
    }

    [SkippableFact]
    public async Task Page_AllRoles_LeadsWithTheSummaryAndStartsEveryReportFolded()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await FillQualified(page);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("*");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Checked");
        var reports = page.Locator("article.report");
        Assert.True(await reports.CountAsync() > 1);
        await Assertions.Expect(page.Locator("article.report details[open]")).ToHaveCountAsync(0);
        var firstText = await page.Locator(".results").EvaluateAsync<string>(
            "s => [...s.children].find(c => c.tagName !== 'H2').textContent");
        Assert.StartsWith("Checked", firstText.Trim(), StringComparison.Ordinal);

        var deportation = page.Locator("article.report[data-role-id='deportation-officer']");
        await deportation.Locator("details.report-body > summary").ClickAsync();
        await Assertions.Expect(deportation.Locator("p.pending")).ToContainTextAsync("Checked later in hiring: ");
        await Assertions.Expect(deportation.Locator("details.source-list").First.Locator("summary")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Sources \(\d+\)$"));
        await Assertions.Expect(deportation.Locator("details.source-list[open]")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Page_PrintMedia_ShowsTheResultsWithoutTheForm()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        var print = page.GetByRole(AriaRole.Button, new() { Name = "Print or save this result" });
        await Assertions.Expect(print).ToBeHiddenAsync();
        await FillQualified(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(print).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("#check-form")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("footer")).ToBeHiddenAsync();
        await Assertions.Expect(print).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("article.report .lead")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deportation Officer: Eligible.");
    }

    [SkippableFact]
    public async Task Page_ClearTheForm_AsksFirstAndKeepsTheAnswersWhenDeclined()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await page.GetByLabel("Date of birth").FillAsync("1996-04-12");
        var asked = new List<string>();
        var accept = false;
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Message);
            if (accept)
            {
                await dialog.AcceptAsync();
            }
            else
            {
                await dialog.DismissAsync();
            }
        };

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the form" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Date of birth")).ToHaveValueAsync("1996-04-12");
        accept = true;
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the form" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Date of birth")).ToHaveValueAsync(string.Empty);
        Assert.Equal(2, asked.Count);
        Assert.Contains("Clear every answer", asked[0], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Page_AsOfDateInTheFuture_WarnsThatFutureRulesAreUnknown()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        var warning = page.Locator("#as-of-warning");
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await page.GetByLabel("As-of date").FillAsync("2099-01-01");
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning).ToContainTextAsync("not known yet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The as-of date is in the future");
    }

    [SkippableFact]
    public async Task Page_OneRoleChecked_ShowsTheRoleItsGradesAndALinkToItsPostings()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await FillQualified(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        var roles = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync(new Uri("/api/roles", UriKind.Relative)))!.AsArray();
        var role = roles.Single(r => (string)r!["id"]! == "deportation-officer")!;
        var section = page.GetByRole(AriaRole.Region, new() { Name = "About the role: Deportation Officer" });
        await Assertions.Expect(section).ToBeVisibleAsync();
        await Assertions.Expect(section).ToContainTextAsync((string)role["grades"]!["fullPerformance"]!);
        await Assertions.Expect(section.Locator("ol.pipeline > li").First).ToBeVisibleAsync();
        await Assertions.Expect(section.Locator("ol.training-timeline > li").First).ToContainTextAsync("training days");

        // The postings section links to the USAJOBS search page with the role's title as its keywords (k): the address
        // form public code uses (docs/usajobs.md says what this rests on), in a new tab.
        var postings = page.GetByRole(AriaRole.Region, new() { Name = "Current postings for Deportation Officer" });
        var link = postings.Locator("a.usajobs");
        Assert.Equal("https://www.usajobs.gov/search/results/?k=" + Uri.EscapeDataString((string)role["title"]!), await link.GetAttributeAsync("href"));
        Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        Assert.Equal("noopener noreferrer", await link.GetAttributeAsync("rel"));
        await Assertions.Expect(link).ToContainTextAsync("(opens in a new tab)");

        // No source id anywhere in the page, with every fold open.
        await page.Locator("details").EvaluateAllAsync<int>("els => { els.forEach(e => e.open = true); return els.length; }");
        var sourceIds = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync(new Uri("/api/sources", UriKind.Relative)))!
            .AsArray().Select(x => (string)x!["id"]!).ToList();
        AssertNoneShown(await page.InnerTextAsync("body"), sourceIds);
    }

    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_EachStateAtThisWidth_HasNoAxeViolationsAndNoHorizontalOverflow(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage(width, height);
        await AssertFitsAndAxeClean(page, width, "empty form");

        await page.GetByLabel("Education level").SelectOptionAsync("bachelors");
        await page.GetByLabel("GPA (0.0 to 4.0)").FillAsync("7");
        await page.GetByLabel("Months of experience").FillAsync("-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".field-error")).ToHaveCountAsync(2);
        await AssertFitsAndAxeClean(page, width, "errors shown");

        await FillQualified(page);
        await page.GetByLabel("Months of experience").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deportation Officer: Eligible.");
        await Assertions.Expect(page.Locator("ol.pipeline > li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Where you would work")).ToBeVisibleAsync();
        await OpenEveryFold(page);
        await AssertFitsAndAxeClean(page, width, "one role, with its pay, hiring steps and training, every fold open");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("#check-form")).ToBeHiddenAsync();
        await AssertFitsAndAxeClean(page, width, "one role, print media");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("*");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Checked");
        await AssertFitsAndAxeClean(page, width, "all roles, folded");
        await OpenEveryFold(page);
        await AssertFitsAndAxeClean(page, width, "all roles, every fold open");
        await Screenshot(page, $"eligibility-{width}.png");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("#check-form")).ToBeHiddenAsync();
        await AssertFitsAndAxeClean(page, width, "all roles, print media");
    }

    private static async Task AssertFitsAndAxeClean(IPage page, int width, string state)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var wide = overflow <= 0 ? [] : await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth)" +
            ".slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className} right ${e.getBoundingClientRect().right}`)");
        Assert.True(overflow <= 0, $"{overflow} px of horizontal overflow at {width} px ({state}): {string.Join("; ", wide)}");
        await AssertAxeClean(page, $"{state}, {width} px");
    }

    private static Task<int> OpenEveryFold(IPage page) =>
        page.Locator("details").EvaluateAllAsync<int>("els => { els.forEach(e => e.open = true); return els.length; }");

    [SkippableFact]
    public async Task Page_IneligibleUnderTheStrictPolicy_LeadsWithTheRequirementNotMetAndWhy()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await FillQualified(page);
        await page.GetByLabel("Criminal convictions").SelectOptionAsync("misdemeanor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var expected = Evaluate(TestProfiles.WithMisdemeanor(), ScreeningPolicy.Strict);
        Assert.Equal(Outcome.Ineligible, expected.Outcome);
        var notMet = Assert.Single(expected.Results, r => r.Verdict == Verdict.NotMet);
        var lead = page.Locator("article.report .lead");
        await Assertions.Expect(lead).ToContainTextAsync($"You do not meet one requirement. {notMet.Title}: ");
        await Assertions.Expect(lead).ToContainTextAsync(notMet.Reason[1..].TrimEnd('.'));
        await Assertions.Expect(lead).ToContainTextAsync("under the strict screening policy it disqualifies");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Deportation Officer: Ineligible. You do not meet one requirement. {notMet.Title}:");
    }

    [SkippableFact]
    public async Task Page_IneligibleOnlyByAge_LeadsWithTheAgeRuleAndWhenTimeFixesIt()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("deportation-officer");
        await page.GetByLabel("As-of date").FillAsync("2025-06-01");
        await page.GetByLabel("Citizenship").SelectOptionAsync("us-citizen");
        await page.GetByLabel("Date of birth").FillAsync("2006-03-10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var expected = new EligibilityEvaluator(CareerCatalog.Default).Evaluate(
            CandidateProfile.FromJson("""{ "citizenship": "us-citizen", "dateOfBirth": "2006-03-10" }"""), "deportation-officer", new DateOnly(2025, 6, 1));
        Assert.Equal(Outcome.Ineligible, expected.Outcome);
        var notMet = Assert.Single(expected.Results, r => r.Verdict == Verdict.NotMet);
        var gap = expected.Gaps.Single(g => g.RequirementId == notMet.RequirementId);
        Assert.True(gap.IsRemediable);
        var lead = page.Locator("article.report .lead");
        await Assertions.Expect(lead).ToContainTextAsync($"You do not meet one requirement. {notMet.Title}: ");
        await Assertions.Expect(lead).ToContainTextAsync("below the minimum of 21");
        await Assertions.Expect(lead).ToContainTextAsync($"What would change it: {gap.Description.TrimEnd('.')}.");
        await Assertions.Expect(lead).Not.ToContainTextAsync("More answers needed");
    }

    [SkippableFact]
    public async Task Page_NeedsReviewUnderTheSuitabilityPolicy_LeadsWithWhatTheReviewerMustDecide()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await FillQualified(page);
        await page.GetByLabel("Criminal convictions").SelectOptionAsync("misdemeanor");
        await page.GetByLabel("Prior illegal drug use").SelectOptionAsync("yes");
        await page.GetByLabel("Screening policy").SelectOptionAsync("suitability");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var profile = TestProfiles.WithMisdemeanor().Replace("\"drugUse\": []", "\"drugUse\": [{}]", StringComparison.Ordinal);
        var expected = Evaluate(profile, ScreeningPolicy.Suitability);
        Assert.Equal(Outcome.NeedsReview, expected.Outcome);
        var review = expected.Results.Where(r => r.Verdict == Verdict.NeedsReview).ToList();
        Assert.Equal(2, review.Count);
        var lead = page.Locator("article.report .lead");
        await Assertions.Expect(lead).ToContainTextAsync("A reviewer in the hiring office must decide 2 questions before there is an answer.");
        foreach (var result in review)
        {
            await Assertions.Expect(lead).ToContainTextAsync($"{result.Title}: ");
            await Assertions.Expect(lead).ToContainTextAsync(result.Reason[1..].TrimEnd('.'));
        }

        await Assertions.Expect(lead).ToContainTextAsync("who weighs: nature of the position");
        await Assertions.Expect(lead).Not.ToContainTextAsync("Some of your answers need a review");
    }

    [SkippableFact]
    public async Task Page_OneRoleChecked_ChoosingALocationShowsWhatTheRolePaysThere()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage(390, 844);
        await FillQualified(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        // Pay at the grade the person qualifies for (what the API answers for the same profile), not the entry grade.
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        using var checkedProfile = await http.PostAsync("/api/eligibility", TestProfiles.Json(TestProfiles.Request("deportation-officer", TestProfiles.Qualified)));
        var answer = System.Text.Json.Nodes.JsonNode.Parse(await checkedProfile.Content.ReadAsStringAsync())!;
        var grade = PayGrade.Parse((string)answer["highestQualifyingGrade"]!);
        var role = CareerCatalog.Default.GetRole("deportation-officer");
        Assert.NotEqual(role.Grades.Entry[0], grade);
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Your answer: Deportation Officer" });
        await Assertions.Expect(panel.Locator(".answer-grade")).ToContainTextAsync($"{grade} — law-enforcement pay scale");

        // The panel opens on the first place the server prices (the Rest of U.S. is not one: its locality payment is
        // not in the data) and offers the places it prices.
        var estimator = new PayEstimator(CareerCatalog.Default);
        var areas = estimator.KnownLocalities.Where(l => estimator.TryEstimate(role.Id, grade, 1, l, AsOf, out _, out _)).ToList();
        Assert.DoesNotContain(PayEstimator.DefaultLocality, areas);
        var location = panel.GetByLabel("Where you would work");
        await Assertions.Expect(location).ToHaveValueAsync(areas[0]);
        var estimate = panel.Locator("#pay-result p.pay-estimate");
        var atFirst = estimator.Estimate(role.Id, grade, 1, areas[0], AsOf);
        await Assertions.Expect(estimate).ToContainTextAsync($"Starting pay in {areas[0]}: about ${Money(atFirst.AdjustedPay)} a year");
        await Assertions.Expect(panel.Locator("#pay-result")).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(panel.Locator("#pay-result ul.pay-notes > li")).ToHaveCountAsync(atFirst.Notes.Count);  // the estimate's notes, as the CLI prints them

        // A typed field-office city.
        var there = estimator.Estimate(role.Id, grade, 1, "San Francisco", AsOf);
        Assert.NotEqual(atFirst.AdjustedPay, there.AdjustedPay);
        await location.FillAsync("San Francisco");
        await location.PressAsync("Enter");
        await Assertions.Expect(estimate).ToContainTextAsync($"Starting pay in San Francisco: about ${Money(there.AdjustedPay)} a year");
        await Assertions.Expect(panel.Locator("#pay-result .pay-what")).ToContainTextAsync(there.Locality);

        // A place without pay in the data says so, with the server's reason.
        await location.FillAsync("Rest of U.S.");
        await location.PressAsync("Enter");
        await Assertions.Expect(panel.Locator("#pay-result p.pay-refused")).ToContainTextAsync($"No pay figure for {grade} in Rest of U.S.: ");
        await Assertions.Expect(panel.Locator("#pay-result p.pay-refused")).ToContainTextAsync("not in the data");
    }

    [SkippableFact]
    public async Task Page_OneRoleChecked_ShowsEachHiringStageWithWhatItChecksAndTheTrainingTimeline()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await FillQualified(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var role = CareerCatalog.Default.GetRole("deportation-officer");
        var pipeline = CareerCatalog.Default.GetPipeline(role);
        var stages = page.Locator("ol.pipeline > li");
        await Assertions.Expect(stages).ToHaveCountAsync(pipeline.Stages.Count);
        await Assertions.Expect(page.Locator("h4", new() { HasText = $"Hiring steps ({pipeline.Stages.Count})" })).ToBeVisibleAsync();
        Assert.Equal(pipeline.Stages.Select(st => st.Name), await stages.Locator(".stage-name").AllTextContentsAsync());

        var timed = pipeline.Stages.Select((stage, index) => (Stage: stage, Index: index)).First(x => x.Stage.Duration is { } d && d.MinDays != d.MaxDays);
        var item = stages.Nth(timed.Index);
        await Assertions.Expect(item.Locator("details.stage > summary")).ToContainTextAsync($"typically {timed.Stage.Duration!.MinDays} days to {timed.Stage.Duration.MaxDays} days");
        await Assertions.Expect(item.Locator("details.stage")).Not.ToHaveAttributeAsync("open", string.Empty);
        await item.Locator("details.stage > summary").ClickAsync();
        await Assertions.Expect(item.Locator("details.stage")).ToHaveAttributeAsync("open", string.Empty);
        await Assertions.Expect(item).ToContainTextAsync("What can end an application here:");
        await Assertions.Expect(item.Locator("ul.stage-failures > li")).ToHaveCountAsync(timed.Stage.Failures.Count);
        await Assertions.Expect(item.Locator("ul.stage-failures > li").First).ToHaveTextAsync(timed.Stage.Failures[0]);

        var plan = TrainingPlan.Create(CareerCatalog.Default, role, AsOf);
        var schedule = plan.Schedule(AsOf);
        var programs = page.Locator("ol.training-timeline > li");
        await Assertions.Expect(programs).ToHaveCountAsync(plan.Programs.Count);
        for (var i = 0; i < plan.Programs.Count; i++)
        {
            var program = plan.Programs[i];
            await Assertions.Expect(programs.Nth(i).Locator(".program-name")).ToHaveTextAsync(program.Name);
            await Assertions.Expect(programs.Nth(i)).ToContainTextAsync($"{program.TrainingDays} training days ({program.DaysPerWeek} a week) at {program.Location}.");
            await Assertions.Expect(programs.Nth(i)).ToContainTextAsync($"{Shown(schedule[i].Start)} to {Shown(schedule[i].End)}.");
            await Assertions.Expect(programs.Nth(i).Locator($"time[datetime='{Iso(schedule[i].Start)}']")).ToHaveCountAsync(1);
        }

        await Assertions.Expect(page.Locator("p.training-span")).ToHaveTextAsync(
            $"Starting on {Shown(AsOf)}: {plan.TotalTrainingDays} training days in all; training ends about {Shown(plan.ExpectedEnd(AsOf))}.");
    }

    [SkippableFact]
    public async Task Page_OneRoleWithEveryFoldOpen_ShowsNoInternalIdInTheRoleSection()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        await FillQualified(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.pipeline > li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#pay-result p.pay-estimate")).ToBeVisibleAsync();
        await OpenEveryFold(page);

        var catalog = CareerCatalog.Default;
        var role = catalog.GetRole("deportation-officer");
        var pipeline = catalog.GetPipeline(role);
        var plan = TrainingPlan.Create(catalog, role, AsOf);
        // The role's id is also an English compound ("deportation-officer slots"), so it counts only as an aside "(id)".
        var names = new HashSet<string>(StringComparer.Ordinal) { $"({role.Id})", pipeline.Id, "locality-area", "duty-station", "roleId", "programId", "adjustedPay" };
        names.UnionWith(catalog.Sources.Select(x => x.Id));
        names.UnionWith(role.GetSourceIds());
        names.UnionWith(pipeline.Stages.Select(x => x.Id).Where(id => id.Contains('-', StringComparison.Ordinal)));
        names.UnionWith(plan.Programs.Select(x => x.ProgramId));
        names.UnionWith(role.RequirementIds.Select(id => $"({id})"));

        var section = await page.GetByRole(AriaRole.Region, new() { Name = "About the role: Deportation Officer" }).InnerTextAsync();
        Assert.Contains("What can end an application here:", section, StringComparison.Ordinal);
        AssertNoneShown(section, names);
        var body = await page.InnerTextAsync("body");
        AssertNoneShown(body, names);
        Assert.DoesNotContain("licence", body, StringComparison.OrdinalIgnoreCase);  // U.S. spelling, titles included
    }

    private static EligibilityReport Evaluate(string profileJson, ScreeningPolicy policy) =>
        new EligibilityEvaluator(CareerCatalog.Default, new EligibilityOptions { Policy = policy })
            .Evaluate(CandidateProfile.FromJson(profileJson), "deportation-officer", AsOf);

    private static string Money(int amount) => amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date as the page shows it: in the date field's format (en-US, the browser's language here: 01/15/2026).</summary>
    private static string Shown(DateOnly date) => date.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task AssertAxeClean(IPage page, string state)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);  // axe ran under the page's CSP
        var violations = result.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"axe violations ({state}): {string.Join("; ", violations)}");
    }

    [SkippableFact]
    public async Task Page_BeforeAndAfterACheck_OffersSkipToResultsOnlyWhenThereAreResults()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();
        var skip = page.Locator("#skip-link");
        await Assertions.Expect(skip).ToHaveAttributeAsync("hidden", string.Empty);

        // The role comes first; the as-of date and policy are the last questions, not the first.
        var order = await page.Locator("#check-form input, #check-form select").EvaluateAllAsync<string[]>("els => els.map(e => e.id)");
        Assert.Equal("role", order[0]);
        Assert.True(Array.IndexOf(order, "as-of") > Array.IndexOf(order, "spanish"));

        await FillQualified(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Deportation Officer: Eligible.");
        await Assertions.Expect(skip).Not.ToHaveAttributeAsync("hidden", string.Empty);
        await skip.FocusAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
    }

    private static void AssertNoneShown(string text, IEnumerable<string> names)
    {
        var shown = names.Where(n => text.Contains(n, StringComparison.Ordinal)).ToList();
        Assert.True(shown.Count == 0, $"internal names in the page text: {string.Join(", ", shown)}");
    }

    private static async Task FillQualified(IPage page)
    {
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("deportation-officer");
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        await page.GetByLabel("Date of birth").FillAsync("1996-04-12");
        await page.GetByLabel("Citizenship").SelectOptionAsync("us-citizen");
        await page.GetByLabel("Sex").SelectOptionAsync("male");
        await page.GetByLabel("Selective Service").SelectOptionAsync("registered");
        await page.GetByLabel("Valid driver's license").SelectOptionAsync("true");
        await page.GetByLabel("Education level").SelectOptionAsync("bachelors");
        await page.GetByLabel("GPA (0.0 to 4.0)").FillAsync("3.2");
        await page.GetByLabel("Undergraduate semester hours").FillAsync("124");
        await page.GetByLabel("Months of experience").FillAsync("30");
        await page.GetByLabel("Specialized for the role's line of work").SelectOptionAsync("true");
        await page.GetByLabel("GS-equivalent grade of the work (1 to 15)").FillAsync("7");
        await page.GetByLabel("Criminal convictions").SelectOptionAsync("none");
        await page.GetByLabel("Prior illegal drug use").SelectOptionAsync("none");
    }

    private async Task<IPage> OpenPage(int width = 1280, int height = 900)
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(fixture.BaseAddress.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ICE careers: eligibility check" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("form[data-ready='true']")).ToHaveCountAsync(1);
        Assert.Empty(errors);
        return page;
    }

    // Set ICECAREERS_SCREENSHOT_DIR to keep a picture of the page with results (the tests never write into the repository).
    private static async Task Screenshot(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("ICECAREERS_SCREENSHOT_DIR") is { Length: > 0 } directory)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name), FullPage = false });
        }
    }
}
