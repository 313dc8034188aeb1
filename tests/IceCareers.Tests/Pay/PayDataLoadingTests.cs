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
    [InlineData("pay/localities.yaml", "    percent: 37.95", "    percent: 117.95", "0 to 100")]
    [InlineData("pay/localities.yaml", "    percent: 37.95\n    years: [2025, 2026]\n    basis: salary-table", "    percent: 37.95\n    years: [2025, 2026]", "basis")]
    [InlineData("pay/localities.yaml", "  - id: chicago-naperville", "  - id: Chicago Naperville", "kebab-case")]
    [InlineData("pay/localities.yaml", "  - id: chicago-naperville", "  - id: richmond", "already names area")]
    [InlineData("pay/localities.yaml", "    area: sacramento-roseville", "    area: sacramento", "unknown area 'sacramento'")]
    [InlineData("pay/localities.yaml", "notRead: [L001, L003,", "notRead: [L001, L002, L003,", "table L002 is in the data")]
    [InlineData("pay/duty-stations.yaml", "    area: chicago-naperville", "    area: chicago", "unknown locality pay area 'chicago'")]
    [InlineData("pay/schedules.yaml", "    year: 2026\n    from: 2026-01-11\n    firstGrade: 1", "    year: 2026\n    from: 2025-12-28\n    firstGrade: 1", "takes effect in 2026")]
    [InlineData("pay/schedules.yaml", "    levelV: 184900\n    levelVSources: [fedtools-ex-2026]", "    levelV: 184900", "levelVSources")]
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
