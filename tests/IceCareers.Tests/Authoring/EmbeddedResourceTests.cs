using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Authoring;

public sealed class EmbeddedResourceTests
{
    [Fact]
    public void ManifestResources_EveryDataFile_EmbeddedUnderItsDesignedName()
    {
        var expected = Directory.EnumerateFiles(Repository.DataDirectory, "*.yaml", SearchOption.AllDirectories)
            .Select(f => "IceCareers.Data." + Path.GetRelativePath(Repository.DataDirectory, f).Replace('\\', '.').Replace('/', '.'))
            .Order(StringComparer.Ordinal);

        var actual = typeof(CareerCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("IceCareers.Data.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void LoadDirectory_RepositoryData_EqualsEmbeddedDefault()
    {
        var fromDisk = CareerCatalog.LoadDirectory(Repository.DataDirectory);

        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(CareerCatalog.Default, IceCareers.Serialization.IceCareersJsonContext.Default.CareerCatalog),
            System.Text.Json.JsonSerializer.Serialize(fromDisk, IceCareers.Serialization.IceCareersJsonContext.Default.CareerCatalog));
    }
}
