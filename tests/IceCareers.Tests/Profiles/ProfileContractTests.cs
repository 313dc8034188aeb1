using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IceCareers.Candidates;
using IceCareers.Profiles;
using IceCareers.Serialization;

namespace IceCareers.Tests.Profiles;

/// <summary>
/// The profile readers bind documents through <see cref="ProfileContract"/>, written by hand; the JSON writer, the
/// schemas and the web API use the source-generated contract. These tests keep the two the same contract, key by key.
/// </summary>
public sealed class ProfileContractTests
{
    public static TheoryData<string> Shapes => new(Walk().Select(s => s.Path));

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Fields_EveryShape_SameKeysAndKindsAsTheJsonContract(string path)
    {
        var (_, shape, info) = Walk().Single(s => s.Path == path);

        Assert.Equal(info.Properties.Select(p => p.Name), shape.Fields.Select(f => f.Name));
        foreach (var field in shape.Fields)
        {
            var property = info.Properties.Single(p => p.Name == field.Name);
            Assert.Equal(KindOf(property.PropertyType), field.Kind);
        }
    }

    [Fact]
    public void JsonKeysIgnoreCase_SameAsTheJsonContractsOptions()
    {
        Assert.Equal(ProfileContract.JsonKeysIgnoreCase, IceCareersJsonContext.Default.Options.PropertyNameCaseInsensitive);
    }

    [Fact]
    public void Create_EveryFieldSet_EachValueReachesItsProperty()
    {
        // A profile with every field stated, written by the JSON contract and read back through the hand-written one:
        // a field wired to the wrong slot or left out of a Create function changes the round trip.
        var profile = new CandidateProfile
        {
            DateOfBirth = new DateOnly(1990, 2, 3),
            Sex = Sex.Female,
            Citizenship = Citizenship.UsCitizen,
            SelectiveService = SelectiveServiceStatus.Exempt,
            DriversLicense = true,
            Education =
            [
                new Education
                {
                    Level = EducationLevel.Masters, Field = "Criminology", Completed = new DateOnly(2014, 5, 6), Gpa = 3.1m,
                    MajorGpa = 3.6m, ClassStandingPercentile = 12, HonorSociety = true, SemesterHours = 121m,
                    GraduateSemesterHours = 30m, QuarterHours = 9m, GraduateQuarterHours = 4.5m, PassFailPercent = 7m,
                },
            ],
            Experience = [new Experience { Title = "Analyst", Months = 14, HoursPerWeek = 32m, Specialized = false, Grade = 7 }],
            Military = new Military { Veteran = true, PreferenceEligible = false, ServiceMonths = 48 },
            PriorFederalLawEnforcement = false,
            History = new History
            {
                Convictions = [new Conviction { Category = ConvictionCategory.Misdemeanor, Date = new DateOnly(2009, 1, 2) }],
                DrugUse = [new DrugUse { Substance = "cannabis", LastUse = new DateOnly(2008, 3, 4) }],
            },
            Languages = [new LanguageSkill { Language = "Spanish", Proficiency = LanguageProficiency.Professional }],
            Fitness = new FitnessResults { SitUps = 40, PushUps = 30, Sprint220YardsSeconds = 41.5m, Run1_5MileSeconds = 700m },
        };
        var json = JsonSerializer.Serialize(profile, IceCareersJsonContext.Default.CandidateProfile);

        var read = CandidateProfile.FromJson(json, new TestSupport.FixedTimeProvider(new DateOnly(2026, 1, 15)));

        Assert.Equal(json, JsonSerializer.Serialize(read, IceCareersJsonContext.Default.CandidateProfile));
        Assert.DoesNotContain(":null", json, StringComparison.Ordinal);
    }

    private static FieldKind KindOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) ? FieldKind.Text
            : t == typeof(bool) ? FieldKind.Bool
            : t == typeof(int) ? FieldKind.WholeNumber
            : t == typeof(decimal) ? FieldKind.Number
            : t == typeof(DateOnly) ? FieldKind.Date
            : t.IsEnum ? FieldKind.Word
            : t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? FieldKind.List
            : FieldKind.Object;
    }

    private static IEnumerable<(string Path, ProfileShape Shape, JsonTypeInfo Info)> Walk()
    {
        var pending = new Queue<(string, ProfileShape, JsonTypeInfo)>();
        pending.Enqueue(("profile", ProfileContract.Profile, ProfileJsonContext.Default.CandidateProfile));
        while (pending.TryDequeue(out var next))
        {
            yield return next;
            var (path, shape, info) = next;
            foreach (var field in shape.Fields.Where(f => f.Shape is not null))
            {
                var type = info.Properties.Single(p => p.Name == field.Name).PropertyType;
                var model = field.Kind == FieldKind.List ? type.GetGenericArguments()[0] : type;
                pending.Enqueue((path + "." + field.Name, field.Shape!, ProfileJsonContext.Default.GetTypeInfo(model)!));
            }
        }
    }
}
