using System.Text;
using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Authoring;

/// <summary>Hostile documents must end in a <see cref="CatalogLoadException"/> promptly, never in a crash or a hang.</summary>
public sealed class HostileYamlTests
{
    private const string Target = "roles/deportation-officer.yaml";

    public static TheoryData<string, string> Documents => new()
    {
        { "alias bomb", AliasBomb() },
        { "200-deep nesting", new string('[', 200) + new string(']', 200) + "\n" },
        { "200-deep block nesting", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', i * 2) + "k" + i + ":\n")) + new string(' ', 400) + "v\n" },
        { "2 MiB scalar", "id: deportation-officer\ntitle: " + new string('x', 2 * 1024 * 1024) + "\n" },
        { "tab indentation", "id: deportation-officer\nsummary:\n\ttext: x\n" },
        { "duplicate keys", "id: deportation-officer\nid: deportation-officer\n" },
        { "not a mapping", "- just\n- a list\n" },
        { "unterminated quote", "id: \"deportation-officer\ntitle: x\n" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task LoadDirectory_HostileDocument_ThrowsCatalogLoadExceptionNamingTheFile(string name, string document)
    {
        using var copy = new DataCopy();
        copy.Write(Target, document);

        var exception = await LoadAsync(copy);

        Assert.Contains(exception.Problems, e => e.File == Target && e.Line >= 1 && e.Column >= 1);
        Assert.False(string.IsNullOrWhiteSpace(name));
    }

    [Fact]
    public async Task LoadDirectory_ByteOrderMark_Refused()
    {
        using var copy = new DataCopy();
        copy.WriteBytes(Target, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(copy.Read(Target))]);

        var exception = await LoadAsync(copy);

        var error = Assert.Single(exception.Problems);
        Assert.Equal((Target, 1, 1), (error.File, error.Line, error.Column));
        Assert.Contains("byte-order mark", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadDirectory_InvalidUtf8_ReportsLineOfTheBadByte()
    {
        using var copy = new DataCopy();
        byte[] invalidSequence = [0xC3, 0x28];
        copy.WriteBytes(Target, [.. Encoding.UTF8.GetBytes("id: deportation-officer\ntitle: Deportation "), .. invalidSequence, .. Encoding.UTF8.GetBytes(" Officer\n")]);

        var exception = await LoadAsync(copy);

        var error = Assert.Single(exception.Problems);
        Assert.Equal((Target, 2), (error.File, error.Line));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadDirectory_OversizedFile_RefusedBeforeParsing()
    {
        using var copy = new DataCopy();
        copy.Write(Target, "# " + new string('x', 1024 * 1024) + "\n");

        var exception = await LoadAsync(copy);

        Assert.Contains("1 MiB", Assert.Single(exception.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadDirectory_TwoUnknownKeysInOneFile_BothReportedWithTheirLines()
    {
        using var copy = new DataCopy();
        var line = copy.LineOf(Target, "title:");
        copy.Replace(Target, "title: Deportation Officer\n", "title: Deportation Officer\ntitel: Typo\nsumary: Typo\n");

        var exception = await LoadAsync(copy);

        Assert.Equal(
            [(Target, line + 1, "$.titel: unknown key 'titel'"), (Target, line + 2, "$.sumary: unknown key 'sumary'")],
            exception.Problems.Select(e => (e.File, e.Line, e.Message)));
    }

    [Fact]
    public async Task LoadDirectory_FiveHundredUnknownKeys_StopsAfterTheLimitWithANote()
    {
        using var copy = new DataCopy();
        copy.Write(Target, "id: deportation-officer\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"unknown{i}: [1, {{a: 2}}]\n")));

        var exception = await LoadAsync(copy);

        var errors = exception.Problems.Where(e => e.File == Target).ToArray();
        Assert.Equal(21, errors.Length);
        Assert.All(errors[..20], e => Assert.Contains("unknown key", e.Message, StringComparison.Ordinal));
        Assert.Contains("stopped after 20 wrong keys", errors[20].Message, StringComparison.Ordinal);
    }

    private static async Task<CatalogLoadException> LoadAsync(DataCopy copy)
    {
        // A guard against hangs, not a performance assertion: a hostile file must be refused, not chewed on.
        var load = Task.Run(() => Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root)));
        return await load.WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static string AliasBomb()
    {
        var text = new StringBuilder("id: deportation-officer\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i < 9; i++)
        {
            var prev = (char)('a' + i - 1);
            var current = (char)('a' + i);
            text.Append(current).Append(": &").Append(current).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }

        return text.ToString();
    }
}
