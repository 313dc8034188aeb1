namespace IceCareers.Eligibility.Checks;

/// <summary>
/// The result of one pass over a grade table. Row indexes count from the lowest grade; -1 means none.
/// </summary>
internal struct GradeJudgement()
{
    /// <summary>The highest row of an entry grade that is met (directly or through a met row above it): every entry grade at or below it is met.</summary>
    public int TopEntryRowMet = -1;

    /// <summary>The row that carries <see cref="TopEntryRowMet"/>: that row itself, or the nearest met row above it.</summary>
    public int SourceRow = -1;

    /// <summary>What meets <see cref="SourceRow"/>.</summary>
    public QualificationEvidence Evidence;

    /// <summary>The highest row of an entry grade met only under some readings of conflicting texts.</summary>
    public int TopEntryRowInReview = -1;

    /// <summary>The row under review that carries <see cref="TopEntryRowInReview"/>.</summary>
    public int ReviewRow = -1;

    /// <summary>How the readings of <see cref="ReviewRow"/> stand.</summary>
    public QualificationEvidence ReviewEvidence;

    /// <summary>Whether favourable answers to the fields not stated could still meet an entry grade.</summary>
    public bool Unknown;

    /// <summary>The grade of the highest row met at all (possibly below every entry grade).</summary>
    public int? HighestRowMet;
}
