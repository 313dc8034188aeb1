using IceCareers.Candidates;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// What meets (or, for a review, splits) a grade row, reduced to the values its explanation names. <see cref="A"/> and
/// <see cref="B"/> are the route's amounts (months and hours, a GPA, a percentile); <see cref="Readings"/> says, for a
/// row under review, which readings of its combination are met.
/// </summary>
internal readonly record struct QualificationEvidence(
    EvidenceKind Kind,
    decimal A = 0,
    decimal B = 0,
    EducationLevel Level = default,
    EducationLevel Needed = default,
    string? Field = null,
    ReadingsMet Readings = default);
