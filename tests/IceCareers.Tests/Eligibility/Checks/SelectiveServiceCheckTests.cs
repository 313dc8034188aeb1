using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Checks;
using IceCareers.Requirements;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>rules.md §2.5 (5 U.S.C. 3328: men born after 1959-12-31), decided by the rule alone.</summary>
public sealed class SelectiveServiceCheckTests
{
    private static readonly SelectiveServiceCheck Rule = new(Rules.Requirement<SelectiveServiceRequirement>("selective-service"));

    private static SelectiveServiceFinding Decide(Sex? sex, DateOnly? born, SelectiveServiceStatus? status, DateOnly? asOf = null) =>
        Rule.Decide(new CandidateProfile { Sex = sex, DateOfBirth = born, SelectiveService = status }, Rules.Context(asOf));

    [Fact]
    public void Decide_Woman_NotApplicable()
    {
        var finding = Decide(Sex.Female, new DateOnly(2000, 1, 1), null);

        Assert.Equal((Verdict.NotApplicable, SelectiveServiceCase.OtherSex), (finding.Verdict, finding.Case));
    }

    [Theory]
    [InlineData("1959-12-31", Verdict.NotApplicable)]
    [InlineData("1960-01-01", Verdict.Unknown)]
    public void Decide_ManBornAroundTheDate_AppliesOnlyAfterIt(string born, Verdict expected)
    {
        var finding = Decide(Sex.Male, DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), null);

        Assert.Equal(expected, finding.Verdict);
    }

    [Theory]
    [InlineData(SelectiveServiceStatus.Registered)]
    [InlineData(SelectiveServiceStatus.Exempt)]
    public void Decide_RegisteredOrExempt_MetEvenWhenApplicabilityIsUnknown(SelectiveServiceStatus status)
    {
        var finding = Decide(null, null, status);

        var expected = status == SelectiveServiceStatus.Registered ? SelectiveServiceCase.Registered : SelectiveServiceCase.Exempt;
        Assert.Equal((Verdict.Met, expected), (finding.Verdict, finding.Case));
    }

    [Theory]
    [InlineData("2026-01-14", false)]
    [InlineData("2026-01-15", true)]
    public void Decide_ManNotRegistered_NotMetWithTheDeadlineBirthday(string asOf, bool passed)
    {
        var finding = Decide(Sex.Male, new DateOnly(2000, 1, 15), SelectiveServiceStatus.NotRegistered, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Verdict.NotMet, finding.Verdict);
        Assert.Equal(new DateOnly(2026, 1, 15), finding.Deadline);
        Assert.Equal(passed, finding.DeadlinePassed);
        Assert.True(finding.Remediable);
    }

    [Fact]
    public void Decide_ManWithoutStatus_UnknownAskingForTheStatus()
    {
        var finding = Decide(Sex.Male, new DateOnly(2000, 1, 1), null);

        Assert.Equal(SelectiveServiceCase.StatusUnknown, finding.Case);
        Assert.Equal(["selectiveService"], Rules.Paths(finding.Unknown));
    }

    [Theory]
    [InlineData(null, null, null, new[] { "sex", "dateOfBirth", "selectiveService" })]
    [InlineData(Sex.Male, null, null, new[] { "dateOfBirth", "selectiveService" })]
    [InlineData(null, "2000-01-01", SelectiveServiceStatus.NotRegistered, new[] { "sex" })]
    [InlineData(Sex.Unspecified, "2000-01-01", null, new[] { "sex", "selectiveService" })]
    public void Decide_ApplicabilityUnknown_AsksForWhatDecidesIt(Sex? sex, string? born, SelectiveServiceStatus? status, string[] expected)
    {
        var finding = Decide(sex, born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), status);

        Assert.Equal((Verdict.Unknown, SelectiveServiceCase.Undetermined), (finding.Verdict, finding.Case));
        Assert.Equal(expected, Rules.Paths(finding.Unknown));
    }
}
