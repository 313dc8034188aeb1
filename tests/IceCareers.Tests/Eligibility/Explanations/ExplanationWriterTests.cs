using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Eligibility.Explanations;
using IceCareers.Requirements;
using IceCareers.Roles;
using IceCareers.Tests.Eligibility.Checks;

namespace IceCareers.Tests.Eligibility.Explanations;

/// <summary>
/// The explanation writer's own tests: the only place where the English of reasons and gaps is asserted. Each test
/// gives the writer a finding (not a profile) and checks the words a person reads.
/// </summary>
public sealed class ExplanationWriterTests
{
    private static readonly ExplanationWriter Writer = new(CareerCatalog.Default);

    [Fact]
    public void Citizenship_StatedAndUnknown_NameTheStatusAndWhatIsRequired()
    {
        var words = Writer.For(new CitizenshipCheck(Rules.Requirement<CitizenshipRequirement>("citizenship")));

        Assert.Equal("Citizenship: lawful permanent resident; required: U.S. citizen.", words.Reason(new(Verdict.NotMet, Citizenship.LawfulPermanentResident)));
        Assert.Equal("Only a U.S. citizen can be appointed; the requirement is met once you are one (for example by naturalization).", words.Gap(new(Verdict.NotMet, Citizenship.Other)));
        Assert.Equal("Citizenship is not stated; required: U.S. citizen.", words.Reason(new(Verdict.Unknown, null)));
        Assert.Equal("State your citizenship (citizenship); the role requires U.S. citizen.", words.Gap(new(Verdict.Unknown, null)));
    }

    [Fact]
    public void DriversLicense_EachFact_ItsSentence()
    {
        var words = Writer.For(new DriversLicenseCheck(Rules.Requirement<DriversLicenseRequirement>("drivers-license")));

        Assert.Equal("Holds a valid driver's license; one is required.", words.Reason(new(Verdict.Met, true)));
        Assert.Equal("Obtain a valid driver's license.", words.Gap(new(Verdict.NotMet, false)));
        Assert.Equal("State whether you hold a valid driver's license (driversLicense).", words.Gap(new(Verdict.Unknown, null)));
    }

    [Fact]
    public void SelectiveService_NotRegistered_RegisterBeforeOrShowNotWilful()
    {
        var words = Writer.For(new SelectiveServiceCheck(Rules.Requirement<SelectiveServiceRequirement>("selective-service")));
        var open = new SelectiveServiceFinding(Verdict.NotMet, SelectiveServiceCase.NotRegistered, Deadline: new DateOnly(2026, 1, 15));
        var closed = open with { DeadlinePassed = true };

        Assert.Equal("Register with Selective Service before your 26th birthday (2026-01-15); registering removes the bar.", words.Gap(open));
        Assert.StartsWith("Registration closed at your 26th birthday (2026-01-15); the bar is lifted only if", words.Gap(closed), StringComparison.Ordinal);
        Assert.Equal("Registered with Selective Service; registration is required of men born after 1959-12-31.", words.Reason(new(Verdict.Met, SelectiveServiceCase.Registered)));
        Assert.Equal("State sex and selectiveService.", words.Gap(new(Verdict.Unknown, SelectiveServiceCase.Undetermined, SexUnstated: true, StatusUnstated: true)));
        Assert.Contains("sex and selectiveService not stated", words.Reason(new(Verdict.Unknown, SelectiveServiceCase.Undetermined, SexUnstated: true, StatusUnstated: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void Lautenberg_Barred_CitesTheLaw()
    {
        var words = Writer.For(new DomesticViolenceBarCheck(Rules.Requirement<DomesticViolenceBarRequirement>("lautenberg")));

        Assert.Contains("18 U.S.C. 922(g)(9)", words.Reason(new(Verdict.NotMet, BarCase.Barred)), StringComparison.Ordinal);
        Assert.StartsWith("Not remediable:", words.Gap(new(Verdict.NotMet, BarCase.Barred)), StringComparison.Ordinal);
        Assert.Equal("State the category of each conviction (history.convictions[0].category and history.convictions[2].category).", words.Gap(new(Verdict.Unknown, BarCase.Uncategorized, new FieldList("history.convictions[0].category", "history.convictions[2].category"))));
    }

    [Fact]
    public void History_Record_SaysWhatTheOtherPolicyWouldDo()
    {
        var words = Writer.For(new HistoryCheck(Rules.Requirement<CriminalHistoryRequirement>("criminal-history")));

        Assert.Equal(
            "The profile lists a conviction; under the strict screening policy it disqualifies (under the suitability policy it goes to an adjudicator for review).",
            words.Reason(new(Verdict.NotMet, HistoryCase.Record, Policy: ScreeningPolicy.Strict)));
        Assert.StartsWith("The profile lists a conviction; under the suitability screening policy it goes to an adjudicator for review, who weighs: ", words.Reason(new(Verdict.NeedsReview, HistoryCase.Record, Policy: ScreeningPolicy.Suitability)), StringComparison.Ordinal);
        Assert.Equal("State history.convictions (an empty list if there is none).", words.Gap(new(Verdict.Unknown, HistoryCase.NotStated, new FieldList("history.convictions"))));
    }

    [Fact]
    public void Fitness_ShortEvent_NamesResultAndPassMark()
    {
        var words = Writer.For(new FitnessTestCheck(Rules.Requirement<FitnessTestRequirement>("fitness-test-hsi")));
        var finding = new FitnessFinding(Verdict.NotMet, new FitnessScores(30, 22, null, 900));

        Assert.Equal("Short on sit-ups 30 (needed: at least 32); 1.5-mile run in 15:00 (needed: at most 14:25). Passed: push-ups 22 (needed: at least 22). Not yet tested: 220-yard sprint.", words.Reason(finding));
        Assert.Equal("Train to reach the pass mark in each short event: sit-ups 30 (needed: at least 32); 1.5-mile run in 15:00 (needed: at most 14:25).", words.Gap(finding));
        Assert.EndsWith("The test is judged in full later in the hiring process.", words.Reason(new FitnessFinding(Verdict.Pending, new FitnessScores(40, null, null, null))), StringComparison.Ordinal);
    }

    [Fact]
    public void Age_BelowMinimum_NamesTheBirthdayAndTheDate()
    {
        var rule = new AgeCheck(Rules.Requirement<AgeRequirement>("age-deportation-officer"));
        var words = Writer.For(rule);
        var finding = rule.Decide(new CandidateProfile { DateOfBirth = new DateOnly(2008, 3, 1) }, Rules.Context());

        Assert.StartsWith("Age 17 on 2026-01-15, below the minimum of 18; the rule in force from 2025-08-06 requires at least 18 years of age, with no maximum entry age", words.Reason(finding), StringComparison.Ordinal);
        Assert.EndsWith("The 18th birthday is 2026-03-01.", words.Reason(finding), StringComparison.Ordinal);
        Assert.Equal("Time alone fixes this: the age requirement is met from 2026-03-01.", words.Gap(finding));
    }

    [Fact]
    public void Age_PastTheMaximum_NamesTheWaiversAndTheLaterRule()
    {
        var rule = new AgeCheck(Rules.Requirement<AgeRequirement>("age-deportation-officer"));
        var words = Writer.For(rule);
        var finding = rule.Decide(new CandidateProfile { DateOfBirth = new DateOnly(1980, 1, 1) }, Rules.Context(new DateOnly(2025, 6, 1)));

        Assert.Contains("appointment had to be before the 40th birthday (2020-01-01)", words.Reason(finding), StringComparison.Ordinal);
        Assert.StartsWith("State military.preferenceEligible and priorFederalLawEnforcement: being a preference-eligible veteran or", words.Gap(finding), StringComparison.Ordinal);
        Assert.EndsWith("Time alone changes this on 2025-08-06, when a rule under which you qualify takes effect.", words.Gap(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void Language_NotListedWhileRequired_TheCourseIsAdded()
    {
        var rule = new LanguageCheck(Rules.Requirement<LanguageRequirement>("spanish-ero"));
        var words = Writer.For(rule);
        var finding = rule.Decide(new CandidateProfile { Languages = [] }, Rules.Context(new DateOnly(2025, 6, 1)));

        Assert.Contains("the 25-day Spanish course is added to training", words.Reason(finding), StringComparison.Ordinal);
        Assert.EndsWith("Advisory: it never affects eligibility.", words.Reason(finding), StringComparison.Ordinal);
        Assert.Equal("Reach professional proficiency or better in Spanish to test out of the 25-day Spanish course.", words.Gap(finding));
    }

    [Fact]
    public void EducationExperience_Met_NamesTheEvidenceAndTheRowThatCarriesIt()
    {
        var rule = new EducationExperienceCheck(Rules.Requirement<EducationExperienceRequirement>("education-experience"), [new(PayPlan.GL, 5), new(PayPlan.GL, 7), new(PayPlan.GL, 9)]);
        var words = Writer.For(rule);
        var saa = rule.Decide(new CandidateProfile { Education = [new Education { Level = EducationLevel.Bachelors, Gpa = 2.95m, PassFailPercent = 0 }] }, Rules.Context());
        var higher = rule.Decide(new CandidateProfile { Education = [new Education { Level = EducationLevel.Doctorate }], Experience = [] }, Rules.Context());

        Assert.Equal("Qualifies for GL-5 and GL-7 of the entry grades GL-5, GL-7, and GL-9; highest GL-7: Superior Academic Achievement with a bachelor's degree: overall GPA 2.95, 3.0 rounded (needed: 3.0).", words.Reason(saa));
        Assert.Equal("Qualifies for every entry grade (GL-5, GL-7, and GL-9) of the entry grades GL-5, GL-7, and GL-9; highest GL-9: a doctorate, which counts as a master's degree.", words.Reason(higher));
    }

    [Fact]
    public void EducationExperience_MilitaryPayGrade_SaysWhichGradeWasReadFromWhichTableAndThatItIsAGuide()
    {
        var rule = new EducationExperienceCheck(Rules.Requirement<EducationExperienceRequirement>("education-experience"), [new(PayPlan.GL, 5), new(PayPlan.GL, 7), new(PayPlan.GL, 9)]);
        var words = Writer.For(rule);
        var read = rule.Decide(new CandidateProfile { Experience = [new Experience { Months = 12, Specialized = true, MilitaryPayGrade = MilitaryPayGrade.Parse("O-2") }] }, Rules.Context());
        var unmapped = rule.Decide(new CandidateProfile { Experience = [new Experience { Months = 12, Specialized = true, MilitaryPayGrade = MilitaryPayGrade.Parse("O-7") }] }, Rules.Context());

        Assert.EndsWith(
            "The grade of military work was read from its military pay grade: O-2 as GS-8 (the table gives GS-8 to GS-9), the grade (the lowest of a range) that Naval History and Heritage Command, Navy Department Library's \"Comparison of Military and Civilian Equivalent Grades\" gives. "
            + "That table compares grades for protocol (identifying prisoners of war), not for qualification, and should be used only as a guide: the hiring office decides the grade of your experience (low confidence).",
            words.Reason(read),
            StringComparison.Ordinal);
        Assert.EndsWith("The data maps no GS grade for military pay grade O-7; state the GS-equivalent grade of that work instead.", words.Reason(unmapped), StringComparison.Ordinal);
        Assert.Contains("only a guide", Writer.Warnings(rule.Requirement as EducationExperienceRequirement ?? throw new InvalidOperationException())[read.Basis], StringComparison.Ordinal);
    }

    [Fact]
    public void EducationExperience_Combination_NamesEachShare()
    {
        var rule = new EducationExperienceCheck(Rules.Requirement<EducationExperienceRequirement>("education-experience"), [new(PayPlan.GS, 5)]);
        var finding = rule.Decide(new CandidateProfile { Education = [new Education { Level = EducationLevel.Associate, SemesterHours = 30 }], Experience = [new Experience { Months = 27, Specialized = false, Grade = 4 }] }, Rules.Context());

        Assert.EndsWith("a combination: 27 months of experience (75 % of 36 months) and 30 undergraduate semester hours (25 % of 120), 100 % in all (needed: 100 %).", Writer.For(rule).Reason(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void EducationExperience_Unknown_AsksForTheFieldsAndSaysWhatTheLowestGradeNeeds()
    {
        var rule = new EducationExperienceCheck(Rules.Requirement<EducationExperienceRequirement>("education-experience"), [new(PayPlan.GL, 5)]);
        var words = Writer.For(rule);
        var finding = rule.Decide(new CandidateProfile(), Rules.Context());

        Assert.StartsWith("Cannot decide: education and experience not stated, and no entry grade (GL-5) qualifies on what is stated (nothing stated).", words.Reason(finding), StringComparison.Ordinal);
        Assert.StartsWith("State education and experience; GL-5 needs a bachelor's degree (or a higher degree), 36 months of experience, 12 of them at grade 4 or higher, or a combination of experience (as a share of 36 months) and undergraduate semester hours (as a share of 120) adding up to 100 %.", words.Gap(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void EducationExperience_CompletionLater_TimeAloneFixesIt()
    {
        var rule = new EducationExperienceCheck(Rules.Requirement<EducationExperienceRequirement>("education-experience"), [new(PayPlan.GL, 5)]);
        var finding = rule.Decide(new CandidateProfile { Education = [new Education { Level = EducationLevel.Bachelors, Completed = new DateOnly(2026, 5, 20) }], Experience = [] }, Rules.Context());

        Assert.StartsWith("Time alone fixes this: an education entry completed on 2026-05-20 qualifies you.", Writer.For(rule).Gap(finding), StringComparison.Ordinal);
        Assert.Contains("(1 not completed by 2026-01-15)", Writer.For(rule).Reason(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void NeedsAt_GradeWithoutARow_Null()
    {
        var rule = new EducationExperienceCheck(Rules.Requirement<EducationExperienceRequirement>("education-experience"), [new(PayPlan.GS, 5)]);

        Assert.Null(Writer.For(rule).NeedsAt(new PayGrade(PayPlan.GS, 3)));
        Assert.StartsWith("GS-9 needs a master's degree (or a higher degree)", Writer.For(rule).NeedsAt(new PayGrade(PayPlan.GS, 9)), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfidenceWarning_OnlyLowSources_NamesThem()
    {
        Assert.Null(Writer.ConfidenceWarning("x", ["opm-admin-management-standard"]));
        Assert.Equal(
            "x: no source better than low confidence supports this (petersons-ins-deportation-officer); check before relying on it.",
            Writer.ConfidenceWarning("x", ["petersons-ins-deportation-officer", "petersons-ins-deportation-officer"]));
        Assert.Equal("x: no source better than low confidence supports this (no-such-source); check before relying on it.", Writer.ConfidenceWarning("x", ["no-such-source"]));
    }

    [Fact]
    public void Warnings_DatedRule_OnePerPeriodAfterTheRequirements()
    {
        var requirement = Rules.Requirement<AgeRequirement>("age-deportation-officer");

        var warnings = Writer.Warnings(requirement, "age", requirement.Periods.Periods);

        Assert.Equal(requirement.Periods.Periods.Count + 1, warnings.Length);
        Assert.Contains(warnings.Skip(1), w => w is not null && w.StartsWith("The age rule in force from 2025-08-06 for ", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_DatedRuleOnMediumSources_SaysMediumConfidence()
    {
        var requirement = Rules.Requirement<AgeRequirement>("age-criminal-investigator");

        var warnings = Writer.Warnings(requirement, "age", requirement.Periods.Periods);

        Assert.Contains(warnings.Skip(1), w => w is not null && w.Contains("age-criminal-investigator", StringComparison.Ordinal) && w.Contains("no source better than medium confidence", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleWarnings_LegacyRole_SaysIceNoLongerHiresAndNamesTheSuccessor()
    {
        var warnings = Writer.RoleWarnings(CareerCatalog.Default.GetRole("immigration-enforcement-agent"));

        Assert.StartsWith("'Immigration Enforcement Agent' (immigration-enforcement-agent) is a legacy role: ICE no longer hires under this title; see 'deportation-officer' instead.", warnings[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("intelligence-officer", "low")]
    [InlineData("intelligence-research-assistant", "low")]
    [InlineData("mission-support-specialist", "low")]
    [InlineData("program-manager", "medium")]
    public void RoleWarnings_RoleOnWeakSources_NamesTheRoleAndTheConfidence(string roleId, string confidence)
    {
        var warnings = Writer.RoleWarnings(CareerCatalog.Default.GetRole(roleId));

        Assert.Contains(warnings, w => w.Contains($"({roleId}) as a role ICE hires for: no source better than {confidence} confidence", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleWarnings_WellSourcedActiveRole_None() =>
        Assert.Empty(Writer.RoleWarnings(CareerCatalog.Default.GetRole("hsi-special-agent")));
}
