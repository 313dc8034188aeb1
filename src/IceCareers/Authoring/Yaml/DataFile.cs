using IceCareers.Diagnostics;

namespace IceCareers.Authoring.Yaml;

/// <summary>One data file to load: its path relative to the data folder (forward slashes), its size and a way to open it.</summary>
internal sealed record DataFile(string Path, long Length, Func<Stream> Open)
{
    /// <summary>How deep below the data folder the walk looks (the layout needs one level; deeper files are reported).</summary>
    private const int MaxDepth = 8;

    /// <summary>How many entries the walk lists before it stops, so that a huge folder cannot make loading unbounded.</summary>
    private const int MaxEntries = 10_000;

    private static readonly string[] Folders = ["roles", "requirements", "pipelines", "training", "pay"];

    /// <summary>
    /// The YAML files of a data folder; files in unexpected places become errors rather than being ignored. Links are
    /// not followed (a link to a folder could loop or lead outside the data folder): each one is named in an error.
    /// </summary>
    public static IReadOnlyList<DataFile> FromDirectory(string directory, ICollection<Problem> errors)
    {
        var root = new DirectoryInfo(directory);
        var found = new List<FileInfo>();
        Walk(root, root, 0, found, errors);
        var files = new List<DataFile>();
        foreach (var info in found.OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var path = Relative(root, info);
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
                errors.Add(Problem.InFile(path, 1, 1,
                    "unexpected data file; the data folder holds version.yaml, sources.yaml and <folder>/<id>.yaml in roles/, requirements/, pipelines/ and training/, and pay/ (sources.yaml, schedules.yaml, localities.yaml, premiums.yaml)"));
                continue;
            }

            var full = info.FullName;
            files.Add(new DataFile(path, info.Length, () => File.OpenRead(full)));
        }

        return files;
    }

    private static void Walk(DirectoryInfo root, DirectoryInfo directory, int depth, List<FileInfo> found, ICollection<Problem> errors)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var entry in directory.EnumerateFileSystemInfos("*", options).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Relative(root, entry);
            if (entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                errors.Add(Problem.InFile(path, 1, 1, (entry is DirectoryInfo ? "skipped: a link to a folder" : "skipped: a link to a file")
                    + "; links are not followed in a data folder (they could loop or lead outside it), so copy the data in instead"));
                continue;
            }

            if (entry is DirectoryInfo subdirectory)
            {
                if (depth + 1 >= MaxDepth)
                {
                    errors.Add(Problem.InFile(path, 1, 1, "skipped: folders nested this deep do not belong in a data folder"));
                    continue;
                }

                Walk(root, subdirectory, depth + 1, found, errors);
            }
            else if (entry is FileInfo file)
            {
                if (found.Count >= MaxEntries)
                {
                    errors.Add(Problem.InFile(path, 1, 1, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"skipped: the data folder holds more than {MaxEntries:N0} files")));
                    return;
                }

                found.Add(file);
            }
        }
    }

    private static string Relative(DirectoryInfo root, FileSystemInfo entry) =>
        System.IO.Path.GetRelativePath(root.FullName, entry.FullName).Replace('\\', '/');
}
