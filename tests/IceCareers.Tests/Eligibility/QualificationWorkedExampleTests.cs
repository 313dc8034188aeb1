using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Roles;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>
/// rules.md §2.3: the worked examples of OPM's policies, agency qualification pages and announcements, each case carrying
/// the address it comes from. Profiles are written in the document format, so the new fields are read as users write them.
/// </summary>
public sealed class QualificationWorkedExampleTests
{
    private const string UsgsSaa = "https://www.usgs.gov/human-capital/superior-academic-achievement-saa";
    private const string UsgsGraduate = "https://www.usgs.gov/about/organization/science-support/human-capital/combining-graduate-education-and-experience-gs-06";
    private const string UsgsClerical = "https://www.usgs.gov/about/organization/science-support/human-capital/combining-education-and-experience-gs-03-gs-05";
    private const string DoAnnouncement = "https://www.talent.com/en/view?id=c3ff8c4cc544";
    private const string OpmAdmin = "https://webarchive.library.unt.edu/eot2008/20090822022723/http://opm.gov/qualifications/standards/group-stds/Gs-admin.asp";
    private const string HrAssistant = "https://federalgovernmentjobs.us/jobs/Human-Resources-Assistant-Office-Automation-842666200.html";
    private const string IntelligenceOperations = "https://federalgovernmentjobs.us/jobs/Intelligence-Operations-Specialist-819466900.html";
    private const string CriminalInvestigator = "https://federalgovernmentjobs.us/jobs/Criminal-Investigator-Special-Agent-788600600.html";
    private const string PassFail = "https://www.usajobs.gov/job/825223400";
    private const string GovCentralSaa = "https://govcentral.monster.com/benefits/articles/1757";
    private const string PercentageMethod = "https://www.usgs.gov/about/organization/science-support/human-capital/combining-education-and-experience-gs-03-gs-05 (an academic year is 30 semester hours; each part as a percentage, added) and http://wodocs.com/docum/1626-petersons-lawenforcement-77.html (an academic year equals 9 months)";

    private static readonly TimeProvider Today = new FixedTimeProvider(Evaluation.AsOf);

    public static TheoryData<string, string, string, string, string> Examples => new()
    {
        // source, role, profile (YAML: education and experience only), expected verdict, expected highest grade ("-" for none)
        // GPA rounding: 2.95 rounds to 3.0 and meets SAA; 2.94 rounds to 2.9 and does not.
        { UsgsSaa, "hsi-special-agent", "education: [{level: bachelors, gpa: 2.95, majorGpa: 3.0, classStandingPercentile: 50, honorSociety: false, passFailPercent: 0}]\nexperience: []", "Met", "GL-7" },
        { UsgsSaa, "hsi-special-agent", "education: [{level: bachelors, gpa: 2.94, majorGpa: 3.0, classStandingPercentile: 50, honorSociety: false, passFailPercent: 0}]\nexperience: []", "NotMet", "-" },
        // The graduate year: 18 semester hours or 27 quarter hours of graduate study are one year (GS-7).
        { UsgsGraduate, "program-analyst", "education: [{level: graduate-study, graduateSemesterHours: 18}]\nexperience: []", "Met", "GS-7" },
        { UsgsGraduate, "program-analyst", "education: [{level: graduate-study, graduateQuarterHours: 27}]\nexperience: []", "Met", "GS-7" },
        { UsgsGraduate, "program-analyst", "education: [{level: graduate-study, graduateQuarterHours: 26}]\nexperience: []", "NotMet", "-" },
        { UsgsGraduate, "program-analyst", "education: [{level: graduate-study, graduateQuarterHours: 54}]\nexperience: []", "Met", "GS-9" },
        // Proration: a year at 20 hours a week counts as 6 months.
        { UsgsGraduate, "hsi-special-agent", "education: []\nexperience: [{months: 24, hoursPerWeek: 20, specialized: true, grade: 5}]", "Met", "GL-7" },
        { UsgsGraduate, "hsi-special-agent", "education: []\nexperience: [{months: 23, hoursPerWeek: 20, specialized: true, grade: 5}]", "NotMet", "-" },
        { UsgsClerical, "hsi-special-agent", "education: []\nexperience: [{months: 12, hoursPerWeek: 60, specialized: true, grade: 5}]", "Met", "GL-7" },
        { UsgsClerical, "hsi-special-agent", "education: []\nexperience: [{months: 11, hoursPerWeek: 60, specialized: true, grade: 5}]", "NotMet", "-" },
        // A 6-month part-time year plus half a graduate year (9 of 18 semester hours) is 100 % at GS-7.
        { CriminalInvestigator, "hsi-special-agent", "education: [{level: graduate-study, graduateSemesterHours: 9}]\nexperience: [{months: 12, hoursPerWeek: 20, specialized: true, grade: 5}]", "Met", "GL-7" },
        // The GS-4 year: three years of general experience, one of them equivalent to at least GS-4.
        { DoAnnouncement, "deportation-officer", "education: []\nexperience: [{months: 36, specialized: false, grade: 3}]", "NotMet", "-" },
        { DoAnnouncement, "deportation-officer", "education: []\nexperience: [{months: 24, specialized: false, grade: 3}, {months: 12, specialized: false, grade: 4}]", "Met", "GL-5" },
        { OpmAdmin, "deportation-officer", "education: []\nexperience: [{months: 30, specialized: false, grade: 3}, {months: 11, specialized: false, grade: 4}]", "NotMet", "-" },
        { DoAnnouncement, "deportation-officer", "education: []\nexperience: [{months: 36, specialized: false}]", "Unknown", "-" },
        // One-grade interval (0134): 5 → 6 → 7, a year at GS-6 for GS-7, no SAA, no education above GS-5.
        { HrAssistant, "intelligence-research-assistant", "education: [{level: bachelors, gpa: 3.3, passFailPercent: 0}]\nexperience: []", "Met", "GS-5" },
        { HrAssistant, "intelligence-research-assistant", "education: [{level: masters}]\nexperience: []", "Met", "GS-5" },
        { HrAssistant, "intelligence-research-assistant", "education: []\nexperience: [{months: 12, specialized: true, grade: 5}]", "Met", "GS-5" },
        { HrAssistant, "intelligence-research-assistant", "education: []\nexperience: [{months: 12, specialized: true, grade: 6}]", "Met", "GS-7" },
        { HrAssistant, "intelligence-research-assistant", "education: [{level: associate, semesterHours: 90}]\nexperience: [{months: 6, specialized: true, grade: 4}]", "Met", "GS-5" },
        { HrAssistant, "intelligence-research-assistant", "education: [{level: associate, semesterHours: 89}]\nexperience: [{months: 6, specialized: true, grade: 4}]", "NotMet", "-" },
        { GovCentralSaa, "intelligence-research-specialist", "education: [{level: bachelors, gpa: 3.3, passFailPercent: 0}]\nexperience: []", "Met", "GS-7" },
        // Pass/fail: above 10 % of undergraduate hours, SAA rests only on class standing or an honor society.
        { PassFail, "hsi-special-agent", "education: [{level: bachelors, gpa: 3.8, majorGpa: 3.9, classStandingPercentile: 50, honorSociety: false, passFailPercent: 11}]\nexperience: []", "NotMet", "-" },
        { PassFail, "hsi-special-agent", "education: [{level: bachelors, gpa: 3.8, majorGpa: 3.9, classStandingPercentile: 50, honorSociety: false, passFailPercent: 10}]\nexperience: []", "Met", "GL-7" },
        { PassFail, "hsi-special-agent", "education: [{level: bachelors, gpa: 2.0, classStandingPercentile: 20, passFailPercent: 40}]\nexperience: []", "Met", "GL-7" },
        { PassFail, "hsi-special-agent", "education: [{level: bachelors, gpa: 2.0, classStandingPercentile: 60, honorSociety: true, passFailPercent: 40}]\nexperience: []", "Met", "GL-7" },
        { PassFail, "hsi-special-agent", "education: [{level: bachelors, gpa: 3.8, majorGpa: 3.9, classStandingPercentile: 50, honorSociety: false}]\nexperience: []", "Unknown", "-" },
        // Only graduate education beyond what the next lower grade needs combines, and each hour counts once.
        { IntelligenceOperations, "program-analyst", "education: [{level: graduate-study, graduateSemesterHours: 27}]\nexperience: [{months: 6, specialized: true, grade: 7}]", "Met", "GS-9" },
        { IntelligenceOperations, "program-analyst", "education: [{level: graduate-study, graduateSemesterHours: 26}]\nexperience: [{months: 6, specialized: true, grade: 7}]", "Met", "GS-7" },
        { IntelligenceOperations, "program-analyst", "education: [{level: graduate-study, graduateSemesterHours: 45}]\nexperience: [{months: 6, specialized: true, grade: 9}]", "Met", "GS-11" },
        { IntelligenceOperations, "program-analyst", "education: [{level: masters, graduateSemesterHours: 36}]\nexperience: [{months: 6, specialized: true, grade: 9}]", "Met", "GS-9" },
        { IntelligenceOperations, "program-analyst", "education: [{level: graduate-study, graduateQuarterHours: 67.5}]\nexperience: [{months: 6, specialized: true, grade: 9}]", "Met", "GS-11" },
        // The GS-5 combination by the percentage method (issue 20 §7): months / 36 + semester hours / 120 reaching 100 %.
        { PercentageMethod, "intelligence-research-specialist", "education: [{level: associate, semesterHours: 90}]\nexperience: [{months: 18, specialized: false, grade: 4}]", "Met", "GS-5" },
        { PercentageMethod, "intelligence-research-specialist", "education: [{level: associate, quarterHours: 135}]\nexperience: [{months: 18, specialized: false, grade: 4}]", "Met", "GS-5" },
        { PercentageMethod, "intelligence-research-specialist", "education: [{level: associate, semesterHours: 30}]\nexperience: [{months: 27, specialized: false, grade: 4}]", "Met", "GS-5" },
        { PercentageMethod, "intelligence-research-specialist", "education: [{level: associate, semesterHours: 30}]\nexperience: [{months: 26, specialized: false, grade: 4}]", "NotMet", "-" },
        { PercentageMethod, "intelligence-research-specialist", "education: [{level: associate, semesterHours: 50}]\nexperience: [{months: 18, specialized: false, grade: 4}]", "NotMet", "-" },
        // Part-time work (issue 20 §6): a week of 35 hours or more counts as full time; shorter weeks count against 40.
        { UsgsGraduate, "hsi-special-agent", "education: []\nexperience: [{months: 12, hoursPerWeek: 36, specialized: true, grade: 5}]", "Met", "GL-7" },
        { UsgsGraduate, "hsi-special-agent", "education: []\nexperience: [{months: 12, hoursPerWeek: 35, specialized: true, grade: 5}]", "Met", "GL-7" },
        { UsgsGraduate, "hsi-special-agent", "education: []\nexperience: [{months: 12, hoursPerWeek: 34, specialized: true, grade: 5}]", "NotMet", "-" },
        { UsgsGraduate, "hsi-special-agent", "education: []\nexperience: [{months: 15, hoursPerWeek: 32, specialized: true, grade: 5}]", "Met", "GL-7" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Evaluate_WorkedExample_MatchesItsSource(string source, string roleId, string yaml, string verdict, string highest)
    {
        var profile = CandidateProfile.FromYaml(yaml, Today);

        var report = new EligibilityEvaluator(CareerCatalog.Default).Evaluate(profile, roleId, Evaluation.AsOf);

        var result = report.Results.Single(r => r.Kind == Requirements.RequirementKind.EducationExperience);
        Assert.True(Enum.Parse<Verdict>(verdict) == result.Verdict, $"{source}: expected {verdict}, got {result.Verdict}: {result.Reason}");
        Assert.Equal(highest == "-" ? null : PayGrade.Parse(highest), report.HighestQualifyingGrade);
    }

    [Fact]
    public void Evaluate_GeneralExperienceWithoutGrade_AsksForTheGradeOfThatYear()
    {
        // DO announcement (https://www.talent.com/en/view?id=c3ff8c4cc544): one year of the three at GS-4 or above.
        var profile = CandidateProfile.FromYaml("education: []\nexperience: [{months: 36, specialized: false}]", Today);

        var result = Evaluation.Evaluate(profile, "deportation-officer").Result("education-experience");

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Contains("experience[0].grade", result.MissingInformation);
    }

    [Fact]
    public void Evaluate_GpaWithUnknownPassFailShare_AsksForThePassFailShare()
    {
        // Pass/fail rule (https://www.usajobs.gov/job/825223400): a GPA counts only with at most 10 % pass/fail hours.
        var profile = CandidateProfile.FromYaml("education: [{level: bachelors, gpa: 3.8, majorGpa: 3.9, classStandingPercentile: 50, honorSociety: false}]\nexperience: []", Today);

        var result = Evaluation.Evaluate(profile, "hsi-special-agent").Result("education-experience");

        Assert.Equal(["education[0].passFailPercent"], result.MissingInformation);
    }

    [Fact]
    public void Evaluate_IntelligenceResearchAssistantWithSaaGpa_NotGrade7AndTheTableSaysWhy()
    {
        // One-grade interval (https://federalgovernmentjobs.us/jobs/Human-Resources-Assistant-Office-Automation-842666200.html).
        var profile = CandidateProfile.FromYaml("education: [{level: bachelors, field: History, gpa: 3.3, passFailPercent: 0}]\nexperience: []", Today);

        var report = Evaluation.Evaluate(profile, "intelligence-research-assistant");

        Assert.Equal([new PayGrade(PayPlan.GS, 5)], report.QualifyingGrades);
        var result = report.Result("education-experience-one-grade");
        Assert.Contains("nih-grade-interval", result.Sources);
    }

    [Fact]
    public void Evaluate_PartTimeExperience_CountsFullTimeEquivalentMonths()
    {
        // USGS (https://www.usgs.gov/about/organization/science-support/human-capital/combining-graduate-education-and-experience-gs-06):
        // "a year at 20 hours per week is credited as 6 months", so 30 months at 20 hours are 15 — a year, not two.
        var profile = CandidateProfile.FromYaml("education: []\nexperience: [{months: 30, hoursPerWeek: 20, specialized: true, grade: 5}]", Today);

        var report = Evaluation.Evaluate(profile, "hsi-special-agent");

        Assert.Equal(Verdict.Met, report.Result("education-experience").Verdict);
        Assert.Equal(PayGrade.Parse("GL-7"), report.HighestQualifyingGrade);
    }

    [Theory]
    [InlineData("1.5", "GL-7")]
    [InlineData("2", "GL-5")]
    public void Evaluate_QuarterHourRatioChangedInDataCopy_ConversionFollowsData(string ratio, string highest)
    {
        // 27 graduate quarter hours are 18 semester hours at 1.5 : 1 (USGS), only 13.5 at 2 : 1.
        using var copy = new DataCopy();
        copy.Replace("requirements/qualifications.yaml", "quarterHoursPerSemesterHour: 1.5\n", "quarterHoursPerSemesterHour: " + ratio + "\n");
        var evaluator = new EligibilityEvaluator(CareerCatalog.LoadDirectory(copy.Root));
        var profile = CandidateProfile.FromYaml("education: [{level: bachelors, completed: 2020-05-01}, {level: graduate-study, graduateQuarterHours: 27}]\nexperience: []", Today);

        Assert.Equal(PayGrade.Parse(highest), evaluator.Evaluate(profile, "deportation-officer", Evaluation.AsOf).HighestQualifyingGrade);
    }
}
