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
