using System.Text.Json;
using IceCareers.Serialization;
using Snapshooter.Xunit;

namespace IceCareers.Tests;

/// <summary>The whole catalog as the library's own JSON, so every data change is reviewed as a diff.</summary>
public sealed class CatalogSnapshotTests
{
    [Fact]
    public void Default_WholeCatalog_MatchesSnapshot()
    {
        var json = JsonSerializer.Serialize(CareerCatalog.Default, IceCareersJsonContext.Default.CareerCatalog);

        json.MatchSnapshot();
    }
}
