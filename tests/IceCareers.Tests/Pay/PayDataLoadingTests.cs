using IceCareers.Pay;
using IceCareers.Roles;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Pay;

/// <summary>data/pay/ read from a folder: eagerly by LoadDirectory, every problem reported with its file and position.</summary>
public sealed class PayDataLoadingTests
{
    [Fact]
    public void LoadDirectory_RepositoryData_EstimatesLikeTheEmbeddedDefault()
    {
        var fromDisk = CareerCatalog.LoadDirectory(Repository.DataDirectory);
        var date = new DateOnly(2026, 3, 1);

        Assert.Equal(
            new PayEstimator(CareerCatalog.Default).Estimate("deportation-officer", PayGrade.Parse("GL-9"), 3, "Boston", date).ToString(),
            new PayEstimator(fromDisk).Estimate("deportation-officer", PayGrade.Parse("GL-9"), 3, "Boston", date).ToString());
    }

    [Theory]
    [InlineData("pay/schedules.yaml", "  - year: 2026\n    amount: 197200", "  - year: 2026\n    amont: 197200", "amont")]
    [InlineData("pay/localities.yaml", "    percent: 17.06", "    percent: 117.06", "0 to 100")]
    [InlineData("pay/premiums.yaml", "  - role: deportation-officer\n    kind: auo", "  - role: deportation-officer\n    kind: overtime", "'overtime'")]
    [InlineData("pay/premiums.yaml", "    sources: [5-usc-5545a]", "    sources: [no-such-source]", "no-such-source")]
    [InlineData("pay/careers.yaml", "    grades: [GS-7, GS-9, GS-11, GS-12]\n    sources: [editorial-career-ladders]\n  - role: program-manager", "    grades: [GS-7, GS-9, GS-11]\n    sources: [editorial-career-ladders]\n  - role: program-manager", "full-performance")]
    public void LoadDirectory_BrokenPayFile_ThrowsNamingTheFile(string file, string find, string replacement, string expected)
    {
        using var copy = new DataCopy();
        copy.Replace(file, find, replacement);

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root));

        Assert.Contains(error.Problems, e => e.File == file && e.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_UnexpectedPayFile_IsAnError()
    {
        using var copy = new DataCopy();
        copy.Write("pay/extra.yaml", "x: 1\n");

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root));

        Assert.Contains(error.Problems, e => e.File == "pay/extra.yaml");
    }

    [Fact]
    public void LoadDirectory_WithoutPayFolder_EstimatesFailNamingTheMissingData()
    {
        using var copy = new DataCopy();
        Directory.Delete(copy.PathOf("pay"), recursive: true);

        var catalog = CareerCatalog.LoadDirectory(copy.Root);
        var error = Assert.ThrowsAny<ArgumentException>(() => new PayEstimator(catalog).Estimate("program-analyst", PayGrade.Parse("GS-9"), 1, "Rest of U.S.", new DateOnly(2026, 1, 15)));

        Assert.Contains("pay", error.Message, StringComparison.Ordinal);
    }
}
