using System.Reflection;
using IceCareers.Candidates;
using IceCareers.Internal;
using IceCareers.Provenance;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Tests.Internal;

/// <summary>
/// Every word table (<see cref="ProvenanceWords"/>, <see cref="RoleWords"/>, <see cref="RequirementWords"/>,
/// <see cref="CandidateWords"/>: each beside the enums it names) is a true two-way table: each word once, each value once, and reading a
/// word then writing its value gives the word back (the tables do not check this themselves, to keep start-up cheap).
/// </summary>
public sealed class WordsTests
{
    private static readonly Type[] WordClasses = [typeof(ProvenanceWords), typeof(RoleWords), typeof(RequirementWords), typeof(CandidateWords)];

    public static TheoryData<string> Tables => new(WordClasses
        .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(Words<>))
        .Select(f => f.DeclaringType!.Name + "." + f.Name));

    [Fact]
    public void Tables_Found()
    {
        Assert.True(Tables.Count >= 15, $"only {Tables.Count} tables found by reflection");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Words_EveryTable_EachWordAndValueOnceAndRoundTrips(string name)
    {
        var (typeName, fieldName) = (name[..name.IndexOf('.', StringComparison.Ordinal)], name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..]);
        var field = WordClasses.Single(t => t.Name == typeName).GetField(fieldName)!;
        var check = typeof(WordsTests).GetMethod(nameof(Check), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(field.FieldType.GetGenericArguments()[0]);

        check.Invoke(null, [field.GetValue(null)]);
    }

    [Fact]
    public void RequirementKinds_DerivedFromNames_AreTheDocumentedWords()
    {
        // The words are a contract of data/ (data/README.md, data/schema/requirements.schema.json): renaming a kind
        // changes its word, and this list says so.
        Assert.Equal(
            ["citizenship", "age", "education-experience", "drivers-license", "selective-service", "domestic-violence-bar",
             "criminal-history", "drug-history", "condition", "fitness-test", "language"],
            RequirementWords.RequirementKinds.All);
    }

    [Fact]
    public void Indexer_ValueWithoutAWord_ThrowsKeyNotFound()
    {
        var words = new Words<DayOfWeek>(("monday", DayOfWeek.Monday));

        Assert.Throws<KeyNotFoundException>(() => words[DayOfWeek.Sunday]);
        Assert.False(words.TryParse("sunday", out _));
        Assert.False(words.TryParse(null, out _));
    }

    private static void Check<T>(Words<T> words)
        where T : struct, Enum
    {
        var all = words.All;
        Assert.NotEmpty(all);
        Assert.Equal(all.Length, all.Distinct(StringComparer.Ordinal).Count());
        var values = new List<T>();
        foreach (var word in all)
        {
            Assert.True(words.TryParse(word, out var value));
            Assert.Equal(word, words[value]);
            values.Add(value);
        }

        Assert.Equal(values.Count, values.Distinct().Count());
        Assert.Equal(string.Join(", ", all), words.Allowed);
    }
}
