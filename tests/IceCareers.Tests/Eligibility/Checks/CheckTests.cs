using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>The plumbing: a finding becomes one outcome, kept for equal findings, with words written on first read.</summary>
public sealed class CheckTests
{
    private static readonly CitizenshipRequirement Requirement = Rules.Requirement<CitizenshipRequirement>("citizenship");

    /// <summary>Counts what the writer is asked for.</summary>
    private sealed class CountingWords : IExplains<CitizenshipFinding>
    {
        public int Reasons;
        public int Gaps;

        public string Reason(CitizenshipFinding finding)
        {
            Interlocked.Increment(ref Reasons);
            return "reason " + finding.Stated;
        }

        public string Gap(CitizenshipFinding finding)
        {
            Interlocked.Increment(ref Gaps);
            return "gap " + finding.Stated;
        }
    }

    private static (Check<CitizenshipFinding> Check, CountingWords Words) New(string? warning = null)
    {
        var words = new CountingWords();
        return (new Check<CitizenshipFinding>(new CitizenshipCheck(Requirement), words, [warning]), words);
    }

    [Fact]
    public void Explain_SameFindingSeenAgain_KeptAndShared()
    {
        var (check, _) = New();
        var finding = new CitizenshipFinding(Verdict.Met, Citizenship.UsCitizen);

        var first = check.Explain(finding);
        var second = check.Explain(finding);
        var third = check.Explain(finding);

        Assert.Same(second.Result, third.Result);
        Assert.Equal(first.Result.Reason, third.Result.Reason);
    }

    [Fact]
    public void Evaluate_TextsNotRead_WriterNeverAsked()
    {
        var (check, words) = New();

        var outcome = check.Evaluate(new CandidateProfile { Citizenship = Citizenship.Other }, Rules.Context());

        Assert.Equal(Verdict.NotMet, outcome.Result.Verdict);
        Assert.Equal((0, 0), (words.Reasons, words.Gaps));
        Assert.Equal("reason Other", outcome.Result.Reason);
        Assert.Equal("gap Other", outcome.Gap!.Description);
        Assert.Equal("reason Other", outcome.Result.Reason);
        Assert.Equal((1, 1), (words.Reasons, words.Gaps));
    }

    [Theory]
    [InlineData(Verdict.Met, false)]
    [InlineData(Verdict.NotMet, true)]
    [InlineData(Verdict.Unknown, true)]
    public void Explain_Verdict_GapOnlyForNotMetAndUnknown(Verdict verdict, bool gap)
    {
        var (check, _) = New("careful");

        var outcome = check.Explain(new CitizenshipFinding(verdict, verdict == Verdict.Unknown ? null : Citizenship.UsCitizen));

        Assert.Equal(gap, outcome.Gap is not null);
        Assert.Equal("careful", outcome.Warning);
        Assert.Same(Requirement.Sources, outcome.Result.Sources);
        Assert.Equal(Requirement.Id, outcome.Result.RequirementId);
        Assert.Equal(verdict == Verdict.Unknown ? ["citizenship"] : [], outcome.Result.MissingInformation);
        Assert.True(outcome.Gap is null || (outcome.Gap.IsRemediable && outcome.Gap.RequirementId == Requirement.Id));
    }

    [Fact]
    public void Explain_PendingAndNotApplicable_WarningOnlyWhereTheResultCounts()
    {
        var check = new Check<ConditionFinding>(new ConditionCheck(Requirement), new ConditionWordsStub(), ["careful"]);
        var selective = new Check<SelectiveServiceFinding>(new SelectiveServiceCheck(Rules.Requirement<SelectiveServiceRequirement>("selective-service")), new SelectiveWordsStub(), ["careful"]);

        Assert.Equal("careful", check.Explain(default).Warning);
        Assert.Null(selective.Explain(new SelectiveServiceFinding(Verdict.NotApplicable, SelectiveServiceCase.OtherSex)).Warning);
    }

    [Fact]
    public void Explain_ManyThreadsManyFindings_EveryOutcomeBelongsToItsFinding()
    {
        var (check, _) = New();
        var statuses = Enum.GetValues<Citizenship>();

        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < 5_000; i++)
            {
                var status = statuses[(i + thread) % statuses.Length];
                var outcome = check.Explain(new CitizenshipFinding(status == Citizenship.UsCitizen ? Verdict.Met : Verdict.NotMet, status));
                Assert.Equal("reason " + status, outcome.Result.Reason);
            }
        });
    }

    [Fact]
    public void Explain_GradedFinding_CarriesTheQualifyingGrades()
    {
        var requirement = Rules.Requirement<EducationExperienceRequirement>("education-experience");
        var rule = new EducationExperienceCheck(requirement, [new(IceCareers.Roles.PayPlan.GS, 5)]);
        var check = new Check<EducationExperienceFinding>(rule, new IceCareers.Eligibility.Explanations.ExplanationWriter(CareerCatalog.Default).For(rule), new string?[requirement.Grades.Count + 1]);

        var outcome = check.Evaluate(new CandidateProfile { Education = [new Education { Level = EducationLevel.Masters }] }, Rules.Context());

        Assert.Equal([new IceCareers.Roles.PayGrade(IceCareers.Roles.PayPlan.GS, 5)], outcome.QualifyingGrades);
        Assert.Equal(new IceCareers.Roles.PayGrade(IceCareers.Roles.PayPlan.GS, 5), outcome.HighestQualifyingGrade);
    }

    private sealed class SelectiveWordsStub : IExplains<SelectiveServiceFinding>
    {
        public string Reason(SelectiveServiceFinding finding) => "r";

        public string Gap(SelectiveServiceFinding finding) => "g";
    }

    private sealed class ConditionWordsStub : IExplains<ConditionFinding>
    {
        public string Reason(ConditionFinding finding) => "pending";

        public string Gap(ConditionFinding finding) => "";
    }
}
