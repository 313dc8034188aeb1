using System.Reflection;

namespace IceCareers.Data;

/// <summary>One data file to load: its path relative to the data folder (forward slashes), its size and a way to open it.</summary>
internal sealed record DataFile(string Path, long Length, Func<Stream> Open)
{
    private const string ResourcePrefix = "IceCareers.Data.";
    private static readonly string[] Folders = ["roles", "requirements", "pipelines", "training", "pay"];

    /// <summary>The data embedded in this assembly (resource names <c>IceCareers.Data.&lt;folder&gt;.&lt;file&gt;</c>).</summary>
    public static IReadOnlyList<DataFile> FromAssembly(Assembly assembly)
    {
        // Ordinal order, so that the files (and the errors about them) come in the same order on every machine.
        var names = assembly.GetManifestResourceNames();
        Array.Sort(names, StringComparer.Ordinal);
        var files = new List<DataFile>();
        foreach (var name in names)
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var path = name[ResourcePrefix.Length..];
            foreach (var folder in Folders)
            {
                if (path.Length > folder.Length && path[folder.Length] == '.' && path.StartsWith(folder, StringComparison.Ordinal))
                {
                    path = folder + "/" + path[(folder.Length + 1)..];
                    break;
                }
            }

            using var probe = assembly.GetManifestResourceStream(name);
            var length = probe?.Length ?? 0;
            files.Add(new DataFile(path, length, () => assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing.")));
        }

        return files;
    }

    /// <summary>The YAML files of a data folder; files in unexpected places become errors rather than being ignored.</summary>
    public static IReadOnlyList<DataFile> FromDirectory(string directory, ICollection<CatalogError> errors)
    {
        var root = new DirectoryInfo(directory);
        var files = new List<DataFile>();
        foreach (var info in root.EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var path = System.IO.Path.GetRelativePath(root.FullName, info.FullName).Replace('\\', '/');
            var isYaml = info.Extension is ".yaml" or ".yml";
            if (!isYaml)
            {
                continue;
            }

            var folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.IndexOf('/', StringComparison.Ordinal)] : null;
            var expected = info.Extension == ".yaml" &&
                (folder is null
                    ? path is "version.yaml" or "sources.yaml"
                    : Folders.Contains(folder) && path.Count(c => c == '/') == 1);
            if (!expected)
            {
                errors.Add(new CatalogError(path, 1, 1,
                    "unexpected data file; the data folder holds version.yaml, sources.yaml and <folder>/<id>.yaml in roles/, requirements/, pipelines/ and training/, and pay/ (sources.yaml, schedules.yaml, localities.yaml, premiums.yaml)"));
                continue;
            }

            var full = info.FullName;
            files.Add(new DataFile(path, info.Length, () => File.OpenRead(full)));
        }

        return files;
    }
}
