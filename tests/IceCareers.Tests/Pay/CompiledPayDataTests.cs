using IceCareers.Compensation;
using IceCareers.Compiled;
using IceCareers.Pay;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Pay;

/// <summary>The compiled catalog carries the pay data (section 8): what it reads is what the YAML says.</summary>
public sealed class CompiledPayDataTests
{
    private static readonly System.Reflection.Assembly Library = typeof(CareerCatalog).Assembly;

    [Fact]
    public void CompiledCatalog_PaySection_RoundTripsThePayDataOfTheYaml()
    {
        var fromYaml = CareerCatalog.LoadDirectory(Repository.DataDirectory);
        var compiled = CareerCatalog.FromStream(Library.GetManifestResourceStream(CompiledCatalog.ResourceName)!, CompiledCatalog.ResourceName);

        // Writing the catalog read back from the compiled file gives the same bytes as compiling the YAML: every pay
        // field (tables, areas, special rates, premiums, incentives, career rules, duty stations) survived the trip.
        Assert.Equal(Write(fromYaml), Write(compiled));
        Assert.Equal(fromYaml.PayData.Stations.Count, compiled.PayData.Stations.Count);
        Assert.Equal(24, compiled.PayData.Stations.Count);
    }

    [Fact]
    public void CompiledCatalog_DutyStations_AreThoseOfTheYaml()
    {
        var fromYaml = CareerCatalog.LoadDirectory(Repository.DataDirectory).PayData.Stations;
        var compiled = CareerCatalog.FromStream(Library.GetManifestResourceStream(CompiledCatalog.ResourceName)!, CompiledCatalog.ResourceName).PayData.Stations;

        Assert.Equal(fromYaml.Select(Describe), compiled.Select(Describe));
    }

    [Fact]
    public void Default_EstimateAtAFieldOfficeCity_ComesFromTheCompiledPayData()
    {
        var estimate = new PayEstimator(CareerCatalog.FromStream(Library.GetManifestResourceStream(CompiledCatalog.ResourceName)!, CompiledCatalog.ResourceName)).Estimate("deportation-officer", Roles.PayGrade.Parse("GL-7"), 1, "Newark", new DateOnly(2026, 6, 1));

        Assert.Equal("New York-Newark, NY-NJ-CT-PA", estimate.Locality);
        Assert.Contains("usajobs-551490600", estimate.Sources);
    }

    private static string Describe(DutyStation s) =>
        string.Join("|", s.Directorate, s.Office, s.City, s.State, s.LocalityArea, string.Join(",", s.Sources), s.Note);

    private static byte[] Write(CareerCatalog catalog)
    {
        using var stream = new MemoryStream();
        CompiledCatalogWriter.Write(catalog.Content, stream);
        return stream.ToArray();
    }
}
