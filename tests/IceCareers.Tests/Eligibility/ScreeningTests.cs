using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Eligibility;

/// <summary>rules.md §2.1, §2.4 and §2.5: citizenship, driver's license and Selective Service.</summary>
public sealed class ScreeningTests
{
    private const string Hsi = "hsi-special-agent";

    [Theory]
    [InlineData(Citizenship.UsCitizen, Verdict.Met)]
    [InlineData(Citizenship.UsNational, Verdict.NotMet)]
    [InlineData(Citizenship.LawfulPermanentResident, Verdict.NotMet)]
    [InlineData(Citizenship.Other, Verdict.NotMet)]
    public void Evaluate_Citizenship_OnlyUsCitizenMeetsIt(Citizenship citizenship, Verdict expected)
    {
        foreach (var role in CareerCatalog.Default.Roles)
        {
            var report = Evaluation.Evaluate(new ProfileBuilder { Citizenship = citizenship }, role.Id);
            Assert.Equal(expected, report.Result("citizenship").Verdict);
            if (expected == Verdict.NotMet)
            {
                Assert.Equal(Outcome.Ineligible, report.Outcome);
            }
        }
    }

    [Fact]
    public void Evaluate_CitizenshipUnknown_UnknownAskingForIt()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { Citizenship = null }, Hsi);

        Assert.Equal(Verdict.Unknown, report.Result("citizenship").Verdict);
        Assert.Equal(["citizenship"], report.MissingInformation);
        Assert.Equal(Outcome.Incomplete, report.Outcome);
    }

    [Theory]
    [InlineData(true, Verdict.Met)]
    [InlineData(false, Verdict.NotMet)]
    [InlineData(null, Verdict.Unknown)]
    public void Evaluate_DriversLicense_RequiredForArmedRoles(bool? license, Verdict expected)
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { DriversLicense = license }, Hsi);

        Assert.Equal(expected, report.Result("drivers-license").Verdict);
        if (expected != Verdict.Met)
        {
            Assert.True(report.Gap("drivers-license").IsRemediable);
        }
    }

    [Fact]
    public void Evaluate_NoLicenseForNonLawEnforcementRole_NotAsked()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { DriversLicense = null }, "program-analyst");

        Assert.DoesNotContain(report.Results, r => r.RequirementId == "drivers-license");
    }

    [Theory]
    [InlineData("1960-01-01", Verdict.NotMet)]
    [InlineData("1959-12-31", Verdict.NotApplicable)]
    public void Evaluate_UnregisteredManAroundBirthDateCutoff_AppliesOnlyAfter1959(string dateOfBirth, Verdict expected)
    {
        var profile = new ProfileBuilder
        {
            DateOfBirth = DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture),
            SelectiveService = SelectiveServiceStatus.NotRegistered,
            Military = new Military { PreferenceEligible = true },
        };

        Assert.Equal(expected, Evaluation.ResultOf(profile, "program-analyst", "selective-service").Verdict);
    }

    [Theory]
    [InlineData(SelectiveServiceStatus.Registered, Verdict.Met)]
    [InlineData(SelectiveServiceStatus.Exempt, Verdict.Met)]
    [InlineData(SelectiveServiceStatus.NotRegistered, Verdict.NotMet)]
    [InlineData(null, Verdict.Unknown)]
    public void Evaluate_SelectiveServiceStatusOfMan_RegisteredOrExemptMeetsIt(SelectiveServiceStatus? status, Verdict expected)
    {
        Assert.Equal(expected, Evaluation.ResultOf(new ProfileBuilder { SelectiveService = status }, Hsi, "selective-service").Verdict);
    }

    [Theory]
    [InlineData(SelectiveServiceStatus.NotRegistered)]
    [InlineData(null)]
    public void Evaluate_Woman_SelectiveServiceNotApplicable(SelectiveServiceStatus? status)
    {
        Assert.Equal(Verdict.NotApplicable, Evaluation.ResultOf(new ProfileBuilder { Sex = Sex.Female, SelectiveService = status }, Hsi, "selective-service").Verdict);
    }

    [Fact]
    public void Evaluate_UnregisteredManUnder26_GapSaysRegisterBeforeThe26thBirthday()
    {
        var report = Evaluation.Evaluate(new ProfileBuilder { DateOfBirth = new DateOnly(2001, 3, 1), SelectiveService = SelectiveServiceStatus.NotRegistered }, Hsi);

        var gap = report.Gap("selective-service");
        Assert.True(gap.IsRemediable);
        Assert.Equal(Outcome.Ineligible, report.Outcome);
    }

    [Fact]
    public void Evaluate_UnregisteredManOver26_GapSaysShowFailureWasNotKnowingOrWilful()
    {
        var gap = Evaluation.Evaluate(new ProfileBuilder { DateOfBirth = new DateOnly(1990, 3, 1), SelectiveService = SelectiveServiceStatus.NotRegistered }, Hsi).Gap("selective-service");

        Assert.True(gap.IsRemediable);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Sex.Unspecified)]
    public void Evaluate_SexUnknownAndNotRegistered_UnknownAskingForSex(Sex? sex)
    {
        var result = Evaluation.ResultOf(new ProfileBuilder { Sex = sex, SelectiveService = SelectiveServiceStatus.NotRegistered }, Hsi, "selective-service");

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(["sex"], result.MissingInformation);
    }

    [Fact]
    public void Evaluate_SexUnknownButRegistered_Met()
    {
        Assert.Equal(Verdict.Met, Evaluation.ResultOf(new ProfileBuilder { Sex = null }, Hsi, "selective-service").Verdict);
    }

    [Fact]
    public void Evaluate_NothingKnownForSelectiveService_AsksForSexBirthDateAndStatus()
    {
        var result = Evaluation.ResultOf(ProfileBuilder.Empty(), Hsi, "selective-service");

        Assert.Equal(Verdict.Unknown, result.Verdict);
        Assert.Equal(["sex", "dateOfBirth", "selectiveService"], result.MissingInformation);
    }
}
