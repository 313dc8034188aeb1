using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Authoring;

public sealed class ShippedDataTests
{
    [Fact]
    public void ManifestResources_OnlyTheCompiledCatalog_NoYaml()
    {
        // The YAML is the package's data (data/ in the nupkg), not a resource: nothing at run time reads it unless asked.
        Assert.Equal(["IceCareers.Compiled.catalog.bin"], typeof(CareerCatalog).Assembly.GetManifestResourceNames());
    }

    [Fact]
    public void LoadDirectory_RepositoryData_EqualsCompiledDefault()
    {
        var fromDisk = CareerCatalog.LoadDirectory(Repository.DataDirectory);

        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(CareerCatalog.Default, IceCareers.Serialization.IceCareersJsonContext.Default.CareerCatalog),
            System.Text.Json.JsonSerializer.Serialize(fromDisk, IceCareers.Serialization.IceCareersJsonContext.Default.CareerCatalog));
    }
}
