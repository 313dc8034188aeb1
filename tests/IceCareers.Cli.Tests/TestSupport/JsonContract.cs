using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IceCareers.Cli.Tests.TestSupport;

/// <summary>The JSON contract: what the CLI prints reads back with the library's context and writes out the same.</summary>
internal static class JsonContract
{
    public static T AssertRoundTrips<T>(string printed, JsonTypeInfo<T> type)
    {
        Assert.EndsWith(Environment.NewLine, printed, StringComparison.Ordinal);
        var json = printed[..^Environment.NewLine.Length];
        var value = JsonSerializer.Deserialize(json, type);
        Assert.NotNull(value);
        Assert.Equal(json, JsonSerializer.Serialize(value, type));
        return value;
    }
}
