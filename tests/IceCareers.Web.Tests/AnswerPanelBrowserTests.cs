using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IceCareers.Web.Tests;

/// <summary>
/// Issue 23 on the page: what would raise the grade, one message when every role waits on the same answer, input the
/// browser cannot read, and the printout, at the widths a person uses (320 and 390 px phones, a 1,366 px laptop).
/// </summary>
public sealed class AnswerPanelBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_GraduateWithoutThePassFailAnswer_SaysWhatWouldRaiseTheGradeAndAskingItRaisesIt(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await Open(width, height);
        await FillGraduate(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Your answer: Deportation Officer" });
        await Assertions.Expect(panel.Locator(".answer-grade")).ToContainTextAsync("GL-5 — law-enforcement pay scale");
        var raise = panel.Locator(".answer-raise");
        await Assertions.Expect(raise).ToContainTextAsync("You qualify at GL-5. With an answer to ");
        await Assertions.Expect(raise).ToContainTextAsync("you may qualify at GL-7.");
        await Assertions.Expect(raise.Locator("a[href='#education-pass-fail']")).ToContainTextAsync("Did you take more than 1 in 10 of your courses pass/fail");
        // In the first screen once the check is done: the grade is visible without scrolling.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print or save this result" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#results-heading")).ToBeFocusedAsync();
        var grade = await panel.Locator(".answer-grade").BoundingBoxAsync();
        Assert.True(grade is not null && grade.Y >= 0 && grade.Y + grade.Height <= height, $"the grade is at {grade?.Y} px of a {height} px screen");
        await AssertAxeClean(page, $"graduate's answer with what would raise it, {width} px");

        // Answering it: the grade the library gives for the same facts (a GPA of 3.4 is Superior Academic Achievement).
        await page.Locator("#education-pass-fail").SelectOptionAsync("no");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(panel.Locator(".answer-grade")).ToContainTextAsync("GL-7 — law-enforcement pay scale");
        await Assertions.Expect(panel.Locator(".answer-raise")).ToHaveCountAsync(0);
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Deportation Officer: Eligible at GL-7|^Deportation Officer: Incomplete[^—]* at GL-7"));
    }

    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_AllRoles_EachCardShowsPayAtThePersonsBestGrade(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await Open(width, height);
        await FillGraduate(page);
        await page.Locator("#education-pass-fail").SelectOptionAsync("no");
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("*");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Checked");

        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        var profile = """{ "dateOfBirth": "2003-04-12", "citizenship": "us-citizen", "education": [{ "level": "bachelors", "gpa": 3.4, "semesterHours": 124, "passFailPercent": 10 }], "experience": [] }""";
        using var response = await http.PostAsync(new Uri("/api/eligibility/all", UriKind.Relative), TestProfiles.Json(TestProfiles.Request(null, profile)));
        var reports = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var graded = reports.Where(r => r!["highestQualifyingGrade"] is not null).ToList();
        Assert.NotEmpty(graded);
        foreach (var report in graded)
        {
            var roleId = (string)report!["roleId"]!;
            var grade = (string)report["highestQualifyingGrade"]!;
            var card = page.Locator($"article.report[data-role-id='{roleId}'] .card-pay");

            // Where the server prices the role at that grade, the first such place's figure; where it refuses the grade
            // itself, its reason.
            using var places = await http.GetAsync(new Uri($"/api/pay/localities?roleId={roleId}&grade={grade}&asOf=2026-01-15", UriKind.Relative));
            await Assertions.Expect(card).ToContainTextAsync(places.IsSuccessStatusCode
                ? new System.Text.RegularExpressions.Regex($"^Pay at {grade}: in .+: about \\$[0-9,]+ a year")
                : new System.Text.RegularExpressions.Regex($"^Pay at {grade}: not estimated: .+"));
        }

        await AssertAxeClean(page, $"all roles with pay on each card, {width} px");
    }

    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_AllRolesWaitOnTheSameAnswers_OneMessageAboveTheCardsLinksToEach(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await Open(width, height);
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        await page.GetByLabel("Date of birth").FillAsync("1996-04-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var count = CareerCatalog.Default.Roles.Count;
        var message = page.Locator(".answer-panel p.finish-check");
        await Assertions.Expect(message).ToContainTextAsync($"To finish the check for all {count} roles, answer: ");
        await Assertions.Expect(message.Locator("a[href='#citizenship']")).ToHaveCountAsync(1);
        Assert.DoesNotMatch(@"\b[a-z]+[A-Z][A-Za-z]*\b|\[\d+\]", await message.InnerTextAsync());
        await AssertAxeClean(page, $"all roles waiting on the same answers, {width} px");
    }

    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_NumberTheBrowserCannotRead_AnErrorBesideTheFieldAndTheTitleSaysError(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await Open(width, height);
        await page.GetByLabel("Education level").SelectOptionAsync("bachelors");
        var gpa = page.GetByLabel("GPA (0.0 to 4.0)");
        await gpa.ClickAsync();
        await page.Keyboard.TypeAsync("3e");  // not a number: the browser keeps it as bad input and gives the page ""
        Assert.True(await gpa.EvaluateAsync<bool>("e => e.validity.badInput"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        await Assertions.Expect(page.Locator("#education-gpa-error")).ToHaveTextAsync("GPA must be a number.");
        await Assertions.Expect(gpa).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("GPA must be a number.");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Assertions.Expect(page.Locator("article.report")).ToHaveCountAsync(0);
        await AssertAxeClean(page, $"bad input, {width} px");
    }

    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_DateTheBrowserCannotRead_AnErrorBesideTheFieldAndTheTitleSaysError(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await Open(width, height);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("deportation-officer");
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        var dob = page.GetByLabel("Date of birth");
        await dob.FocusAsync();
        await page.Keyboard.TypeAsync("0412");  // month and day, no year: the browser keeps it as bad input and gives the page ""
        Assert.True(await dob.EvaluateAsync<bool>("e => e.validity.badInput"));
        Assert.Equal("", await dob.InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        await Assertions.Expect(page.Locator("#dob-error")).ToHaveTextAsync("Date of birth must be a real date.");
        await Assertions.Expect(dob).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Date of birth must be a real date.");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Locator("a[href='#dob']")).ToHaveCountAsync(1);
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Assertions.Expect(page.Locator("article.report")).ToHaveCountAsync(0);  // not checked as "not stated"
        await AssertAxeClean(page, $"date the browser cannot read, {width} px");
    }

    [SkippableTheory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_Printout_StandsAloneWithTheAnswersTheCaveatTheDataVersionAndEachSourcesAddress(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await Open(width, height);
        await FillGraduate(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.Locator(".answer-panel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".your-answers")).ToBeHiddenAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var answers = page.GetByRole(AriaRole.Region, new() { Name = "Your answers" });
        await Assertions.Expect(answers).ToBeVisibleAsync();
        await Assertions.Expect(answers.Locator("dt", new() { HasText = "Date of birth" })).ToHaveCountAsync(1);
        await Assertions.Expect(answers.Locator("dd", new() { HasText = "04/12/2003" })).ToHaveCountAsync(1);
        var footer = page.Locator("#print-footer");
        await Assertions.Expect(footer).ToContainTextAsync("Not legal or hiring advice");
        await Assertions.Expect(footer).ToContainTextAsync($"Data {CareerCatalog.Default.Version}");
        await page.Locator("details").EvaluateAllAsync<int>("els => { els.forEach(e => e.open = true); return els.length; }");
        var source = CareerCatalog.Default.Sources.First(s => s.Url is not null && s.Id == "usgs-saa");
        await Assertions.Expect(page.Locator(".source-list li", new() { HasText = source.Title }).First).ToContainTextAsync(source.Url!);
        await AssertAxeClean(page, $"printout, {width} px");
    }

    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_SavedSearchResultUploaded_ListsTheRolesPostingsAndChecksThePathsForOne(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await Open(width, height);
        await FillGraduate(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var postings = page.GetByRole(AriaRole.Region, new() { Name = "Current postings for Deportation Officer" });
        await postings.GetByLabel("A saved USAJOBS search result (JSON file)").SetInputFilesAsync(UsaJobsStub.Recorded);

        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["announcements"] = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(UsaJobsStub.Recorded)),
            ["asOf"] = "2026-01-15",
            ["profile"] = new System.Text.Json.Nodes.JsonObject(),
        };
        using var evaluated = await http.PostAsync(new Uri("/api/announcements/evaluate", UriKind.Relative), TestProfiles.Json(body.ToJsonString()));
        var mine = System.Text.Json.Nodes.JsonNode.Parse(await evaluated.Content.ReadAsStringAsync())!.AsArray()
            .Where(l => (string?)l!["roleId"] == "deportation-officer").Select(l => (string)l!["positionId"]!).ToList();
        Assert.NotEmpty(mine);
        await Assertions.Expect(postings.Locator("li.posting")).ToHaveCountAsync(mine.Count);
        Assert.Equal(mine, await postings.Locator("li.posting").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.positionId)"));
        await Assertions.Expect(postings.Locator("li.posting p.posting-fit")).ToHaveCountAsync(mine.Count);  // each checked against the answers
        await AssertAxeClean(page, $"postings from a saved search result, {width} px");

        await postings.Locator("li.posting").First.GetByRole(AriaRole.Button, new() { Name = "Check my hiring paths for this posting" }).ClickAsync();
        await Assertions.Expect(page.Locator(".paths-posting")).ToContainTextAsync($"Posting {mine[0]}: ");
        await AssertAxeClean(page, $"hiring paths for a posting, {width} px");
    }

    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_MilitaryJobByPayGrade_GradedFromTheDataAndTheCaveatSaysItIsAGuide(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var page = await Open(width, height);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("deportation-officer");
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        await page.GetByLabel("Months of experience").FillAsync("12");
        await page.GetByLabel("Specialized for the role's line of work").SelectOptionAsync("true");
        await page.GetByLabel("Was this military service?").SelectOptionAsync("true");
        await Assertions.Expect(page.GetByLabel("GS-equivalent grade of the work (1 to 15)")).ToBeHiddenAsync();
        await page.GetByLabel("Highest military pay grade in it").SelectOptionAsync("O-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        // O-1 compares with GS-7 in the data's table: a year of specialized work at GS-7 meets GL-9 (the library's answer).
        var expected = new IceCareers.Eligibility.EligibilityEvaluator(CareerCatalog.Default).Evaluate(
            IceCareers.Candidates.CandidateProfile.FromJson("""{ "experience": [{ "months": 12, "specialized": true, "militaryPayGrade": "O-1" }] }"""),
            "deportation-officer",
            new DateOnly(2026, 1, 15));
        var panel = page.GetByRole(AriaRole.Region, new() { Name = "Your answer: Deportation Officer" });
        await Assertions.Expect(panel.Locator(".answer-grade")).ToContainTextAsync($"{expected.HighestQualifyingGrade} — law-enforcement pay scale");
        await page.Locator("details").EvaluateAllAsync<int>("els => { els.forEach(e => e.open = true); return els.length; }");
        await Assertions.Expect(page.Locator("ul.warnings").First).ToContainTextAsync("only a guide");
        await Assertions.Expect(page.Locator("li[data-requirement-id='education-experience'] p.reason").First).ToContainTextAsync("O-1 as GS-7");
        await AssertAxeClean(page, $"military job by pay grade, {width} px");
    }

    private static async Task FillGraduate(IPage page)
    {
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("deportation-officer");
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        await page.GetByLabel("Date of birth").FillAsync("2003-04-12");
        await page.GetByLabel("Citizenship").SelectOptionAsync("us-citizen");
        await page.GetByLabel("Education level").SelectOptionAsync("bachelors");
        await page.GetByLabel("GPA (0.0 to 4.0)").FillAsync("3.4");
        await page.GetByLabel("Undergraduate semester hours").FillAsync("124");
        await page.GetByLabel("Months of experience").FillAsync("0");
    }

    private async Task<IPage> Open(int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("form[data-ready='true']")).ToHaveCountAsync(1);
        return page;
    }

    private static async Task AssertAxeClean(IPage page, string state)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{overflow} px of horizontal overflow ({state})");
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);  // axe ran under the page's CSP
        var violations = result.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"axe violations ({state}): {string.Join("; ", violations)}");
    }
}

/// <summary>The browser against the sample with a USAJOBS key configured, whose typed client searches the local stub.</summary>
public sealed class LiveBrowserFixture : BrowserFixture
{
    public LiveSearchFactory? Live { get; private set; }

    protected override AppFactory CreateApp() => Live = new LiveSearchFactory();
}

/// <summary>Issue 23 §6: with a key, the page searches ICE's current postings for the role live (through the server).</summary>
public sealed class LivePostingsBrowserTests(LiveBrowserFixture fixture) : IClassFixture<LiveBrowserFixture>
{
    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_KeyConfigured_SearchesTheRolesPostingsLiveAndChecksEach(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var (context, page, postings, role) = await SearchDeportationOfficerPostings(fixture, width, height);

        await Assertions.Expect(postings.Locator("p.postings-summary")).ToContainTextAsync("for Deportation Officer");
        Assert.True(await postings.Locator("li.posting").CountAsync() > 0);
        Assert.Contains(fixture.Live!.Stub.Requests, r => r.Series == role.Series.Code && r.Key == LiveSearchFactory.Key);
        await Assertions.Expect(postings.GetByLabel("A saved USAJOBS search result (JSON file)")).ToHaveCountAsync(0);
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, "axe violations: " + string.Join("; ", result.Violations.Select(v => v.Id)));
        await context.CloseAsync();
    }

    /// <summary>Opens the page at the size, checks the deportation officer on 2026-01-15 and presses the live search.</summary>
    internal static async Task<(IBrowserContext Context, IPage Page, ILocator Postings, IceCareers.Roles.Role Role)> SearchDeportationOfficerPostings(
        BrowserFixture fixture, int width, int height)
    {
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("form[data-ready='true']")).ToHaveCountAsync(1);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("deportation-officer");
        await page.GetByLabel("As-of date").FillAsync("2026-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var role = CareerCatalog.Default.GetRole("deportation-officer");
        var postings = page.GetByRole(AriaRole.Region, new() { Name = "Current postings for Deportation Officer" });
        await postings.GetByRole(AriaRole.Button, new() { Name = $"Search ICE's current postings (series {role.Series.Code})" }).ClickAsync();
        return (context, page, postings, role);
    }
}

/// <summary>The browser against the sample with a key, whose USAJOBS (the stub) answers every search with a 503.</summary>
public sealed class FailingLiveBrowserFixture : BrowserFixture
{
    protected override AppFactory CreateApp() => LiveSearchFactory.Failing("503");
}

/// <summary>Issue 23 §6: when the live search fails, the page says why in words and offers the saved-file way in.</summary>
public sealed class LivePostingsFailureBrowserTests(FailingLiveBrowserFixture fixture) : IClassFixture<FailingLiveBrowserFixture>
{
    [SkippableTheory]
    [InlineData(320, 640)]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task Page_UsajobsAnswersAnError_SaysSoInWordsAndOffersASavedSearchResult(int width, int height)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var (context, page, postings, _) = await LivePostingsBrowserTests.SearchDeportationOfficerPostings(fixture, width, height);

        await Assertions.Expect(postings.Locator("p.postings-error")).ToHaveTextAsync(
            "The search did not work: USAJOBS answered the search with an error (status 503). Try again later, or open a search result saved from USAJOBS.");
        await Assertions.Expect(postings.Locator("li.posting")).ToHaveCountAsync(0);
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, "axe violations: " + string.Join("; ", result.Violations.Select(v => v.Id)));

        // The way in the message names is there: a saved search result is read and checked.
        await postings.GetByLabel("A saved USAJOBS search result (JSON file)").SetInputFilesAsync(UsaJobsStub.Recorded);
        await Assertions.Expect(postings.Locator("li.posting").First).ToBeVisibleAsync();
        await Assertions.Expect(postings.Locator("p.postings-error")).ToHaveCountAsync(0);
        await context.CloseAsync();
    }
}
