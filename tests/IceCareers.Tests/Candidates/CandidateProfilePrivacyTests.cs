using IceCareers.Candidates;

namespace IceCareers.Tests.Candidates;

public sealed class CandidateProfilePrivacyTests
{
    private static readonly CandidateProfile WithRecord = new()
    {
        DateOfBirth = new DateOnly(1996, 4, 12),
        Citizenship = Citizenship.UsCitizen,
        Education = [new Education { Level = EducationLevel.Bachelors }],
        History = new History
        {
            Convictions = [new Conviction { Category = ConvictionCategory.DomesticViolenceMisdemeanor, Date = new DateOnly(2012, 3, 1) }],
            DrugUse = [new DrugUse { Substance = "marijuana", LastUse = new DateOnly(2014, 6, 1) }],
        },
    };

    [Fact]
    public void ToString_ProfileWithRecord_RevealsNoConvictionOrDrugUse()
    {
        var text = WithRecord.ToString();

        foreach (var secret in new[] { "domestic", "violence", "misdemeanor", "felony", "marijuana", "2012", "2014", "conviction", "drug", "1996" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("history given (details withheld)", text, StringComparison.Ordinal);
        Assert.Contains("education: 1 entry", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_HistoryParts_RevealNothing()
    {
        var history = WithRecord.History!;

        Assert.Equal("history (details withheld)", history.ToString());
        Assert.Equal("conviction (details withheld)", history.Convictions![0].ToString());
        Assert.Equal("drug use (details withheld)", history.DrugUse![0].ToString());
    }

    [Fact]
    public void ToString_UnknownParts_SaySo()
    {
        var text = new CandidateProfile().ToString();

        Assert.Contains("history unknown", text, StringComparison.Ordinal);
        Assert.Contains("education: unknown", text, StringComparison.Ordinal);
    }
}
