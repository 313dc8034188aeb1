namespace IceCareers.Cli.Tests.TestSupport;

/// <summary>Files the tests read: the repository's data/ and this project's profile fixtures.</summary>
internal static class Paths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IceCareers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IceCareers.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => LazyRoot.Value;

    public static string DataDirectory => Path.Combine(RepositoryRoot, "data");

    /// <summary>A profile fixture from tests/IceCareers.Cli.Tests/Profiles (copied next to the test assembly).</summary>
    public static string Profile(string name) => Path.Combine(AppContext.BaseDirectory, "Profiles", name);
}
