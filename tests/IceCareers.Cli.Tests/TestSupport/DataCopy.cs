namespace IceCareers.Cli.Tests.TestSupport;

/// <summary>A throw-away copy of the repository's data/ that a test may change or break; deleted on dispose.</summary>
internal sealed class DataCopy : IDisposable
{
    public DataCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "icecareers-cli-data-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Paths.DataDirectory, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(Paths.DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public void Write(string relative, string text) => File.WriteAllText(Path.Combine(Root, relative), text);

    /// <summary>Replaces the only occurrence of <paramref name="find"/>; fails loudly when it is missing or repeated.</summary>
    public void Replace(string relative, string find, string replacement)
    {
        var text = Read(relative);
        var first = text.IndexOf(find, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(find, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"'{find}' must occur exactly once in {relative}");
        }

        Write(relative, text[..first] + replacement + text[(first + find.Length)..]);
    }

    /// <summary>
    /// Breaks the copy in two places: a misspelt key (so a required one is missing) and an unknown key.
    /// </summary>
    public DataCopy Break()
    {
        Replace("roles/deportation-officer.yaml", "\ntitle: ", "\ntitel: ");
        Replace("roles/program-manager.yaml", "\nid: program-manager\n", "\nid: program-manager\nfavouriteColour: blue\n");
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
