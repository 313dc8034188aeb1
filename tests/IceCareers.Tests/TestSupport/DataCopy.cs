namespace IceCareers.Tests.TestSupport;

/// <summary>A throw-away copy of data/ that a test may break; deleted on dispose.</summary>
internal sealed class DataCopy : IDisposable
{
    public DataCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "icecareers-data-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Repository.DataDirectory, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, Path.GetRelativePath(Repository.DataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

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

    /// <summary>The 1-based line on which <paramref name="find"/> starts in the (possibly modified) file.</summary>
    public int LineOf(string relative, string find)
    {
        var text = Read(relative);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{find}' not found in {relative}");
        }

        return text[..index].Count(c => c == '\n') + 1;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
