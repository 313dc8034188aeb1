using IceCareers.Tests.TestSupport;

namespace IceCareers.Tests.Authoring;

/// <summary>One broken copy of data/ per validation rule; each must name the file, line and problem.</summary>
public sealed class CatalogValidationTests
{
    private const string Role = "roles/deportation-officer.yaml";
    private const string Citp = "training/hsi-citp.yaml";
    private const string Spanish = "training/ero-spanish.yaml";

    public static TheoryData<string, string, string, string, string> Faults => new()
    {
        // file, text to replace, replacement, text whose line the error must point at, message fragment
        { Role, "title: Deportation Officer\n", "title: Deportation Officer\ntitel: Typo\n", "titel:", "unknown key 'titel'" },
        { Role, "title: Deportation Officer\n", "title: Deportation Officer\ntitle: Again\n", "title: Again", "duplicate key 'title'" },
        { Role, "pipeline: ero-law-enforcement", "pipeline: ero-missing", "pipeline: ero-missing", "unknown pipeline id 'ero-missing'" },
        { Role, "programs: [ero-bietp, ero-spanish]", "programs: [ero-bietp, ero-nothing]", "programs: [ero-bietp, ero-nothing]", "unknown training program id 'ero-nothing'" },
        { Role, "  - citizenship\n", "  - citizenshipp\n", "  - citizenshipp", "unknown requirement id 'citizenshipp'" },
        { Role, "sources: [usajobs-744812600, ice-careers-faq]", "sources: [usajobs-744812600, no-such-source]", "sources: [usajobs-744812600, no-such-source]", "unknown source id 'no-such-source'" },
        { Role, "  value: ero\n", "  value: eroo\n", "value: eroo", "unknown value 'eroo'" },
        { Role, "id: deportation-officer", "id: deportation-officers", "id: deportation-officers", "does not match the file name" },
        { Role, "entry: [GL-5, GL-7, GL-9]", "entry: [GL-5, GX-7, GL-9]", "entry: [GL-5, GX-7, GL-9]", "'GX-7' is not a pay grade" },
        { Role, "code: \"1801\"", "code: \"18O1\"", "code: \"18O1\"", "not a four-digit series code" },
        { Citp, "trainingDays: 56", "trainingDays: fifty-six", "trainingDays: fifty-six", "wrong type of value" },
        { Role, "fullPerformance: GS-12", "fullPerformance: {x: 1}", "fullPerformance: {x: 1}", "value has the wrong shape" },
        { Role, "code: \"1801\"", "code: [1801]", "code: [1801]", "value has the wrong shape" },
        { Role, "title: Deportation Officer\n", "title: [Deportation, Officer]\n", "title: [Deportation, Officer]", "value has the wrong shape" },
        { Spanish, "from: 2025-08-01", "from: 2025-07-01", "  - from: 2025-07-01", "overlaps" },
        { Spanish, "to: 2025-07-31", "to: 31/07/2025", "to: 31/07/2025", "is not a date; write YYYY-MM-DD" },
        { Spanish, "  - from: 2025-08-01\n", "  - from: 2025-08-01\n    to: 2025-07-15\n", "to: 2025-07-15", "is before 'from'" },
        { Citp, "name: Criminal Investigator Training Program (CITP)\n", "", "id: hsi-citp", "missing required key 'name'" },
        { Role, "entry: [GL-5, GL-7, GL-9]", "entry: &grades [GL-5, GL-7, GL-9]", "entry: &grades", "anchors are not allowed" },
        { Citp, "provider: Federal Law Enforcement Training Centers (FLETC)\n", "provider: Federal Law Enforcement Training Centers (FLETC)\nlocation2: *where\n", "location2: *where", "aliases are not allowed" },
        { "requirements/qualifications.yaml", "    kind: drivers-license\n", "    kind: drivers-license\n    registrationDeadlineAge: 26\n", "registrationDeadlineAge: 26", "not allowed for kind 'drivers-license'" },
        { "version.yaml", "version: 0.1.0", "version: first", "version: first", "not a semantic version" },
        { "sources.yaml", "    via: http://cfr.laws-info.com/text/5/531/204\n", "    via: cfr.laws-info.com/text/5/531/204\n", "via: cfr.laws-info.com", "is not an absolute http(s) URL" },
        { "sources.yaml", "    via: http://uscode.elaws.us/law/5usc3307\n", "    via: https://uscode.house.gov/copy\n", "via: https://uscode.house.gov/copy", "another site than the publisher's address" },
        { "sources.yaml", "    via: http://wikileaks.cash/crs/RL31143.txt\n", "", "id: crs-rl31143", "missing required key 'url' or 'via'" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void LoadDirectory_PlantedFault_ReportsFileLineAndMessage(string file, string find, string replacement, string at, string fragment)
    {
        using var copy = new DataCopy();
        copy.Replace(file, find, replacement);
        var expectedLine = copy.LineOf(file, at);

        var exception = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root));

        var error = Assert.Single(exception.Problems);
        Assert.Equal(file, error.File);
        Assert.Equal(expectedLine, error.Line);
        Assert.True(error.Column >= 1);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("YamlDotNet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_DuplicateSourceId_ReportsSecondDefinition()
    {
        using var copy = new DataCopy();
        copy.Write("sources.yaml", copy.Read("sources.yaml") +
            "  - id: 5-usc-3307\n    title: Again\n    publisher: Nobody\n    url: https://example.org/\n    kind: agency\n    confidence: low\n");
        var line = copy.Read("sources.yaml").Split('\n').Length - 7 + 1;

        var exception = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root));

        var error = Assert.Single(exception.Problems);
        Assert.Equal("sources.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains("duplicate source id '5-usc-3307'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_DuplicateRequirementIdAcrossFiles_Reported()
    {
        using var copy = new DataCopy();
        copy.Write("requirements/zz-extra.yaml",
            "requirements:\n  - id: citizenship\n    kind: condition\n    category: condition-of-employment\n    title: Again\n    sources: [5-usc-3307]\n");

        var exception = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root));

        var error = Assert.Single(exception.Problems);
        Assert.Equal("requirements/zz-extra.yaml", error.File);
        Assert.Equal(2, error.Line);
        Assert.Contains("duplicate requirement id 'citizenship'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_MissingVersionFile_Reported()
    {
        using var copy = new DataCopy();
        File.Delete(copy.PathOf("version.yaml"));

        var exception = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root));

        Assert.Equal("version.yaml", Assert.Single(exception.Problems).File);
    }

    [Fact]
    public void LoadDirectory_UnexpectedFile_ReportedNotIgnored()
    {
        using var copy = new DataCopy();
        copy.Write("roles/notes.yml", "id: x\n");

        var exception = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root));

        Assert.Equal("roles/notes.yml", Assert.Single(exception.Problems).File);
    }

    [Fact]
    public void LoadDirectory_ManyPlantedFaults_ReportsEveryOne()
    {
        using var copy = new DataCopy();
        copy.Replace(Role, "pipeline: ero-law-enforcement", "pipeline: ero-missing");
        copy.Replace(Role, "  value: ero\n", "  value: eroo\n");
        copy.Replace(Spanish, "to: 2025-07-31", "to: 31/07/2025");
        copy.Replace(Citp, "trainingDays: 56", "trainingDays: fifty-six");
        copy.Replace("version.yaml", "version: 0.1.0", "version: first");

        var exception = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(copy.Root));

        string[] expected =
        [
            $"{Role}:{copy.LineOf(Role, "value: eroo")}",
            $"{Role}:{copy.LineOf(Role, "pipeline: ero-missing")}",
            $"{Spanish}:{copy.LineOf(Spanish, "to: 31/07/2025")}",
            $"{Citp}:{copy.LineOf(Citp, "trainingDays: fifty-six")}",
            $"version.yaml:{copy.LineOf("version.yaml", "version: first")}",
        ];
        Assert.Equal(
            expected.Order(StringComparer.Ordinal),
            exception.Problems.Select(e => $"{e.File}:{e.Line}").Order(StringComparer.Ordinal));
        Assert.Equal(5, exception.Problems.Count);
        Assert.All(exception.Problems, e => Assert.Matches(@"^[\w/.-]+:\d+:\d+: \S", e.ToString()));
    }

    [Fact]
    public void LoadDirectory_MissingFolder_ThrowsCatalogLoadException()
    {
        var exception = Assert.Throws<CatalogLoadException>(() => CareerCatalog.LoadDirectory(Path.Combine(Path.GetTempPath(), "no-such-icecareers-data")));

        Assert.Contains("does not exist", Assert.Single(exception.Problems).Message, StringComparison.Ordinal);
    }
}
