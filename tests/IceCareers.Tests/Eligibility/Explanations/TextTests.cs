using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Eligibility.Explanations;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Tests.Eligibility.Explanations;

/// <summary>
/// The shared words of the explanation writer (<see cref="Text"/>): every word of every table, and the number, date and
/// list forms. Wording is asserted here and in <see cref="ExplanationWriterTests"/> only; the golden reports reach just
/// the words their profiles happen to need.
/// </summary>
public sealed class TextTests
{
    [Theory]
    [InlineData(1, "1st")]
    [InlineData(2, "2nd")]
    [InlineData(3, "3rd")]
    [InlineData(4, "4th")]
    [InlineData(11, "11th")]
    [InlineData(12, "12th")]
    [InlineData(13, "13th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(23, "23rd")]
    [InlineData(37, "37th")]
    [InlineData(111, "111th")]
    [InlineData(112, "112th")]
    [InlineData(113, "113th")]
    [InlineData(101, "101st")]
    public void Ordinal_Number_EnglishSuffix(int n, string expected) => Assert.Equal(expected, Text.Ordinal(n));

    [Theory]
    [InlineData("47.73", "47.73 s")]
    [InlineData("59.99", "59.99 s")]
    [InlineData("60", "1:00")]
    [InlineData("61.5", "1:01.5")]
    [InlineData("754", "12:34")]
    public void Seconds_AboveAndBelowAMinute_SecondsOrMinutes(string seconds, string expected) =>
        Assert.Equal(expected, Text.Seconds(decimal.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Number_DecimalsAndIntegers_InvariantAtMostTwoPlaces()
    {
        Assert.Equal("1234.5", Text.Number(1234.50m));
        Assert.Equal("0.33", Text.Number(1m / 3));
        Assert.Equal("-7", Text.Number(-7));
        Assert.Equal("2026-01-05", Text.Date(new DateOnly(2026, 1, 5)));
    }

    [Fact]
    public void When_EachKindOfInterval_ItsWords()
    {
        DateOnly from = new(2025, 8, 6), to = new(2026, 1, 1);

        Assert.Equal("in force on every date", Text.When(new Effective(null, null)));
        Assert.Equal("in force until 2026-01-01", Text.When(new Effective(null, to)));
        Assert.Equal("in force from 2025-08-06", Text.When(new Effective(from, null)));
        Assert.Equal("in force from 2025-08-06 to 2026-01-01", Text.When(new Effective(from, to)));
    }

    [Fact]
    public void Join_ZeroToThreeItems_CommasAndTheLastWord()
    {
        Assert.Equal("", Text.Join(Array.Empty<string>()));
        Assert.Equal("a", Text.Join(new[] { "a" }));
        Assert.Equal("a or b", Text.Join(new[] { "a", "b" }));
        Assert.Equal("a, b, and c", Text.Join(new[] { "a", "b", "c" }, "and"));
        Assert.Equal("a, b, c, or d", Text.Join(new List<string> { "a", "b", "c", "d" }.Select(x => x)));
    }

    [Fact]
    public void NamesHasGrades_Lists_ItemByItem()
    {
        Assert.Equal(["felony", "misdemeanor"], Text.Names(new[] { ConvictionCategory.Felony, ConvictionCategory.Misdemeanor }, Text.Conviction));
        Assert.True(Text.Has(new[] { FitnessEvent.SitUps, FitnessEvent.PushUps }, FitnessEvent.PushUps));
        Assert.False(Text.Has(new[] { FitnessEvent.SitUps }, FitnessEvent.PushUps));
        Assert.False(Text.Has(Array.Empty<FitnessEvent>(), FitnessEvent.PushUps));
        Assert.Equal(["GS-5", "GL-7"], Text.Grades(new[] { PayGrade.Parse("GS-5"), PayGrade.Parse("GL-7") }));
    }

    [Fact]
    public void WordTables_EveryValue_ItsWord()
    {
        Assert.Equal(["high", "medium", "low"], new[] { Confidence.High, Confidence.Medium, Confidence.Low }.Select(Text.Confidence));
        Assert.Equal(
            ["high-school diploma", "associate degree", "bachelor's degree", "graduate study", "master's degree", "professional degree", "doctorate"],
            Enum.GetValues<EducationLevel>().Select(Text.Level));
        Assert.Equal(
            ["U.S. citizen", "U.S. national", "lawful permanent resident", "another status"],
            new[] { Citizenship.UsCitizen, Citizenship.UsNational, Citizenship.LawfulPermanentResident, Citizenship.Other }.Select(Text.Citizenship));
        Assert.Equal(
            ["felony", "misdemeanor", "misdemeanor crime of domestic violence"],
            new[] { ConvictionCategory.Felony, ConvictionCategory.Misdemeanor, ConvictionCategory.DomesticViolenceMisdemeanor }.Select(Text.Conviction));
        Assert.Equal(["men", "women", "people"], new[] { Sex.Male, Sex.Female, Sex.Unspecified }.Select(Text.Sex));
        Assert.Equal(
            ["elementary", "limited working", "professional", "native or bilingual"],
            new[] { LanguageProficiency.Elementary, LanguageProficiency.LimitedWorking, LanguageProficiency.Professional, LanguageProficiency.Native }.Select(Text.Proficiency));
        Assert.Equal(
            ["sit-ups", "push-ups", "220-yard sprint", "1.5-mile run"],
            new[] { FitnessEvent.SitUps, FitnessEvent.PushUps, FitnessEvent.Sprint220Yards, FitnessEvent.Run1_5Miles }.Select(Text.Event));
        Assert.Equal(["strict", "suitability"], new[] { ScreeningPolicy.Strict, ScreeningPolicy.Suitability }.Select(Text.Policy));
        Assert.Equal(
            ["disqualifies", "goes to an adjudicator for review", "does not count against the candidate"],
            new[] { HistoryResponse.Disqualifies, HistoryResponse.NeedsReview, HistoryResponse.Acceptable }.Select(Text.Response));
        Assert.Equal(
            ["preference-eligible veteran", "prior federal law-enforcement service under special (6(c)) retirement"],
            new[] { AgeWaiver.PreferenceEligibleVeteran, AgeWaiver.PriorFederalLawEnforcement }.Select(Text.Waiver));
    }
}
