using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Provenance;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.9: the ERO Spanish course, required until 2025-07-31 (advisory), decided by the rule alone.</summary>
public sealed class LanguageCheckTests
{
    private static readonly LanguageCheck Rule = new(Rules.Requirement<LanguageRequirement>("spanish-ero"));
    private static readonly DateOnly CourseRequired = new(2025, 6, 1);
    private static readonly DateOnly CourseDropped = new(2025, 8, 1);

    private static LanguageFinding Decide(DateOnly asOf, params LanguageSkill[]? languages) =>
        Rule.Decide(new CandidateProfile { Languages = languages }, Rules.Context(asOf));

    [Fact]
    public void Decide_AfterTheCourseWasDropped_NotApplicable()
    {
        var finding = Decide(CourseDropped, []);

        Assert.Equal((Verdict.NotApplicable, LanguageCase.NoCourse), (finding.Verdict, finding.Case));
        Assert.Same(Rule.Periods[finding.Basis - 1].Sources, Rule.SourcesOf(finding.Basis));
    }

    [Theory]
    [InlineData(LanguageProficiency.Professional, Verdict.Met)]
    [InlineData(LanguageProficiency.Native, Verdict.Met)]
    [InlineData(LanguageProficiency.LimitedWorking, Verdict.NotMet)]
    public void Decide_SpanishProficiency_TestsOutFromProfessional(LanguageProficiency proficiency, Verdict expected)
    {
        var finding = Decide(CourseRequired, new LanguageSkill { Language = " spanish ", Proficiency = proficiency });

        Assert.Equal(expected, finding.Verdict);
        Assert.Equal(proficiency, finding.Proficiency);
        Assert.Equal(expected == Verdict.NotMet ? CourseDropped : null, finding.EarliestDate);
    }

    [Fact]
    public void Decide_SpanishNotListed_NotMetUntilTheCourseIsDropped()
    {
        var finding = Decide(CourseRequired, new LanguageSkill { Language = "French", Proficiency = LanguageProficiency.Native });

        Assert.Equal((Verdict.NotMet, LanguageCase.NotListed), (finding.Verdict, finding.Case));
        Assert.Equal(CourseDropped, finding.EarliestDate);
        Assert.True(finding.Remediable);
    }

    [Fact]
    public void Decide_LanguagesNotStated_UnknownAskingForThem()
    {
        var finding = Decide(CourseRequired, null);

        Assert.Equal(["languages"], Rules.Paths(finding.Unknown));
        Assert.Equal(CourseDropped, finding.EarliestDate);
    }

    [Fact]
    public void Decide_SpanishWithoutProficiency_UnknownAskingForThatEntry()
    {
        var finding = Decide(CourseRequired, new LanguageSkill { Language = "French" }, new LanguageSkill { Language = "Spanish" });

        Assert.Equal((Verdict.Unknown, LanguageCase.NoProficiency), (finding.Verdict, finding.Case));
        Assert.Equal(["languages[1].proficiency"], Rules.Paths(finding.Unknown));
        Assert.Null(finding.EarliestDate);
    }

    [Fact]
    public void Decide_BeforeAnyRule_NotApplicableOnTheRequirementsSources()
    {
        var rule = new LanguageCheck(new LanguageRequirement
        {
            Id = "french", Category = RequirementCategory.Advisory, Title = "t", Sources = ["s"],
            Periods = new Dated<LanguageRule>
            {
                Periods = [new DatedValue<LanguageRule> { Effective = new Effective(new DateOnly(2020, 1, 1), null), Value = new LanguageRule { CourseRequired = true, Language = "French" }, Sources = ["p"] }],
            },
        });

        var finding = rule.Decide(new CandidateProfile { Languages = [] }, Rules.Context(new DateOnly(2019, 12, 31)));

        Assert.Equal((Verdict.NotApplicable, LanguageCase.NoRule, 0), (finding.Verdict, finding.Case, finding.Basis));
        Assert.Equal(["s"], rule.SourcesOf(0));
        Assert.Equal(["p"], rule.SourcesOf(1));
        var later = rule.Decide(new CandidateProfile { Languages = [] }, Rules.Context(new DateOnly(2020, 1, 1)));
        Assert.Equal((Verdict.NotMet, LanguageCase.NotListed, false, null), (later.Verdict, later.Case, later.Remediable, later.EarliestDate));
    }
}
