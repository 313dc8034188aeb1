using IceCareers.Provenance;
using IceCareers.Roles;

namespace IceCareers.Tests;

public sealed class CareerCatalogTests
{
    private static readonly CareerCatalog Catalog = CareerCatalog.Default;

    // rules.md §1: id, series, directorate, entry grades, full performance, armed LEO, status.
    public static TheoryData<string, string, Directorate, string, string, bool, RoleStatus> RoleTable => new()
    {
        { "deportation-officer", "1801", Directorate.EnforcementAndRemovalOperations, "GL-5 GL-7 GL-9", "GS-12", true, RoleStatus.Active },
        { "hsi-special-agent", "1811", Directorate.HomelandSecurityInvestigations, "GL-7 GL-9", "GS-13", true, RoleStatus.Active },
        { "immigration-enforcement-agent", "1801", Directorate.EnforcementAndRemovalOperations, "GS-5 GS-7", "GS-9", true, RoleStatus.Legacy },
        { "intelligence-research-specialist", "0132", Directorate.HsiIntelligence, "GS-5 GS-7 GS-9", "GS-12", false, RoleStatus.Active },
        { "intelligence-officer", "0132", Directorate.HsiIntelligence, "GS-9 GS-11", "GS-12", false, RoleStatus.Active },
        { "intelligence-research-assistant", "0134", Directorate.HsiIntelligence, "GS-5 GS-7", "GS-7", false, RoleStatus.Active },
        { "program-manager", "0340", Directorate.ManagementAndAdministration, "GS-13", "GS-14", false, RoleStatus.Active },
        { "program-analyst", "0343", Directorate.ManagementAndAdministration, "GS-7 GS-9 GS-11", "GS-12", false, RoleStatus.Active },
        { "mission-support-specialist", "0301", Directorate.ManagementAndAdministration, "GS-7 GS-9 GS-11", "GS-12", false, RoleStatus.Active },
    };

    [Theory]
    [MemberData(nameof(RoleTable))]
    public void GetRole_EachRoleOfTheRules_HasItsSeriesGradesDirectorateAndStatus(
        string id, string series, Directorate directorate, string entry, string full, bool lawEnforcement, RoleStatus status)
    {
        var role = Catalog.GetRole(id);

        Assert.Equal(series, role.Series.Code);
        Assert.Equal(directorate, role.Directorate);
        Assert.Equal(entry, string.Join(" ", role.Grades.Entry));
        Assert.Equal(full, role.Grades.FullPerformance.ToString());
        Assert.Equal(lawEnforcement, role.IsLawEnforcement);
        Assert.Equal(status, role.Status);
        Assert.NotEmpty(role.Series.Sources);
        Assert.NotEmpty(role.Grades.Sources);
        Assert.NotEmpty(role.DirectorateSources);
        Assert.NotEmpty(role.StatusSources);
        Assert.NotEmpty(role.Duties);
        Assert.NotEmpty(role.RequirementIds);
        Assert.All(role.GetSourceIds(), s => Assert.True(Catalog.TryGetSource(s, out _), s));
    }

    [Fact]
    public void Roles_Always_ExactlyTheNineContractIds()
    {
        Assert.Equal(
            ["deportation-officer", "hsi-special-agent", "immigration-enforcement-agent", "intelligence-officer", "intelligence-research-assistant",
             "intelligence-research-specialist", "mission-support-specialist", "program-analyst", "program-manager"],
            Catalog.Roles.Select(r => r.Id));
    }

    [Fact]
    public void GetRole_LegacyRole_NamesItsSuccessor()
    {
        var role = Catalog.GetRole("immigration-enforcement-agent");

        Assert.Equal("deportation-officer", role.SuccessorRoleId);
    }

    [Theory]
    [InlineData("intelligence-research-assistant")]
    [InlineData("program-manager")]
    public void GetRole_RoleWithoutPublishedSource_RestsOnLowConfidenceEditorialGrades(string id)
    {
        var role = Catalog.GetRole(id);

        Assert.Contains(role.Grades.Sources.Select(Catalog.GetSource), s => s.Kind == SourceKind.Editorial && s.Confidence == Confidence.Low);
    }

    [Fact]
    public void GetRole_UnknownId_ThrowsRoleNotFoundExceptionNamingKnownIds()
    {
        var exception = Assert.Throws<RoleNotFoundException>(() => Catalog.GetRole("border-patrol-agent"));

        Assert.IsAssignableFrom<KeyNotFoundException>(exception);
        Assert.Equal("border-patrol-agent", exception.RoleId);
        Assert.Contains("deportation-officer", exception.Message, StringComparison.Ordinal);
        Assert.Contains("hsi-special-agent", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryGetRole_UnknownOrNullId_ReturnsFalse()
    {
        Assert.False(Catalog.TryGetRole("nope", out var role));
        Assert.Null(role);
        Assert.False(Catalog.TryGetRole(null, out _));
    }

    [Fact]
    public void Default_ManyThreadsAtOnce_OneInstanceLoadedOnce()
    {
        using var start = new Barrier(16);
        var seen = new CareerCatalog[16];
        var threads = Enumerable.Range(0, 16).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            seen[i] = CareerCatalog.Default;
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.All(seen, c => Assert.Same(CareerCatalog.Default, c));
    }

    [Fact]
    public void LoadOnce_ManyThreadsAtOnce_CallsTheLoaderOnce()
    {
        // The mechanism Default is built on, with a counting loader instead of process-wide state.
        var loads = 0;
        var lazy = CareerCatalog.LoadOnce(() =>
        {
            Interlocked.Increment(ref loads);
            Thread.Sleep(20);
            return CareerCatalog.Default;
        });
        using var start = new Barrier(16);
        var threads = Enumerable.Range(0, 16).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            _ = lazy.Value;
        })).ToArray();

        foreach (var thread in threads)
        {
            thread.Start();
        }

        foreach (var thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(1, loads);
    }

    [Theory]
    [InlineData("no-such-source")]
    [InlineData("")]
    public void GetSource_UnknownId_ThrowsCatalogItemNotFoundExceptionNamingKnownIds(string id)
    {
        var error = Assert.Throws<CatalogItemNotFoundException>(() => Catalog.GetSource(id));

        Assert.IsAssignableFrom<KeyNotFoundException>(error);
        Assert.Equal(CatalogItemKind.Source, error.Kind);
        Assert.Equal(id, error.Id);
        Assert.Equal(Catalog.Sources.Select(s => s.Id).Order(StringComparer.Ordinal), error.KnownIds);
        Assert.StartsWith($"Unknown source id '{id}'. Known source ids: {error.KnownIds[0]}, ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($" and {error.KnownIds.Count - 20} more.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetRequirement_UnknownId_ThrowsCatalogItemNotFoundException()
    {
        var error = Assert.Throws<CatalogItemNotFoundException>(() => Catalog.GetRequirement("no-such-requirement"));

        Assert.Equal(CatalogItemKind.Requirement, error.Kind);
        Assert.Contains(Catalog.Requirements[0].Id, error.KnownIds);
        Assert.Contains("Unknown requirement id 'no-such-requirement'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetRole_UnknownId_IsACatalogItemNotFoundExceptionOfKindRole()
    {
        var error = Assert.Throws<RoleNotFoundException>(() => Catalog.GetRole("border-patrol-agent"));

        Assert.IsAssignableFrom<CatalogItemNotFoundException>(error);
        Assert.Equal(CatalogItemKind.Role, error.Kind);
        Assert.Equal("border-patrol-agent", error.RoleId);
        Assert.Equal(Catalog.Roles.Count, error.KnownIds.Count);
    }

    [Fact]
    public void Version_EmbeddedData_IsSemanticWithAsOfDate()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+", Catalog.Version);
        Assert.True(Catalog.AsOf > new DateOnly(2026, 1, 1));
    }

    [Fact]
    public void Sources_EverySourceIsCitedSomewhere()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Catalog, IceCareers.Serialization.IceCareersJsonContext.Default.CareerCatalog);
        var facts = json[json.IndexOf("\"roles\"", StringComparison.Ordinal)..];

        Assert.All(Catalog.Sources, s => Assert.Contains("\"" + s.Id + "\"", facts, StringComparison.Ordinal));
    }

    [Fact]
    public void GetRequirements_EveryRole_ResolvesPipelineTrainingAndRequirements()
    {
        Assert.All(Catalog.Roles, role =>
        {
            Assert.Equal(role.RequirementIds, Catalog.GetRequirements(role).Select(r => r.Id));
            Assert.NotEmpty(Catalog.GetPipeline(role).Stages);
            Assert.Equal(role.Training.ProgramIds, Catalog.GetTrainingPrograms(role).Select(p => p.Id));
        });
    }
}
