using IceCareers.Tests.TestSupport;
using IceCareers.Candidates;

namespace IceCareers.Tests.Candidates;

public sealed class CandidateProfileYamlTests
{
    // The example document of design.md, word for word.
    internal const string DesignExample = """
        dateOfBirth: 1996-04-12
        sex: male                       # male | female | unspecified (used for Selective Service only)
        citizenship: us-citizen         # us-citizen | us-national | lawful-permanent-resident | other
        selectiveService: registered    # registered | not-registered | exempt
        driversLicense: true
        education:
          - level: bachelors            # high-school | associate | bachelors | masters | professional | doctorate
            field: Criminal Justice
            completed: 2018-05-20
            gpa: 3.2                    # overall, 0.0–4.0
            majorGpa: 3.6
            classStandingPercentile: 25 # 1 = top of class, 100 = bottom
            honorSociety: false
            semesterHours: 124          # undergraduate hours
          - level: graduate-study
            graduateSemesterHours: 18
          - level: professional         # J.D. / LL.B. (field: Law); LL.M. is level: masters with field Law
            quarterHours: 0             # undergraduate quarter hours (1.5 quarter hours = 1 semester hour)
            graduateQuarterHours: 0     # graduate quarter hours (27 = one year of graduate study)
            passFailPercent: 5          # share of undergraduate hours taken pass/fail (over 10: SAA only by class standing or honor society)
        experience:
          - title: Police Officer
            months: 30                  # full-time equivalent months; calendar months when hoursPerWeek is given
            hoursPerWeek: 40            # part-time work is prorated: months × hoursPerWeek / 40
            specialized: true           # specialized experience for the role's line of work
            grade: 7                    # GS-equivalent level of the work (the GS-5 general-experience rule needs a year at GS-4)
        military:
          veteran: true
          preferenceEligible: true
          serviceMonths: 48
        priorFederalLawEnforcement: false   # service under special LEO (6(c)) retirement
        history:
          convictions:
            - category: felony          # felony | misdemeanor | domestic-violence-misdemeanor
              date: 2012-03-01
          drugUse:
            - substance: marijuana
              lastUse: 2014-06-01
        languages:
          - language: Spanish
            proficiency: professional   # elementary | limited-working | professional | native
        fitness: { sitUps: 35, pushUps: 25, sprint220YardsSeconds: 44.1, run1_5MileSeconds: 812 }
        """;

    private static readonly TimeProvider Today = new FixedTimeProvider(new DateOnly(2026, 1, 15));

    [Fact]
    public void FromYaml_DesignExample_ReadsEveryField()
    {
        var profile = CandidateProfile.FromYaml(DesignExample, Today);

        Assert.Equal(new DateOnly(1996, 4, 12), profile.DateOfBirth);
        Assert.Equal(Sex.Male, profile.Sex);
        Assert.Equal(Citizenship.UsCitizen, profile.Citizenship);
        Assert.Equal(SelectiveServiceStatus.Registered, profile.SelectiveService);
        Assert.True(profile.DriversLicense);
        Assert.Equal(3, profile.Education!.Count);
        var bachelors = profile.Education[0];
        Assert.Equal(EducationLevel.Bachelors, bachelors.Level);
        Assert.Equal("Criminal Justice", bachelors.Field);
        Assert.Equal(new DateOnly(2018, 5, 20), bachelors.Completed);
        Assert.Equal(3.2m, bachelors.Gpa);
        Assert.Equal(3.6m, bachelors.MajorGpa);
        Assert.Equal(25, bachelors.ClassStandingPercentile);
        Assert.False(bachelors.HonorSociety);
        Assert.Equal(124m, bachelors.SemesterHours);
        Assert.Equal(EducationLevel.GraduateStudy, profile.Education[1].Level);
        Assert.Equal(18m, profile.Education[1].GraduateSemesterHours);
        Assert.Equal(EducationLevel.Professional, profile.Education[2].Level);
        Assert.Equal((0m, 0m, 5m), (profile.Education[2].QuarterHours, profile.Education[2].GraduateQuarterHours, profile.Education[2].PassFailPercent));
        var job = Assert.Single(profile.Experience!);
        Assert.Equal(("Police Officer", 30, 40m, true, 7), (job.Title, job.Months, job.HoursPerWeek, job.Specialized, job.Grade));
        Assert.Equal((true, true, 48), (profile.Military!.Veteran, profile.Military.PreferenceEligible, profile.Military.ServiceMonths));
        Assert.False(profile.PriorFederalLawEnforcement);
        var conviction = Assert.Single(profile.History!.Convictions!);
        Assert.Equal(ConvictionCategory.Felony, conviction.Category);
        Assert.Equal(new DateOnly(2012, 3, 1), conviction.Date);
        var drugUse = Assert.Single(profile.History.DrugUse!);
        Assert.Equal(("marijuana", new DateOnly(2014, 6, 1)), (drugUse.Substance, drugUse.LastUse));
        var language = Assert.Single(profile.Languages!);
        Assert.Equal(("Spanish", LanguageProficiency.Professional), (language.Language, language.Proficiency));
        Assert.Equal((35, 25, 44.1m, 812m), (profile.Fitness!.SitUps, profile.Fitness.PushUps, profile.Fitness.Sprint220YardsSeconds, profile.Fitness.Run1_5MileSeconds));
    }

    [Fact]
    public void FromYaml_EmptyMapping_EverythingUnknown()
    {
        var profile = CandidateProfile.FromYaml("{}", Today);

        Assert.Null(profile.DateOfBirth);
        Assert.Null(profile.Education);
        Assert.Null(profile.Experience);
        Assert.Null(profile.History);
        Assert.Null(profile.Languages);
        Assert.Null(profile.Military);
        Assert.Null(profile.PriorFederalLawEnforcement);
    }

    [Fact]
    public void FromYaml_EmptyLists_StatedAsNone()
    {
        var profile = CandidateProfile.FromYaml("education: []\nexperience: []\nhistory: {convictions: [], drugUse: []}\nlanguages: []", Today);

        Assert.Empty(profile.Education!);
        Assert.Empty(profile.Experience!);
        Assert.Empty(profile.History!.Convictions!);
        Assert.Empty(profile.History.DrugUse!);
        Assert.Empty(profile.Languages!);
    }

    [Fact]
    public void FromYaml_HistoryWithoutDrugUse_DrugUseUnknown()
    {
        var profile = CandidateProfile.FromYaml("history: {convictions: []}", Today);

        Assert.Empty(profile.History!.Convictions!);
        Assert.Null(profile.History.DrugUse);
    }

    [Theory]
    [InlineData("dateOfBirth: 2026-01-16", "dateOfBirth", "in the future")]
    [InlineData("dateOfBirth: 1926-01-14", "dateOfBirth", "more than 100 years ago")]
    [InlineData("experience: [{months: -1}]", "experience[0].months", "negative")]
    [InlineData("military: {serviceMonths: -3}", "military.serviceMonths", "negative")]
    [InlineData("education: [{semesterHours: -1}]", "education[0].semesterHours", "negative")]
    [InlineData("education: [{graduateSemesterHours: -0.5}]", "education[0].graduateSemesterHours", "negative")]
    [InlineData("education: [{gpa: 4.01}]", "education[0].gpa", "outside 0–4")]
    [InlineData("education: [{gpa: -0.1}]", "education[0].gpa", "outside 0–4")]
    [InlineData("education: [{majorGpa: 4.5}]", "education[0].majorGpa", "outside 0–4")]
    [InlineData("education: [{classStandingPercentile: 0}]", "education[0].classStandingPercentile", "outside 1–100")]
    [InlineData("education: [{classStandingPercentile: 101}]", "education[0].classStandingPercentile", "outside 1–100")]
    [InlineData("experience: [{grade: 16}]", "experience[0].grade", "outside 1–15")]
    [InlineData("experience: [{hoursPerWeek: 0}]", "experience[0].hoursPerWeek", "outside 1–168")]
    [InlineData("experience: [{hoursPerWeek: 169}]", "experience[0].hoursPerWeek", "outside 1–168")]
    [InlineData("experience: [{hoursPerWeek: many}]", "experience[0].hoursPerWeek", "wrong type")]
    [InlineData("education: [{quarterHours: -1}]", "education[0].quarterHours", "outside 0–1000")]
    [InlineData("education: [{graduateQuarterHours: 1000.5}]", "education[0].graduateQuarterHours", "outside 0–1000")]
    [InlineData("education: [{passFailPercent: 100.1}]", "education[0].passFailPercent", "outside 0–100")]
    [InlineData("education: [{passFailPercent: -5}]", "education[0].passFailPercent", "outside 0–100")]
    [InlineData("fitness: {sitUps: -1}", "fitness.sitUps", "negative")]
    [InlineData("sex: man", "sex", "unknown value 'man'")]
    [InlineData("citizenship: citizen", "citizenship", "expected one of: us-citizen, us-national, lawful-permanent-resident, other")]
    [InlineData("selectiveService: yes", "selectiveService", "unknown value 'yes'")]
    [InlineData("education: [{level: phd}]", "education[0].level", "unknown value 'phd'")]
    [InlineData("history: {convictions: [{category: dui}]}", "history.convictions[0].category", "unknown value 'dui'")]
    [InlineData("languages: [{language: Spanish, proficiency: fluent}]", "languages[0].proficiency", "unknown value 'fluent'")]
    [InlineData("dateOfBirth: 12/04/1996", "dateOfBirth", "not a date")]
    [InlineData("nickname: Sam", "nickname", "unknown key 'nickname'")]
    [InlineData("education: [{level: bachelors, minor: Art}]", "education[0].minor", "unknown key 'minor'")]
    [InlineData("education: [{gpa: high}]", "education[0].gpa", "wrong type")]
    [InlineData("education:\n  -\n", "education[0]", "empty entry")]
    public void FromYaml_BrokenRule_RefusedWithPath(string yaml, string path, string message)
    {
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void FromYaml_DateOfBirthExactly100YearsAgoAndToday_Accepted()
    {
        Assert.Equal(new DateOnly(1926, 1, 15), CandidateProfile.FromYaml("dateOfBirth: 1926-01-15", Today).DateOfBirth);
        Assert.Equal(new DateOnly(2026, 1, 15), CandidateProfile.FromYaml("dateOfBirth: 2026-01-15", Today).DateOfBirth);
    }

    [Fact]
    public void FromYaml_SeveralProblems_AllReportedTogetherInDocumentOrder()
    {
        const string yaml = """
            dateOfBirth: 2030-01-01
            sex: man
            education:
              - level: bachelors
                gpa: 5
                classStandingPercentile: 0
            experience:
              - months: -2
            """;

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        Assert.Equal(
            ["dateOfBirth", "sex", "education[0].gpa", "education[0].classStandingPercentile", "experience[0].months"],
            error.Problems.Select(p => p.Path));
        Assert.Equal([1, 2, 5, 6, 8], error.Problems.Select(p => p.Line ?? 0));
        Assert.Contains("5 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_SeveralWrongKeysAndValues_AllReportedInDocumentOrder()
    {
        const string yaml = """
            dateOfBirth: 1990-01-01
            nickname: Sam
            sex: male
            sex: female
            education:
              - level: bachelors
                minor: Art
                gpa: abc
            citizenship: [us-citizen]
            fitness: {pullUps: 3}
            """;

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        Assert.Equal(
            ["nickname", "sex", "education[0].minor", "education[0].gpa", "citizenship", "fitness.pullUps"],
            error.Problems.Select(p => p.Path));
        Assert.Equal([2, 4, 7, 8, 9, 10], error.Problems.Select(p => p.Line ?? 0));
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n", "anchors are not allowed")]
    [InlineData("education: [", "malformed YAML")]
    [InlineData("- 1\n- 2\n", "expected a mapping")]
    [InlineData("just text", "expected a mapping")]
    [InlineData("", "the document is empty")]
    [InlineData("sex: male\nsex: female\n", "duplicate key 'sex'")]
    [InlineData("citizenship: [us-citizen]\n", "value has the wrong shape")]
    public void FromYaml_MalformedDocument_RefusedWithOneProblem(string yaml, string message)
    {
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        var problem = Assert.Single(error.Problems);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_AliasOfAnchoredValue_Refused()
    {
        const string yaml = "education:\n  - &degree {level: bachelors}\n  - *degree\n";

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        Assert.Contains("not allowed", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_DocumentOver1MiB_Refused()
    {
        var yaml = "# " + new string('x', CandidateProfile.MaxDocumentBytes) + "\n{}";

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        Assert.Contains("at most 1,048,576 bytes", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_DocumentOf1MiBInMultibyteCharacters_CountsBytesNotCharacters()
    {
        // 400,000 characters of 3 bytes each: under the limit in characters, over it in UTF-8 bytes.
        var yaml = "# " + new string('€', 400_000) + "\n{}";

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml(yaml, Today));

        Assert.Contains("1 MiB", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_NoTimeProvider_UsesSystemClockForDateChecks()
    {
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromYaml("dateOfBirth: 9999-01-01"));

        Assert.Equal("dateOfBirth", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void FromYaml_SampleProfiles_AllValid()
    {
        var files = Directory.GetFiles(Repository.PathOf("samples", "profiles"), "*.yaml");

        Assert.Equal(9, files.Length); // the six of issue 1 and the veteran, spouse and federal employee of the hiring paths (issue 22)
        foreach (var file in files)
        {
            CandidateProfile.FromYaml(File.ReadAllText(file), Today);
        }
    }
}
