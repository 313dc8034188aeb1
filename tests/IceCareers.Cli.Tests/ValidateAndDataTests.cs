using IceCareers.Cli.Tests.TestSupport;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Cli.Tests;

/// <summary>validate DIR, and --data DIR on every command, with a good and a broken copy of data/.</summary>
public sealed class ValidateAndDataTests
{
    [Fact]
    public void Validate_TheRepositoryData_ExitsZeroWithASummary()
    {
        var catalog = CareerCatalog.Default;

        var result = Icecareers.Wide("validate", Paths.DataDirectory);

        var line = Assert.Single(result.OutLines, l => l.Length > 0);
        Assert.StartsWith($"{Paths.DataDirectory}: valid — data {catalog.Version}", line, StringComparison.Ordinal);
        Assert.Contains($"{catalog.Roles.Count} roles", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenCopy_ExitsTwoListingEveryCatalogErrorAsFileLineColumn()
    {
        using var data = new DataCopy().Break();
        var expected = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root)).Problems;

        var result = Icecareers.Bad("validate", data.Root);

        Assert.Equal(expected.Select(e => e.ToString()), result.ErrLines);
        Assert.All(result.ErrLines, line => Assert.Matches(@"^[^:]+:\d+:\d+: .+$", line));
        Assert.Contains(result.ErrLines, l => l.StartsWith("roles/deportation-officer.yaml:", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, l => l.StartsWith("roles/program-manager.yaml:", StringComparison.Ordinal) && l.Contains("favouriteColour", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_MissingFolder_ExitsTwo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "icecareers-no-such-folder-" + Guid.NewGuid().ToString("N"));

        Assert.Equal($"{missing}:1:1: the data folder does not exist", Assert.Single(Icecareers.Bad("validate", missing).ErrLines));
    }

    [Fact]
    public void Validate_NoFolder_ExitsTwo() => Icecareers.Bad("validate");

    [Fact]
    public void DataOption_GoodCopy_IsTheCatalogTheCommandsRead()
    {
        using var data = new DataCopy();
        data.Replace("roles/program-manager.yaml", "\ntitle: Program Manager\n", "\ntitle: Program Manager (from the copy)\n");

        Assert.Contains("Program Manager (from the copy)", Icecareers.Ok("roles", "--data", data.Root).Out, StringComparison.Ordinal);
        Assert.Contains("Program Manager (from the copy)", Icecareers.Ok("role", "program-manager", "--data", data.Root).Out, StringComparison.Ordinal);
        Assert.Contains("Program Manager (from the copy)", Icecareers.Ok("--data", data.Root, "check", "--profile", Paths.Profile("graduate.yaml"), "--all").Out, StringComparison.Ordinal);
        Assert.Contains("Program Manager (from the copy)", Icecareers.Ok("export", "--data", data.Root).Out, StringComparison.Ordinal);
        Assert.Contains("Program Manager (from the copy)", Icecareers.Ok("export", "--format", "jsonld", "--data", data.Root).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(from the copy)", Icecareers.Ok("roles").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("roles")]
    [InlineData("role", "hsi-special-agent")]
    [InlineData("check", "--profile", "graduate.yaml", "--all")]
    [InlineData("pipeline", "hsi-special-agent")]
    [InlineData("training", "hsi-special-agent")]
    [InlineData("export")]
    [InlineData("export", "--format", "jsonld")]
    public void DataOption_BrokenCopy_ExitsTwoWithOneLinePerCatalogError(params string[] args)
    {
        using var data = new DataCopy().Break();
        var expected = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root)).Problems;
        var line = args.Select(a => a.EndsWith(".yaml", StringComparison.Ordinal) ? Paths.Profile(a) : a).Concat(["--data", data.Root]).ToArray();

        var result = Icecareers.Bad(line);

        Assert.Equal(expected.Select(e => e.ToString()), result.ErrLines);
    }

    [Fact]
    public void DataOption_MissingFolder_ExitsTwo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "icecareers-no-such-folder-" + Guid.NewGuid().ToString("N"));

        Assert.Equal($"{missing}:1:1: the data folder does not exist", Assert.Single(Icecareers.Bad("roles", "--data", missing).ErrLines));
    }
}
