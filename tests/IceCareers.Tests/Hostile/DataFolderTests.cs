using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Hostile;

/// <summary>Issue 12: data folders are read without following links, and successor loops are refused.</summary>
public sealed class DataFolderTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public void LoadDirectory_FolderLinkThatLoops_SkippedAndNamed()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // creating links needs privileges on Windows
        }

        using var data = new DataCopy();
        Directory.CreateSymbolicLink(data.PathOf("training/again"), data.Root);

        var error = Guarded(() => Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("training/again", problem.File);
        Assert.Contains("link to a folder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_FileLinkLeadingOutside_SkippedAndNamed()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // creating links needs privileges on Windows
        }

        using var data = new DataCopy();
        var outside = Path.Combine(Path.GetTempPath(), "icecareers-outside-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(outside, "id: outside\n");
        try
        {
            File.CreateSymbolicLink(data.PathOf("roles/outside.yaml"), outside);

            var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root));

            Assert.Contains(error.Problems, e => e.File == "roles/outside.yaml" && e.Message.Contains("link to a file", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Theory]
    [InlineData("immigration-enforcement-agent")]
    public void LoadDirectory_LegacyRoleNamingItself_RefusedAsALoop(string self)
    {
        using var data = new DataCopy();
        data.Replace($"roles/{self}.yaml", "successor: deportation-officer", $"successor: {self}");

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root));

        Assert.Contains(error.Problems, e => e.File == $"roles/{self}.yaml" && e.Message.Contains($"loop ({self} → {self})", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_ThreeLegacyRolesInARing_RefusedOnceNamingTheRing()
    {
        using var data = new DataCopy();
        data.Replace("roles/immigration-enforcement-agent.yaml", "successor: deportation-officer", "successor: program-analyst");
        MakeLegacy(data, "program-analyst", "program-manager");
        MakeLegacy(data, "program-manager", "immigration-enforcement-agent");

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root));

        var loop = Assert.Single(error.Problems, e => e.Message.Contains("loop", StringComparison.Ordinal));
        Assert.Contains("immigration-enforcement-agent → program-analyst → program-manager → immigration-enforcement-agent", loop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_TwoLegacyRolesNamingEachOther_Refused()
    {
        using var data = new DataCopy();
        data.Replace("roles/immigration-enforcement-agent.yaml", "successor: deportation-officer", "successor: program-analyst");
        MakeLegacy(data, "program-analyst", "immigration-enforcement-agent");

        var error = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(data.Root));

        Assert.Single(error.Problems, e => e.Message.Contains("successors form a loop", StringComparison.Ordinal));
    }

    private static void MakeLegacy(DataCopy data, string id, string successor)
    {
        var file = $"roles/{id}.yaml";
        var text = data.Read(file);
        var status = text.IndexOf("\nstatus:", StringComparison.Ordinal);
        Assert.True(status >= 0, $"{file} has a status block");
        var end = text.IndexOf("\n  sources:", status, StringComparison.Ordinal);
        data.Write(file, text[..status] + $"\nstatus:\n  value: legacy\n  successor: {successor}" + text[end..]);
    }

    private static T Guarded<T>(Func<T> action)
    {
        var task = Task.Run(action);
        Assert.True(task.Wait(HangGuard), "hang guard: the loader did not end");
        return task.Result;
    }
}
