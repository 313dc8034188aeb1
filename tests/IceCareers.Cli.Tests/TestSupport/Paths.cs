using IceCareers.Tests.TestSupport;

namespace IceCareers.Cli.Tests.TestSupport;

/// <summary>Files the tests read: the repository's data/ and this project's profile fixtures.</summary>
internal static class Paths
{
    public static string DataDirectory => Repository.DataDirectory;

    /// <summary>A profile fixture from tests/IceCareers.Cli.Tests/Profiles (copied next to the test assembly).</summary>
    public static string Profile(string name) => Path.Combine(AppContext.BaseDirectory, "Profiles", name);

    /// <summary>Breaks a data copy in two places: a misspelt key (so a required one is missing) and an unknown key.</summary>
    public static DataCopy Break(this DataCopy copy)
    {
        copy.Replace("roles/deportation-officer.yaml", "\ntitle: ", "\ntitel: ");
        copy.Replace("roles/program-manager.yaml", "\nid: program-manager\n", "\nid: program-manager\nfavouriteColour: blue\n");
        return copy;
    }
}
