namespace IceCareers.Eligibility.Checks;

/// <summary>
/// The result of one pass over a grade table for a profile on a date. Bit <c>i</c> of a mask stands for the role's
/// entry grade <c>i</c>: <see cref="Met"/> holds the entry grades met (directly or through a higher row, which covers
/// the grades below it), <see cref="Review"/> those met only under some readings of conflicting texts, and
/// <see cref="Unknown"/> says whether favourable answers to unknown fields could still meet one.
/// </summary>
/// <param name="Met">The entry grades met.</param>
/// <param name="Highest">The index of the highest entry grade met, or -1.</param>
/// <param name="Source">The row that carries the highest met entry grade (that grade's row or the nearest met row above it), or the row under review.</param>
/// <param name="Evidence">What meets <paramref name="Source"/>.</param>
/// <param name="Review">The entry grades met only under some readings.</param>
/// <param name="Unknown">Whether an entry grade could still be met.</param>
/// <param name="HighestRowMet">The grade of the highest row met at all (possibly below every entry grade), or <see langword="null"/>.</param>
internal readonly record struct GradeJudgement(
    int Met,
    int Highest,
    int Source,
    QualificationEvidence Evidence,
    int Review,
    bool Unknown,
    int? HighestRowMet)
{
    /// <summary>
    /// When an entry grade is met but a higher one is not, the unknown fields of the higher rows: answers to them could
    /// raise the grade (<see langword="null"/> when there are none).
    /// </summary>
    public string[]? Raise { get; init; }
}
