namespace IceCareers.Tests.TestSupport;

/// <summary>Finds files of the repository the tests were built from.</summary>
internal static class Repository
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

    public static string Root => LazyRoot.Value;

    public static string DataDirectory => Path.Combine(Root, "data");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);
}
