using IceCareers.Candidates;

namespace IceCareers.Eligibility.Checks;

/// <summary>What kind of fact meets a grade row.</summary>
internal enum EvidenceKind : byte
{
    None,
    Degree,
    GraduateHours,
    OverallGpa,
    MajorGpa,
    ClassStanding,
    HonorSociety,
    Experience,
    Combination,
}

/// <summary>
/// What meets (or, for a review, splits) a grade row, reduced to the values its explanation names: a deferred reason
/// keeps these, never the profile. <see cref="A"/> and <see cref="B"/> are the route's amounts (months and hours, a GPA,
/// a percentile); <see cref="Readings"/> has bit <c>k</c> set when reading <c>k</c> of the row's combinations is met.
/// </summary>
internal readonly record struct QualificationEvidence(
    EvidenceKind Kind,
    decimal A = 0,
    decimal B = 0,
    EducationLevel Level = default,
    EducationLevel Needed = default,
    string? Field = null,
    int Readings = 0);
