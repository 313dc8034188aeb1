using IceCareers.Candidates;
using IceCareers.Careers;
using IceCareers.Diagnostics;
using IceCareers.Eligibility;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Hostile;

/// <summary>
/// Issue 12, "no crash where the contract promises a refusal", "correct answers at the edges" and "every problem, in
/// plain words, every time": other instances of each class than the ones the issue names.
/// </summary>
public sealed class RefusalTests
{
    private static readonly TimeProvider Today = new FixedTimeProvider(new DateOnly(2026, 1, 15));

    private static readonly string[] Internals =
        ["System.", "IceCareers.", "!!", "tag:yaml.org", "reader options", "could not be converted", "Unable to cast", "not registered", "Exception"];

    // ---- numbers past their field's range

    [Theory]
    [InlineData("education: [{graduateSemesterHours: 79228162514264337593543950335}, {graduateSemesterHours: 79228162514264337593543950335}]", "education[0].graduateSemesterHours")]
    [InlineData("experience: [{months: 2000000000}, {months: 2000000000}]", "experience[0].months")]
    [InlineData("military: {serviceMonths: 99999}", "military.serviceMonths")]
    [InlineData("fitness: {pushUps: 1000000}", "fitness.pushUps")]
    [InlineData("fitness: {run1_5MileSeconds: 1e20}", "fitness.run1_5MileSeconds")]
    [InlineData("education: [{quarterHours: 1e27}]", "education[0].quarterHours")]
    public void FromYaml_NumberPastItsFieldsMaximum_RefusedWithThePath(string yaml, string path)
    {
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        Assert.Contains(error.Problems, p => p.Path == path && p.Message.Contains("outside", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"education":[{"semesterHours":1e40}]}""", "education[0].semesterHours", "too large")]
    [InlineData("""{"experience":[{"grade":99999999999}]}""", "experience[0].grade", "too large")]
    [InlineData("""{"experience":[{"months":1.5}]}""", "experience[0].months", "whole number")]
    public void FromJson_NumberTheModelCannotHold_RefusedInWords(string json, string path, string fragment)
    {
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ConstructedProfileWithHoursPastTheMaximum_RefusedNamingTheField()
    {
        var profile = new CandidateProfile
        {
            Education = [new Education { SemesterHours = 1m }, new Education { GraduateSemesterHours = decimal.MaxValue }, new Education { GraduateSemesterHours = decimal.MaxValue }],
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EligibilityEvaluator(CareerCatalog.Default).EvaluateAll(profile, new DateOnly(2026, 1, 15)));

        Assert.Contains("education[1].graduateSemesterHours", error.Message, StringComparison.Ordinal);
    }

    // ---- lists past the most entries a profile may hold

    [Theory]
    [InlineData("education", "{}")]
    [InlineData("experience", "{months: 1}")]
    [InlineData("languages", "{}")]
    public void FromYaml_ListOneEntryPastTheMaximum_RefusedWithTheListPath(string list, string entry)
    {
        var yaml = list + ":\n" + string.Concat(Enumerable.Repeat("  - " + entry + "\n", CandidateProfile.MaxEntries + 1));

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        var problem = Assert.Single(error.Problems, p => p.Path == list);
        Assert.Contains("1,001 entries", problem.Message, StringComparison.Ordinal);
        Assert.Contains("at most 1,000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_HistoryListsPastTheMaximum_BothRefused()
    {
        var many = "[" + string.Join(",", Enumerable.Repeat("{}", 3_000)) + "]";
        var json = "{\"history\":{\"convictions\":" + many + ",\"drugUse\":" + many + "}}";

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        Assert.Contains(error.Problems, p => p.Path == "history.convictions" && p.Message.Contains("3,000 entries", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "history.drugUse" && p.Message.Contains("3,000 entries", StringComparison.Ordinal));
    }

    [Fact]
    public void FromYaml_ListAtTheMaximum_Read()
    {
        var yaml = "experience:\n" + string.Concat(Enumerable.Repeat("  - {months: 1}\n", CandidateProfile.MaxEntries));

        var profile = CandidateProfile.FromYaml(yaml, Today);

        Assert.Equal(CandidateProfile.MaxEntries, profile.Experience!.Count);
    }

    [Fact]
    public void Evaluate_ConstructedProfileWithAnOverlongList_RefusedNamingTheList()
    {
        var profile = new CandidateProfile { Languages = Enumerable.Range(0, CandidateProfile.MaxEntries + 1).Select(_ => new LanguageSkill()).ToList() };
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);

        var one = Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.Evaluate(profile, "deportation-officer", new DateOnly(2026, 1, 15)));
        var all = Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.EvaluateAll(profile, new DateOnly(2026, 1, 15)));

        Assert.Contains("languages list", one.Message, StringComparison.Ordinal);
        Assert.Contains("languages list", all.Message, StringComparison.Ordinal);
    }

    // ---- dates the library cannot compute

    [Theory]
    [InlineData(9999, 12, 20)]
    [InlineData(9999, 12, 1)]
    public void Schedule_StartTooLateForTheCalendar_RefusedWithArgumentOutOfRange(int year, int month, int day)
    {
        var role = CareerCatalog.Default.GetRole("hsi-special-agent");
        var start = new DateOnly(year, month, day);
        var plan = TrainingPlan.Create(CareerCatalog.Default, role, start);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => plan.ExpectedEnd(start));

        Assert.Equal("start", error.ParamName);
        Assert.Contains(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deportation-officer")]
    [InlineData(null)]
    public void Evaluate_DateBeforeBirth_RefusedNamingBothDates(string? roleId)
    {
        var profile = new CandidateProfile { DateOfBirth = new DateOnly(2010, 3, 4) };
        var evaluator = new EligibilityEvaluator(CareerCatalog.Default);
        var asOf = new DateOnly(2010, 3, 3);

        var error = Assert.Throws<ArgumentException>(() =>
            roleId is null ? evaluator.EvaluateAll(profile, asOf) : [evaluator.Evaluate(profile, roleId, asOf)]);

        Assert.Contains("2010-03-03", error.Message, StringComparison.Ordinal);
        Assert.Contains("2010-03-04", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OnTheDayOfBirth_AgeZeroNotRefused()
    {
        var profile = new CandidateProfile { DateOfBirth = new DateOnly(2010, 3, 4) };

        var report = new EligibilityEvaluator(CareerCatalog.Default).Evaluate(profile, "deportation-officer", new DateOnly(2010, 3, 4));

        Assert.DoesNotContain(report.Results, r => r.Reason.Contains("Age -", StringComparison.Ordinal));
    }

    // ---- every problem, every time, in words

    [Fact]
    public void FromJson_SeveralWrongTypedValuesAndAnUnknownKey_AllReported()
    {
        const string json = """{"driversLicense":"yes","extra":1,"military":{"veteran":2,"serviceMonths":"ten"},"languages":[{"language":5}]}""";

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        Assert.Equal(
            ["driversLicense", "extra", "military.veteran", "military.serviceMonths", "languages[0].language"],
            error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void FromYaml_UnknownKeyBeforeBadValues_ValuesStillReported()
    {
        const string yaml = "nickname: Sam\nsex: robot\ncitizenship: [x]\neducation: [{completed: someday, gpa: 9}]\n";

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        Assert.Equal(["nickname", "sex", "citizenship", "education[0].completed", "education[0].gpa"], error.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("months", "experience: [{months: !!str 12}]")]
    [InlineData("majorGpa", "education: [{majorGpa: {x: 1}}]")]
    [InlineData("sitUps", "fitness: {sitUps: [1, 2]}")]
    [InlineData("specialized", "experience: [{specialized: !!binary aGk=}]")]
    [InlineData("semesterHours", "education: [{semesterHours: !custom 5}]")]
    [InlineData("veteran", "military: {veteran: .nan}")]
    public void FromYaml_WrongShapeOrTag_MessageNamesTheFieldInWords(string field, string yaml)
    {
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        Assert.NotEmpty(error.Problems);
        foreach (var problem in error.Problems)
        {
            Assert.DoesNotContain(Internals, fragment => problem.Message.Contains(fragment, StringComparison.Ordinal));
        }

        Assert.Contains(error.Problems, p => string.IsNullOrEmpty(p.Path) || p.Path.EndsWith(field, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"sex":"male",}""")]
    [InlineData("""{"sex":"male"} // note""")]
    [InlineData("""{"education":[{"gpa":3.5}]""")]
    [InlineData("""[{"sex":"male"}]""")]
    [InlineData("\"text\"")]
    public void FromJson_MalformedOrWrongShape_OneProblemInWords(string json)
    {
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        var problem = Assert.Single(error.Problems);
        Assert.DoesNotContain(Internals, fragment => problem.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void ProfileValidationException_ThousandsOfProblems_ListsTheMaximumAndHowManyMore()
    {
        var problems = Enumerable.Range(0, 2_345).Select(i => Problem.At($"languages[{i}]", "empty entry"));

        var error = new ProfileValidationException(problems);

        Assert.Equal(ProfileValidationException.MaxListed + 1, error.Problems.Count);
        Assert.Contains("2,245 more", error.Problems[^1].Message, StringComparison.Ordinal);
        Assert.StartsWith("The candidate profile has 2,345 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogLoadException_ThousandsOfErrors_ListsTheMaximumAndHowManyMore()
    {
        var errors = Enumerable.Range(0, 150).Select(i => Problem.InFile("roles/x.yaml", i + 1, 1, "bad"));

        var error = new CatalogLoadException(errors);

        Assert.Equal(CatalogLoadException.MaxListed + 1, error.Problems.Count);
        Assert.Contains("50 more", error.Problems[^1].Message, StringComparison.Ordinal);
    }
}
