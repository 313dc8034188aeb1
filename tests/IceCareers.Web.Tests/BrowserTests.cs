using System.Diagnostics;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IceCareers.Web.Tests;

/// <summary>
/// The app on a real loopback port (Kestrel on 127.0.0.1, port chosen by the system) and Debian's chromium driven by
/// Playwright, started once for the class. Chromium is never downloaded: the tests use /usr/bin/chromium
/// (eng/install-chromium.sh installs it) and skip, saying so, only when it is not installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
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
        _app = new AppFactory();
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

        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("deportation-officer");
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        await page.GetByLabel("Date of birth").FillAsync("1996-04-12");
        await page.GetByLabel("Citizenship").SelectOptionAsync("us-citizen");
        await page.GetByLabel("Sex").SelectOptionAsync("male");
        await page.GetByLabel("Selective Service").SelectOptionAsync("registered");
        await page.GetByLabel("Valid driver's licence").SelectOptionAsync("true");
        await page.GetByLabel("Education level").SelectOptionAsync("bachelors");
        await page.GetByLabel("GPA (0.0 to 4.0)").FillAsync("3.2");
        await page.GetByLabel("Undergraduate semester hours").FillAsync("124");
        await page.GetByLabel("Months of experience").FillAsync("30");
        await page.GetByLabel("Specialized for the role's line of work").SelectOptionAsync("true");
        await page.GetByLabel("GS-equivalent grade of the work (1 to 15)").FillAsync("7");
        await page.GetByLabel("Veteran", new() { Exact = true }).SelectOptionAsync("false");
        await page.GetByLabel("Preference-eligible veteran").SelectOptionAsync("false");
        await page.GetByLabel("Prior federal law-enforcement service (6(c) retirement)").SelectOptionAsync("false");
        await page.GetByLabel("Criminal convictions").SelectOptionAsync("none");
        await page.GetByLabel("Prior illegal drug use").SelectOptionAsync("none");
        await page.GetByLabel("Spanish proficiency").SelectOptionAsync("professional");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var expected = new EligibilityEvaluator(CareerCatalog.Default).Evaluate(CandidateProfile.FromJson(TestProfiles.Qualified), "deportation-officer", AsOf);
        Assert.Equal(Outcome.Eligible, expected.Outcome);
        var report = page.Locator("article.report[data-role-id='deportation-officer']");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Deportation Officer: Eligible.");
        await Assertions.Expect(report.Locator(".outcome")).ToHaveTextAsync("Eligible");
        var citizenship = report.Locator("tr[data-requirement-id='citizenship']");
        await Assertions.Expect(citizenship.Locator("td.verdict")).ToHaveTextAsync("Met");
        await Assertions.Expect(citizenship.Locator(".reason")).ToHaveTextAsync(expected.Results.Single(r => r.RequirementId == "citizenship").Reason);
        Assert.Equal(expected.Results.Count, await report.Locator("tbody tr").CountAsync());
        var source = CareerCatalog.Default.GetSource(expected.Results[0].Sources[0]);
        await Assertions.Expect(citizenship.GetByRole(AriaRole.Link).First).ToHaveAttributeAsync("href", new Uri(source.Url!).AbsoluteUri);

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
        var toggle = report.GetByRole(AriaRole.Button, new() { Name = "Show requirements, gaps and sources" });
        await toggle.FocusAsync();
        await toggle.PressAsync("Enter");
        await Assertions.Expect(report.GetByRole(AriaRole.Button, new() { Name = "Hide the details" })).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(report.Locator("ul.gaps")).ToContainTextAsync(
            dated.Gap.EarliestDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [SkippableFact]
    public async Task Page_InvalidAnswers_ListsEveryProblemAndMarksTheFields()
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await OpenPage();

        await page.GetByLabel("GPA (0.0 to 4.0)").FillAsync("5");
        await page.GetByLabel("Months of experience").FillAsync("-2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToBeFocusedAsync();
        await Assertions.Expect(alert.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Assertions.Expect(alert).ToContainTextAsync("profile.education[0].gpa");
        await Assertions.Expect(alert).ToContainTextAsync("profile.experience[0].months");
        await Assertions.Expect(page.GetByLabel("GPA (0.0 to 4.0)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator(".report")).ToHaveCountAsync(0);
    }

    private async Task<IPage> OpenPage()
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
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
