using IceCareers.Candidates;
using IceCareers.Internal;

namespace IceCareers.Profiles;

/// <summary>What one field of a profile document holds.</summary>
internal enum FieldKind
{
    Text,
    Bool,
    WholeNumber,
    Number,
    Date,
    Word,
    Object,
    List,

    /// <summary>A list of text values (campaign medals).</summary>
    TextList,
}

/// <summary>One key of a profile mapping: its name in the document and what its value must be.</summary>
/// <param name="Name">The key as documents write it (camelCase).</param>
/// <param name="Kind">What the value holds.</param>
/// <param name="Words">For <see cref="FieldKind.Word"/>: the accepted words and the enum value of each.</param>
/// <param name="Shape">For <see cref="FieldKind.Object"/> and <see cref="FieldKind.List"/>: the object (or each entry's).</param>
/// <param name="None">
/// For <see cref="FieldKind.Object"/>: the value the word <c>none</c> stands for (<c>disability: none</c>), where the
/// document may state that the person has none; <see langword="null"/> where only an object is accepted.
/// </param>
internal sealed record ProfileField(string Name, FieldKind Kind, WordTable? Words = null, ProfileShape? Shape = null, object? None = null);

/// <summary>The words of one enum field: whether a word is known (and its boxed value), and the list for messages.</summary>
internal sealed class WordTable
{
    private readonly Func<string, object?> _parse;

    private WordTable(Func<string, object?> parse, string allowed)
    {
        _parse = parse;
        Allowed = allowed;
    }

    /// <summary>The accepted words, in declaration order.</summary>
    public string Allowed { get; }

    public static WordTable Of<T>(Words<T> words)
        where T : struct, Enum => new(word => words.TryParse(word, out var value) ? value : null, words.Allowed);

    /// <summary>Military pay grades, <c>E-7</c> and the like (the letter in either case).</summary>
    public static readonly WordTable PayGrades = new(
        word => MilitaryPayGrade.TryParse(word, out var grade) ? grade : null, "a military pay grade, E-1 to E-9, W-1 to W-5 or O-1 to O-10");

    /// <summary>The word's value, boxed, or <see langword="null"/> when the word is not one of <see cref="Allowed"/>.</summary>
    public object? Parse(string word) => _parse(word);
}

/// <summary>
/// One object of the profile document: its keys, in the order of the model's properties, and how to build the model from
/// the values read (one slot per key, <see langword="null"/> for a key absent or refused).
/// </summary>
internal sealed class ProfileShape(ProfileField[] fields, Func<object?[], object> create, Func<List<object?>, object>? list = null)
{
    public ProfileField[] Fields { get; } = fields;

    /// <summary>Builds the model from one value per field, in <see cref="Fields"/> order.</summary>
    public object Create(object?[] values) => create(values);

    /// <summary>Builds the typed list of models this shape's entries form.</summary>
    public object CreateList(List<object?> items) =>
        list is null ? throw new InvalidOperationException("This shape is not a list entry.") : list(items);

    /// <summary>The index of the field named <paramref name="key"/>, or -1.</summary>
    public int Find(string key, StringComparison comparison)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (string.Equals(Fields[i].Name, key, comparison))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// The profile document's contract, written out: every object, its keys and the model each becomes. It is the same
/// contract as the source-generated JSON metadata of <see cref="Serialization.IceCareersJsonContext"/> (a test compares
/// the two key by key), written by hand so that reading a profile does not build System.Text.Json's metadata — which
/// compiled about 1,200 methods at start-up, most of a cold <c>CandidateProfile.FromYaml</c>.
/// </summary>
internal static class ProfileContract
{
    private static readonly ProfileField[] EducationFields =
    [
        new("level", FieldKind.Word, WordTable.Of(CandidateWords.EducationLevels)),
        new("field", FieldKind.Text),
        new("completed", FieldKind.Date),
        new("gpa", FieldKind.Number),
        new("majorGpa", FieldKind.Number),
        new("classStandingPercentile", FieldKind.WholeNumber),
        new("honorSociety", FieldKind.Bool),
        new("semesterHours", FieldKind.Number),
        new("graduateSemesterHours", FieldKind.Number),
        new("quarterHours", FieldKind.Number),
        new("graduateQuarterHours", FieldKind.Number),
        new("passFailPercent", FieldKind.Number),
    ];

    public static readonly ProfileShape Education = new(
        EducationFields,
        v => new Education
        {
            Level = (EducationLevel?)v[0],
            Field = (string?)v[1],
            Completed = (DateOnly?)v[2],
            Gpa = (decimal?)v[3],
            MajorGpa = (decimal?)v[4],
            ClassStandingPercentile = (int?)v[5],
            HonorSociety = (bool?)v[6],
            SemesterHours = (decimal?)v[7],
            GraduateSemesterHours = (decimal?)v[8],
            QuarterHours = (decimal?)v[9],
            GraduateQuarterHours = (decimal?)v[10],
            PassFailPercent = (decimal?)v[11],
        },
        ListOf<Education>);

    public static readonly ProfileShape Experience = new(
        [
            new("title", FieldKind.Text),
            new("months", FieldKind.WholeNumber),
            new("hoursPerWeek", FieldKind.Number),
            new("specialized", FieldKind.Bool),
            new("grade", FieldKind.WholeNumber),
            new("militaryPayGrade", FieldKind.Word, WordTable.PayGrades),
        ],
        v => new Experience
        {
            Title = (string?)v[0],
            Months = (int?)v[1],
            HoursPerWeek = (decimal?)v[2],
            Specialized = (bool?)v[3],
            Grade = (int?)v[4],
            MilitaryPayGrade = (MilitaryPayGrade?)v[5],
        },
        ListOf<Experience>);

    public static readonly ProfileShape ServicePeriod = new(
        [
            new("start", FieldKind.Date),
            new("end", FieldKind.Date),
            new("kind", FieldKind.Word, WordTable.Of(CandidateWords.ServiceKinds)),
            new("servedFullPeriod", FieldKind.Bool),
        ],
        v => new ServicePeriod { Start = (DateOnly?)v[0], End = (DateOnly?)v[1], Kind = (ServiceKind?)v[2], ServedFullPeriod = (bool?)v[3] },
        ListOf<ServicePeriod>);

    public static readonly ProfileShape Discharge = new(
        [
            new("character", FieldKind.Word, WordTable.Of(CandidateWords.DischargeCharacters)),
            new("date", FieldKind.Date),
            new("reason", FieldKind.Word, WordTable.Of(CandidateWords.DischargeReasons)),
        ],
        v => new Discharge { Character = (DischargeCharacter?)v[0], Date = (DateOnly?)v[1], Reason = (DischargeReason?)v[2] });

    public static readonly ProfileShape Disability = new(
        [new("percent", FieldKind.WholeNumber), new("ratedOn", FieldKind.Date)],
        v => new ServiceDisability { Percent = (int?)v[0], RatedOn = (DateOnly?)v[1] });

    public static readonly ProfileShape Retired = new(
        [new("payGrade", FieldKind.Word, WordTable.PayGrades)],
        v => new MilitaryRetirement { PayGrade = (MilitaryPayGrade?)v[0] });

    public static readonly ProfileShape Military = new(
        [
            new("veteran", FieldKind.Bool),
            new("preferenceEligible", FieldKind.Bool),
            new("serviceMonths", FieldKind.WholeNumber),
            new("periods", FieldKind.List, Shape: ServicePeriod),
            new("discharge", FieldKind.Object, Shape: Discharge),
            new("expectedRelease", FieldKind.Date),
            new("campaignMedals", FieldKind.TextList),
            new("purpleHeart", FieldKind.Bool),
            new("disability", FieldKind.Object, Shape: Disability, None: ServiceDisability.None),
            new("retired", FieldKind.Object, Shape: Retired),
        ],
        v => new Military
        {
            Veteran = (bool?)v[0],
            PreferenceEligible = (bool?)v[1],
            ServiceMonths = (int?)v[2],
            Periods = (IReadOnlyList<ServicePeriod>?)v[3],
            Discharge = (Discharge?)v[4],
            ExpectedRelease = (DateOnly?)v[5],
            CampaignMedals = (IReadOnlyList<string>?)v[6],
            PurpleHeart = (bool?)v[7],
            Disability = (ServiceDisability?)v[8],
            Retired = (MilitaryRetirement?)v[9],
        });

    public static readonly ProfileShape Federal = new(
        [
            new("current", FieldKind.Bool),
            new("tenure", FieldKind.Word, WordTable.Of(CandidateWords.FederalTenures)),
            new("series", FieldKind.Text),
            new("grade", FieldKind.Text),
            new("separated", FieldKind.Date),
        ],
        v => new FederalService { Current = (bool?)v[0], Tenure = (FederalTenure?)v[1], Series = (string?)v[2], Grade = (string?)v[3], Separated = (DateOnly?)v[4] });

    public static readonly ProfileShape Student = new(
        [new("enrolled", FieldKind.Bool)],
        v => new StudentStatus { Enrolled = (bool?)v[0] });

    public static readonly ProfileShape Spouse = new(
        [new("sponsor", FieldKind.Word, WordTable.Of(CandidateWords.SpouseSponsors)), new("remarried", FieldKind.Bool)],
        v => new MilitarySpouse { Sponsor = (SpouseSponsor?)v[0], Remarried = (bool?)v[1] });

    public static readonly ProfileShape Conviction = new(
        [new("category", FieldKind.Word, WordTable.Of(CandidateWords.ConvictionCategories)), new("date", FieldKind.Date)],
        v => new Conviction { Category = (ConvictionCategory?)v[0], Date = (DateOnly?)v[1] },
        ListOf<Conviction>);

    public static readonly ProfileShape DrugUse = new(
        [new("substance", FieldKind.Text), new("lastUse", FieldKind.Date)],
        v => new DrugUse { Substance = (string?)v[0], LastUse = (DateOnly?)v[1] },
        ListOf<DrugUse>);

    public static readonly ProfileShape History = new(
        [new("convictions", FieldKind.List, Shape: Conviction), new("drugUse", FieldKind.List, Shape: DrugUse)],
        v => new History { Convictions = (IReadOnlyList<Conviction>?)v[0], DrugUse = (IReadOnlyList<DrugUse>?)v[1] });

    public static readonly ProfileShape LanguageSkill = new(
        [new("language", FieldKind.Text), new("proficiency", FieldKind.Word, WordTable.Of(CandidateWords.LanguageProficiencies))],
        v => new LanguageSkill { Language = (string?)v[0], Proficiency = (LanguageProficiency?)v[1] },
        ListOf<LanguageSkill>);

    public static readonly ProfileShape Fitness = new(
        [
            new("sitUps", FieldKind.WholeNumber),
            new("pushUps", FieldKind.WholeNumber),
            new("sprint220YardsSeconds", FieldKind.Number),
            new("run1_5MileSeconds", FieldKind.Number),
        ],
        v => new FitnessResults
        {
            SitUps = (int?)v[0],
            PushUps = (int?)v[1],
            Sprint220YardsSeconds = (decimal?)v[2],
            Run1_5MileSeconds = (decimal?)v[3],
        });

    /// <summary>The whole profile document.</summary>
    public static readonly ProfileShape Profile = new(
        [
            new("dateOfBirth", FieldKind.Date),
            new("sex", FieldKind.Word, WordTable.Of(CandidateWords.Sexes)),
            new("citizenship", FieldKind.Word, WordTable.Of(CandidateWords.Citizenships)),
            new("selectiveService", FieldKind.Word, WordTable.Of(CandidateWords.SelectiveServiceStatuses)),
            new("driversLicense", FieldKind.Bool),
            new("education", FieldKind.List, Shape: Education),
            new("experience", FieldKind.List, Shape: Experience),
            new("military", FieldKind.Object, Shape: Military),
            new("priorFederalLawEnforcement", FieldKind.Bool),
            new("history", FieldKind.Object, Shape: History),
            new("languages", FieldKind.List, Shape: LanguageSkill),
            new("fitness", FieldKind.Object, Shape: Fitness),
            new("scheduleADisability", FieldKind.Bool),
            new("federal", FieldKind.Object, Shape: Federal, None: FederalService.None),
            new("student", FieldKind.Object, Shape: Student),
            new("militarySpouse", FieldKind.Object, Shape: Spouse, None: MilitarySpouse.None),
        ],
        v => new CandidateProfile
        {
            DateOfBirth = (DateOnly?)v[0],
            Sex = (Sex?)v[1],
            Citizenship = (Citizenship?)v[2],
            SelectiveService = (SelectiveServiceStatus?)v[3],
            DriversLicense = (bool?)v[4],
            Education = (IReadOnlyList<Education>?)v[5],
            Experience = (IReadOnlyList<Experience>?)v[6],
            Military = (Military?)v[7],
            PriorFederalLawEnforcement = (bool?)v[8],
            History = (History?)v[9],
            Languages = (IReadOnlyList<LanguageSkill>?)v[10],
            Fitness = (FitnessResults?)v[11],
            ScheduleADisability = (bool?)v[12],
            Federal = (FederalService?)v[13],
            Student = (StudentStatus?)v[14],
            MilitarySpouse = (MilitarySpouse?)v[15],
        });

    /// <summary>
    /// Whether JSON keys match regardless of case (the web defaults of the JSON contract, which the web API and
    /// <c>CandidateProfile.FromJson</c> have always followed); YAML keys match exactly.
    /// </summary>
    public const bool JsonKeysIgnoreCase = true;

    /// <summary>
    /// A typed list of the entries read, an entry the document left empty (<c>null</c>) kept as <see langword="null"/>
    /// so that <see cref="CandidateProfile.Validate"/> reports it with its index.
    /// </summary>
    private static object ListOf<T>(List<object?> items)
        where T : class
    {
        var list = new List<T>(items.Count);
        foreach (var item in items)
        {
            list.Add((T)item!);
        }

        return list;
    }
}
