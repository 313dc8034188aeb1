using IceCareers.Internal;

namespace IceCareers.Candidates;

/// <summary>
/// The kebab-case words the documents (data files, profiles) use for the enums of candidate profiles. They live beside the enums
/// they name, so a new enum value and its word change in one place; the readers and the JSON contract use them. A
/// contract: see data/README.md.
/// </summary>
internal static class CandidateWords
{
    public static readonly Words<Citizenship> Citizenships = new(
        ("us-citizen", Citizenship.UsCitizen), ("us-national", Citizenship.UsNational),
        ("lawful-permanent-resident", Citizenship.LawfulPermanentResident), ("other", Citizenship.Other));

    public static readonly Words<EducationLevel> EducationLevels = new(
        ("high-school", EducationLevel.HighSchool), ("associate", EducationLevel.Associate), ("bachelors", EducationLevel.Bachelors),
        ("graduate-study", EducationLevel.GraduateStudy), ("masters", EducationLevel.Masters), ("professional", EducationLevel.Professional),
        ("doctorate", EducationLevel.Doctorate));

    public static readonly Words<Sex> Sexes = new(("male", Sex.Male), ("female", Sex.Female), ("unspecified", Sex.Unspecified));

    public static readonly Words<SelectiveServiceStatus> SelectiveServiceStatuses = new(
        ("registered", SelectiveServiceStatus.Registered), ("not-registered", SelectiveServiceStatus.NotRegistered),
        ("exempt", SelectiveServiceStatus.Exempt));

    public static readonly Words<ConvictionCategory> ConvictionCategories = new(
        ("felony", ConvictionCategory.Felony), ("misdemeanor", ConvictionCategory.Misdemeanor),
        ("domestic-violence-misdemeanor", ConvictionCategory.DomesticViolenceMisdemeanor));

    public static readonly Words<LanguageProficiency> LanguageProficiencies = new(
        ("elementary", LanguageProficiency.Elementary), ("limited-working", LanguageProficiency.LimitedWorking),
        ("professional", LanguageProficiency.Professional), ("native", LanguageProficiency.Native));
}
