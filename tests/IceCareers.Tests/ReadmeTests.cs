using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests;

public sealed class ReadmeTests
{
    [Fact]
    public void Readme_QuickStart_HoldsTheSampleVerbatim()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md")).ReplaceLineEndings("\n");
        var sample = File.ReadAllText(Repository.PathOf("samples", "IceCareers.QuickStart", "Program.cs")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + sample + "```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_Commands_NameTheTestCommandThatCiRuns()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var ci = File.ReadAllText(Repository.PathOf(".ci", "run"));

        Assert.Contains("dotnet test IceCareers.sln", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test IceCareers.sln", ci, StringComparison.Ordinal);
        Assert.Contains("SNAPSHOOTER_STRICT_MODE=true", ci, StringComparison.Ordinal);
    }
}
