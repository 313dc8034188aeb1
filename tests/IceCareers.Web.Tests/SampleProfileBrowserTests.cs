using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.HiringPaths;
using IceCareers.Tests.TestSupport;
using Microsoft.Playwright;

namespace IceCareers.Web.Tests;

/// <summary>
/// One answer everywhere: the page, filled in as a person would from each sample profile (samples/profiles/*.yaml),
/// shows for every role the highest grade the library gives for that file, which is what <c>icecareers check</c>
/// prints (the CLI tests hold the CLI to the library's JSON).
/// </summary>
public sealed class SampleProfileBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly AsOf = new(2026, 1, 15);

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.PathOf("samples", "profiles"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public async Task Page_FilledLikeTheSampleProfile_ShowsTheGradeTheCliGivesForEveryRole(string sample)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var profile = CandidateProfile.FromYaml(File.ReadAllText(Repository.PathOf("samples", "profiles", sample + ".yaml")));
        var expected = new EligibilityEvaluator(CareerCatalog.Default).EvaluateAll(profile, AsOf);

        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("form[data-ready='true']")).ToHaveCountAsync(1);
        await FillLike(page, profile);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Checked {expected.Count} roles");

        foreach (var report in expected)
        {
            var meta = page.Locator($"article.report[data-role-id='{report.RoleId}'] p.meta");
            var text = await meta.TextContentAsync() ?? "";
            var shown = Regex.Match(text, @"Highest qualifying grade: (G[LS]-\d+)") is { Success: true } m ? m.Groups[1].Value : null;
            Assert.True(report.HighestQualifyingGrade?.ToString() == shown, $"{sample}, {report.RoleId}: the library gives {report.HighestQualifyingGrade?.ToString() ?? "no grade"}, the page shows {shown ?? "none"}");
        }

        await context.CloseAsync();
    }

    /// <summary>
    /// Issue 22 on the page: the service questions answered like the sample, and the hiring paths shown are those of
    /// POST /api/paths, which is the library's report (what <c>icecareers paths</c> prints): the preference category, each
    /// path under its verdict, its closing date, and the documents to bring.
    /// </summary>
    [SkippableTheory]
    [InlineData("disabled-veteran")]
    [InlineData("military-spouse")]
    [InlineData("federal-employee")]
    [InlineData("new-graduate")]
    public async Task Page_ServiceQuestionsAnsweredLikeTheSample_ShowsTheHiringPathsOfTheLibrary(string sample)
    {
        Skip.IfNot(BrowserFixture.ChromiumInstalled, BrowserFixture.SkipReason);
        var profile = CandidateProfile.FromYaml(File.ReadAllText(Repository.PathOf("samples", "profiles", sample + ".yaml")));
        var expected = new HiringPathEvaluator(CareerCatalog.Default).Evaluate(profile, AsOf);

        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("form[data-ready='true']")).ToHaveCountAsync(1);
        await FillLike(page, profile);
        await FillService(page, profile);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("deportation-officer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check eligibility" }).ClickAsync();

        var section = page.GetByRole(AriaRole.Region, new() { Name = "Hiring paths and veterans' preference" });
        await Assertions.Expect(section).ToBeVisibleAsync();
        var category = expected.Preference.Category;
        await Assertions.Expect(section.Locator("p.paths-answer")).ToContainTextAsync(category switch
        {
            PreferenceCategory.None => "You have no veterans' preference.",
            PreferenceCategory.Unknown => "Your veterans' preference is not decided yet.",
            _ => $"({Word(category.ToString()).ToUpperInvariant()}",
        });
        foreach (var path in expected.Paths)
        {
            var list = path.Verdict switch
            {
                PathVerdict.Eligible => "ul.paths-open",
                PathVerdict.Unknown => "ul.paths-unknown",
                _ => "details.paths-closed ul",
            };
            var item = section.Locator($"{list} > li[data-path-id='{path.Id}']");
            await Assertions.Expect(item).ToHaveCountAsync(1);
            if (path.Until is { } until)
            {
                await Assertions.Expect(item.Locator($"time[datetime='{Iso(until)}']")).ToHaveTextAsync(until.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(expected.Evidence.Select(e => e.Id), await section.Locator("ul.evidence > li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.evidenceId)"));

        // The service questions and the paths section, every fold open, pass axe.
        await page.Locator("details").EvaluateAllAsync<int>("els => { els.forEach(e => e.open = true); return els.length; }");
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, "axe violations: " + string.Join("; ", axe.Violations.Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))}")));
        await context.CloseAsync();
    }

    /// <summary>Answers the service questions (issue 22 §3) as the profile states them.</summary>
    internal static async Task FillService(IPage page, CandidateProfile profile)
    {
        if (profile.Military is { } military)
        {
            if (military.Veteran is { } veteran)
            {
                await page.GetByLabel("Veteran", new() { Exact = true }).SelectOptionAsync(veteran ? "true" : "false");
            }

            var periods = military.Periods ?? [];
            for (var i = 0; i < periods.Count; i++)
            {
                var period = periods[i]!;
                var suffix = i == 0 ? "" : $"-{i + 1}";
                if (i > 0)
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = "Add another period of service" }).ClickAsync();
                }

                await Fill(page, $"#period-start{suffix}", period.Start is { } start ? Iso(start) : null);
                await Fill(page, $"#period-end{suffix}", period.End is { } end ? Iso(end) : null);
                if (period.Kind is { } kind)
                {
                    await page.Locator($"#period-kind{suffix}").SelectOptionAsync(Word(kind.ToString()));
                }
            }

            if (military.Discharge is { } discharge)
            {
                await page.GetByLabel("Are you still serving?").SelectOptionAsync("false");
                if (discharge.Character is { } character)
                {
                    await page.GetByLabel("Character of discharge").SelectOptionAsync(Word(character.ToString()));
                }

                await Fill(page, "#discharge-date", discharge.Date is { } date ? Iso(date) : null);
                if (discharge.Reason is { } reason)
                {
                    await page.GetByLabel("Reason for discharge").SelectOptionAsync(Word(reason.ToString()));
                }
            }

            if (military.CampaignMedals is { } medals)
            {
                await page.GetByLabel("Campaign or expeditionary medals").FillAsync(medals.Count == 0 ? "none" : string.Join(", ", medals));
            }

            if (military.PurpleHeart is { } purple)
            {
                await page.GetByLabel("Purple Heart").SelectOptionAsync(purple ? "true" : "false");
            }

            if (military.Disability is { } disability)
            {
                await page.GetByLabel("Service-connected disability rating from the VA").SelectOptionAsync(disability.IsNone ? "none" : "rated");
                await Fill(page, "#disability-percent", Number(disability.Percent));
                await Fill(page, "#disability-rated-on", disability.RatedOn is { } rated ? Iso(rated) : null);
            }
        }

        if (profile.ScheduleADisability is { } scheduleA)
        {
            await page.GetByLabel("Schedule A letter (documented disability)").SelectOptionAsync(scheduleA ? "true" : "false");
        }

        if (profile.Federal is { } federal)
        {
            await page.GetByLabel("Federal civilian employment").SelectOptionAsync(federal.IsNone ? "none" : federal.Current == true ? "current" : "former");
            if (federal.Tenure is { } tenure)
            {
                await page.GetByLabel("Type of appointment").SelectOptionAsync(Word(tenure.ToString()));
            }

            await Fill(page, "#federal-series", federal.Series);
            await Fill(page, "#federal-grade", federal.Grade);
        }

        if (profile.Student is { Enrolled: { } enrolled })
        {
            await page.GetByLabel("Are you a student now?").SelectOptionAsync(enrolled ? "true" : "false");
        }

        if (profile.MilitarySpouse is { } spouse)
        {
            await page.GetByLabel("Spouse of a service member").SelectOptionAsync(spouse.IsNone ? "none" : Word(spouse.Sponsor!.Value.ToString()));
        }
    }

    /// <summary>Fills the form with what the profile states about the person, their schools and their jobs.</summary>
    internal static async Task FillLike(IPage page, CandidateProfile profile)
    {
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("*");
        await page.GetByLabel("As-of date").FillAsync(Iso(AsOf));
        if (profile.DateOfBirth is { } born)
        {
            await page.GetByLabel("Date of birth").FillAsync(Iso(born));
        }

        if (profile.Citizenship is { } citizenship)
        {
            await page.GetByLabel("Citizenship").SelectOptionAsync(Word(citizenship.ToString()));
        }

        var schools = profile.Education ?? [];
        for (var i = 0; i < schools.Count; i++)
        {
            var school = schools[i]!;
            var suffix = i == 0 ? "" : $"-{i + 1}";
            if (i > 0)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Add another school or degree" }).ClickAsync();
            }

            await page.Locator($"#education-level{suffix}").SelectOptionAsync(school.Level is { } level ? Word(level.ToString()) : "");
            await Fill(page, $"#education-field{suffix}", school.Field);
            await Fill(page, $"#education-completed{suffix}", school.Completed is { } done ? Iso(done) : null);
            await Fill(page, $"#education-hours{suffix}", Number(school.SemesterHours));
            await Fill(page, $"#education-graduate-hours{suffix}", Number(school.GraduateSemesterHours));
            await Fill(page, $"#education-gpa{suffix}", Number(school.Gpa));
            await Fill(page, $"#education-major-gpa{suffix}", Number(school.MajorGpa));
            await Fill(page, $"#education-class-standing{suffix}", Number(school.ClassStandingPercentile));
            if (school.HonorSociety is { } honor)
            {
                await page.Locator($"#education-honor-society{suffix}").SelectOptionAsync(honor ? "true" : "false");
            }

            if (school.PassFailPercent is { } share)
            {
                // "Did you take more than 1 in 10 of your courses pass/fail?"
                var limit = CareerCatalog.Default.GetRequirement("education-experience") is Requirements.EducationExperienceRequirement r
                    ? r.SuperiorAcademicAchievement?.PassFailMaxPercent ?? 10
                    : 10;
                await page.Locator($"#education-pass-fail{suffix}").SelectOptionAsync(share > limit ? "yes" : "no");
            }
        }

        var jobs = profile.Experience;
        if (jobs is { Count: 0 })
        {
            await page.GetByLabel("Months of experience").FillAsync("0");  // the page's way of saying "no experience"
        }

        for (var i = 0; jobs is not null && i < jobs.Count; i++)
        {
            var job = jobs[i]!;
            var suffix = i == 0 ? "" : $"-{i + 1}";
            if (i > 0)
            {
                await page.GetByRole(AriaRole.Button, new() { Name = "Add another job" }).ClickAsync();
            }

            await Fill(page, $"#experience-title{suffix}", job.Title);
            await Fill(page, $"#experience-months{suffix}", Number(job.Months));
            await Fill(page, $"#experience-hours-per-week{suffix}", Number(job.HoursPerWeek));
            if (job.Specialized is { } specialized)
            {
                await page.Locator($"#experience-specialized{suffix}").SelectOptionAsync(specialized ? "true" : "false");
            }

            if (job.MilitaryPayGrade is { } payGrade)
            {
                await page.Locator($"#experience-military{suffix}").SelectOptionAsync("true");
                await page.Locator($"#experience-pay-grade{suffix}").SelectOptionAsync(payGrade.ToString());
            }
            else
            {
                await Fill(page, $"#experience-grade{suffix}", Number(job.Grade));
            }
        }
    }

    private static async Task Fill(IPage page, string selector, string? text)
    {
        if (text is not null)
        {
            await page.Locator(selector).FillAsync(text);
        }
    }

    private static string? Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary><c>UsCitizen</c> → <c>us-citizen</c>, <c>HighSchool</c> → <c>high-school</c>: the document's words.</summary>
    private static string Word(string name) => Regex.Replace(name, "(?<=[a-z])(?=[A-Z0-9])", "-").ToLowerInvariant();
}
