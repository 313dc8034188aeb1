namespace IceCareers.Tests;

public sealed class CareerCatalogTests
{
    [Fact]
    public void Default_EmbeddedData_LoadsNineRoles()
    {
        var catalog = CareerCatalog.Default;

        Assert.Equal(9, catalog.Roles.Count);
    }
}
