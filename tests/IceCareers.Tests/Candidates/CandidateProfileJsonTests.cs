using System.Text.Json;
using IceCareers.Candidates;
using IceCareers.Diagnostics;
using IceCareers.Serialization;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Candidates;

public sealed class CandidateProfileJsonTests
{
    private static readonly TimeProvider Today = new FixedTimeProvider(new DateOnly(2026, 1, 15));

    [Fact]
    public void FromJson_DocumentWords_ReadLikeYaml()
    {
        const string json = """
            {
              "dateOfBirth": "1996-04-12",
              "sex": "male",
              "citizenship": "us-citizen",
              "selectiveService": "not-registered",
              "education": [{ "level": "bachelors", "gpa": 3.2 }, { "level": "graduate-study", "graduateSemesterHours": 18 }],
              "history": { "convictions": [{ "category": "domestic-violence-misdemeanor", "date": "2012-03-01" }], "drugUse": [] },
              "languages": [{ "language": "Spanish", "proficiency": "limited-working" }],
              "fitness": { "run1_5MileSeconds": 812 }
            }
            """;

        var profile = CandidateProfile.FromJson(json, Today);

        Assert.Equal(Citizenship.UsCitizen, profile.Citizenship);
        Assert.Equal(SelectiveServiceStatus.NotRegistered, profile.SelectiveService);
        Assert.Equal(EducationLevel.GraduateStudy, profile.Education![1].Level);
        Assert.Equal(ConvictionCategory.DomesticViolenceMisdemeanor, profile.History!.Convictions![0].Category);
        Assert.Empty(profile.History.DrugUse!);
        Assert.Equal(LanguageProficiency.LimitedWorking, profile.Languages![0].Proficiency);
        Assert.Equal(812m, profile.Fitness!.Run1_5MileSeconds);
        Assert.Null(profile.Experience);
    }

    [Fact]
    public void ToJson_DesignExample_WritesDocumentWordsAndRoundTrips()
    {
        var profile = CandidateProfile.FromYaml(CandidateProfileYamlTests.DesignExample, Today);

        var json = profile.ToJson();
        var again = CandidateProfile.FromJson(json, Today);

        Assert.Contains("\"us-citizen\"", json, StringComparison.Ordinal);
        Assert.Contains("\"graduate-study\"", json, StringComparison.Ordinal);
        Assert.Contains("\"run1_5MileSeconds\": 812", json, StringComparison.Ordinal);
        Assert.DoesNotContain("UsCitizen", json, StringComparison.Ordinal);
        Assert.Equal(json, again.ToJson());
    }

    [Fact]
    public void FromJson_PartTimeQuarterHoursAndPassFail_Read()
    {
        const string json = """
            {
              "education": [{ "level": "bachelors", "quarterHours": 180, "graduateQuarterHours": 27, "passFailPercent": 12.5 }],
              "experience": [{ "months": 24, "hoursPerWeek": 20, "grade": 4 }]
            }
            """;

        var profile = CandidateProfile.FromJson(json, Today);

        var school = Assert.Single(profile.Education!);
        Assert.Equal((180m, 27m, 12.5m), (school.QuarterHours, school.GraduateQuarterHours, school.PassFailPercent));
        Assert.Equal(20m, Assert.Single(profile.Experience!).HoursPerWeek);
        Assert.Contains("\"hoursPerWeek\": 20", profile.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_UnknownAndEmpty_KeptApart()
    {
        var profile = new CandidateProfile { Education = [], History = new History { Convictions = [] } };

        var json = profile.ToJson();
        var again = CandidateProfile.FromJson(json, Today);

        Assert.Empty(again.Education!);
        Assert.Null(again.Experience);
        Assert.Empty(again.History!.Convictions!);
        Assert.Null(again.History.DrugUse);
    }

    [Fact]
    public void Serialize_WithContext_SameAsToJson()
    {
        var profile = CandidateProfile.FromYaml(CandidateProfileYamlTests.DesignExample, Today);

        Assert.Equal(profile.ToJson(), JsonSerializer.Serialize(profile, IceCareersJson.Options));
    }

    [Fact]
    public void FromJson_SeveralWrongKeys_AllReportedWithLineAndColumn()
    {
        const string json = """
            {
              "nickname": "Sam",
              "sex": "male",
              "Sex": "female",
              "education": [{"level": "bachelors"}, {"level": "masters", "minor": "Art"}],
              "fitness": {"pullUps": 3, "sitUps": 40}
            }
            """;

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        Assert.Equal(
            [
                ("nickname", "unknown key 'nickname'", 2, 3),
                ("Sex", "duplicate key 'Sex'", 4, 3),
                ("education[1].minor", "unknown key 'minor'", 5, 62),
                ("fitness.pullUps", "unknown key 'pullUps'", 6, 15),
            ],
            error.Problems.Select(p => (p.Path, p.Message, p.Line ?? 0, p.Column ?? 0)));
    }

    [Theory]
    [InlineData("""{"sex":"man"}""", "sex", "unknown value 'man'; expected one of: male, female, unspecified")]
    [InlineData("""{"citizenship":"UsCitizen"}""", "citizenship", "unknown value 'UsCitizen'")]
    [InlineData("""{"sex":1}""", "sex", "expected one of")]
    [InlineData("""{"nickname":"Sam"}""", "nickname", "unknown key 'nickname'")]
    [InlineData("""{"fitness":{"pullUps":3}}""", "fitness.pullUps", "unknown key 'pullUps'")]
    [InlineData("""{"education":[{"gpa":"high"}]}""", "education[0].gpa", "wrong type of value; expected a number")]
    [InlineData("""{"experience":[{"months":1.5}]}""", "experience[0].months", "expected a whole number")]
    [InlineData("""{"dateOfBirth":"12/04/1996"}""", "dateOfBirth", "expected a date written YYYY-MM-DD")]
    [InlineData("""{"education":{}}""", "education", "expected a list")]
    [InlineData("""{"sex":"male","sex":"female"}""", "sex", "duplicate key 'sex'")]
    [InlineData("""{"dateOfBirth":"2026-01-16"}""", "dateOfBirth", "in the future")]
    [InlineData("""{"education":[{"gpa":4.5}]}""", "education[0].gpa", "outside 0–4")]
    [InlineData("""{"education":[{"classStandingPercentile":0}]}""", "education[0].classStandingPercentile", "outside 1–100")]
    [InlineData("""{"experience":[{"months":-1}]}""", "experience[0].months", "negative")]
    [InlineData("""{"experience":[{"hoursPerWeek":200}]}""", "experience[0].hoursPerWeek", "outside 1–168")]
    [InlineData("""{"experience":[{"hoursPerWeek":"half"}]}""", "experience[0].hoursPerWeek", "wrong type of value; expected a number")]
    [InlineData("""{"education":[{"quarterHours":-3}]}""", "education[0].quarterHours", "outside 0–1000")]
    [InlineData("""{"education":[{"graduateQuarterHours":5000}]}""", "education[0].graduateQuarterHours", "outside 0–1000")]
    [InlineData("""{"education":[{"passFailPercent":250}]}""", "education[0].passFailPercent", "outside 0–100")]
    [InlineData("""{"education":[null]}""", "education[0]", "empty entry")]
    [InlineData("""[1]""", "", "expected a JSON object of profile fields")]
    [InlineData("""null""", "", "found null")]
    [InlineData("""{""", "", "malformed JSON")]
    public void FromJson_BrokenRule_RefusedWithPath(string json, string path, string message)
    {
        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_SeveralRuleProblems_AllReported()
    {
        const string json = """{"dateOfBirth":"1900-01-01","education":[{"gpa":5,"majorGpa":-1}],"experience":[{"months":-1}]}""";

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        Assert.Equal(["dateOfBirth", "education[0].gpa", "education[0].majorGpa", "experience[0].months"], error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void FromJson_DocumentOver1MiB_Refused()
    {
        var json = "{\"education\":[" + string.Join(",", Enumerable.Repeat("{\"field\":\"History of Art\"}", 50_000)) + "]}";

        var error = Assert.Throws<ProfileValidationException>(() => CandidateProfile.FromJson(json, Today));

        Assert.Contains("1 MiB", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProfileBuiltInCode_ReportsProblemsWithoutThrowing()
    {
        var profile = new CandidateProfile
        {
            DateOfBirth = new DateOnly(2030, 1, 1),
            Experience = [new Experience { Months = -5 }],
            Fitness = new FitnessResults { Run1_5MileSeconds = -1 },
        };

        var problems = profile.Validate(new DateOnly(2026, 1, 15));

        Assert.Equal(["dateOfBirth", "experience[0].months", "fitness.run1_5MileSeconds"], problems.Select(p => p.Path));
        Assert.Empty(new CandidateProfile().Validate(new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public void ProfileProblem_ToString_PathMessageAndPosition()
    {
        Assert.Equal("education[0].gpa: bad (line 3, column 5)", (Problem.At("education[0].gpa", "bad") with { Line = 3, Column = 5 }).ToString());
        Assert.Equal("bad", Problem.At("", "bad").ToString());
    }

    [Fact]
    public void ProfileValidationException_StandardConstructors_HaveOneProblem()
    {
        Assert.Single(new ProfileValidationException().Problems);
        Assert.Equal("x", Assert.Single(new ProfileValidationException("x").Problems).Message);
        Assert.IsType<InvalidOperationException>(new ProfileValidationException("x", new InvalidOperationException()).InnerException);
    }
}
