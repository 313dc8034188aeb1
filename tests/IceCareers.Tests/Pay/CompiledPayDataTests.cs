using IceCareers.Authoring;
using IceCareers.Compensation;
using IceCareers.Compiled;
using IceCareers.Pay;

namespace IceCareers.Tests.Pay;

/// <summary>The compiled catalog carries the pay data (section 8): what it reads is what the YAML says.</summary>
public sealed class CompiledPayDataTests
{
    private static readonly System.Reflection.Assembly Library = typeof(CareerCatalog).Assembly;

    [Fact]
    public void CompiledCatalog_PaySection_RoundTripsThePayDataOfTheYaml()
    {
        var fromYaml = CatalogReader.Read(DataFile.FromAssembly(Library));
        var compiled = CompiledCatalog.Load(Library);

        // Writing the catalog read back from the compiled file gives the same bytes as compiling the YAML: every pay
        // field (tables, areas, special rates, premiums, incentives, career rules, duty stations) survived the trip.
        Assert.Equal(Write(fromYaml), Write(compiled));
        Assert.Equal(fromYaml.PayData.Stations.Count, compiled.PayData.Stations.Count);
        Assert.Equal(24, compiled.PayData.Stations.Count);
    }

    [Fact]
    public void CompiledCatalog_DutyStations_AreThoseOfTheYaml()
    {
        var fromYaml = CatalogReader.Read(DataFile.FromAssembly(Library)).PayData.Stations;
        var compiled = CompiledCatalog.Load(Library).PayData.Stations;

        Assert.Equal(fromYaml.Select(Describe), compiled.Select(Describe));
    }

    [Fact]
    public void Default_EstimateAtAFieldOfficeCity_ComesFromTheCompiledPayData()
    {
        var estimate = new PayEstimator(CompiledCatalog.Load(Library)).Estimate("deportation-officer", Roles.PayGrade.Parse("GL-7"), 1, "Newark", new DateOnly(2026, 6, 1));

        Assert.Equal("New York-Newark, NY-NJ-CT-PA", estimate.Locality);
        Assert.Contains("usajobs-551490600", estimate.Sources);
    }

    private static string Describe(DutyStation s) =>
        string.Join("|", s.Directorate, s.Office, s.City, s.State, s.LocalityArea, string.Join(",", s.Sources), s.Note);

    private static byte[] Write(CareerCatalog catalog)
    {
        using var stream = new MemoryStream();
        CompiledCatalogWriter.Write(catalog, stream);
        return stream.ToArray();
    }
}
