using IceCareers.Candidates;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Vets;
using Conditions = IceCareers.HiringPaths.Rules.Honorable;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// The discharge as the rules read it (<see cref="DischargeFacts"/>, docs/rules.md §4.1): the character of a discharge
/// (5 U.S.C. 2108: "under honorable conditions"), and for a member still serving the certification of 5 U.S.C. 2108a.
/// </summary>
public sealed class DischargeFactsTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static Military Discharged(DischargeCharacter? character, DischargeReason? reason = DischargeReason.Other) => new()
    {
        Periods = [Active(D(2018, 1, 1), D(2022, 1, 1))],
        Discharge = new Discharge { Character = character, Date = D(2022, 1, 1), Reason = reason },
    };

    private static Military Serving(DateOnly? release) => new()
    {
        Periods = [Active(D(2018, 1, 1), null)],
        ExpectedRelease = release,
        Discharge = new Discharge { Character = DischargeCharacter.Honorable, Date = D(2019, 1, 1), Reason = DischargeReason.Hardship },
    };

    // 5-usc-2108, opm-vet-guide: honorable or general is under honorable conditions; an uncharacterized separation is the agency's to decide.
    [Theory]
    [InlineData(DischargeCharacter.Honorable, Conditions.Yes)]
    [InlineData(DischargeCharacter.General, Conditions.Yes)]
    [InlineData(DischargeCharacter.OtherThanHonorable, Conditions.No)]
    [InlineData(DischargeCharacter.BadConduct, Conditions.No)]
    [InlineData(DischargeCharacter.Dishonorable, Conditions.No)]
    [InlineData(DischargeCharacter.Uncharacterized, Conditions.Adjudicated)]
    [InlineData(null, Conditions.Unknown)]
    public void Of_Discharged_CharacterDecides(DischargeCharacter? character, object expected)
    {
        var facts = RuleFacts.Discharge(Discharged(character), AsOf);

        Assert.Equal(new DischargeFacts(false, (Conditions)expected, character, D(2022, 1, 1), DischargeReason.Other, false, null, false), facts);
    }

    [Fact]
    public void Of_NoMilitary_UnknownNotServing()
    {
        Assert.Equal(new DischargeFacts(false, Conditions.Unknown, null, null, null, false, null, false), RuleFacts.Discharge(null, AsOf));
    }

    [Fact]
    public void Of_ServiceWithoutDischarge_UnknownNotServing()
    {
        var facts = RuleFacts.Discharge(new Military { Periods = [Active(D(2018, 1, 1), D(2022, 1, 1))] }, AsOf);

        Assert.Equal(new DischargeFacts(false, Conditions.Unknown, null, null, null, false, null, false), facts);
    }

    [Fact]
    public void Of_ServingWithoutRelease_UnknownNoDate()
    {
        var facts = RuleFacts.Discharge(Serving(null), AsOf);

        Assert.Equal(new DischargeFacts(true, Conditions.Unknown, null, null, DischargeReason.Hardship, false, null, false), facts);
    }

    [Fact]
    public void Of_ServingReleasePassed_UnknownReleasePassed()
    {
        var facts = RuleFacts.Discharge(Serving(D(2026, 2, 28)), AsOf);

        Assert.Equal(new DischargeFacts(true, Conditions.Unknown, null, D(2026, 2, 28), DischargeReason.Hardship, false, null, true), facts);
    }

    // 5-usc-2108a: a certification of discharge under honorable conditions "not later than 120 days after" it is submitted
    // (the as-of date): a release on the day itself, or 120 days on, is certifiable; 121 days on is not yet, and becomes
    // certifiable 120 days before the release.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(120)]
    public void Of_ServingReleaseWithinTheCertificationDays_CertifiedUnderHonorableConditions(int days)
    {
        var release = AsOf.AddDays(days);

        var facts = RuleFacts.Discharge(Serving(release), AsOf);

        Assert.Equal(new DischargeFacts(true, Conditions.Yes, null, release, DischargeReason.Hardship, true, null, false), facts);
    }

    [Fact]
    public void Of_ServingRelease121DaysAway_NotYetCertifiable()
    {
        var release = AsOf.AddDays(121);

        var facts = RuleFacts.Discharge(Serving(release), AsOf);

        Assert.Equal(new DischargeFacts(true, Conditions.Unknown, null, release, DischargeReason.Hardship, false, AsOf.AddDays(1), false), facts);
    }
}
