using IceCareers.Candidates;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// A fact of the education-and-experience finding: the military pay grades whose work had no GS-equivalent grade stated
/// and was read through the data's comparison table (<see cref="Read"/>), and those the table does not map
/// (<see cref="Unmapped"/>). One bit a pay grade (E-1 … E-9, W-1 … W-5, O-1 … O-10), so the finding stays a plain value.
/// </summary>
internal readonly record struct MilitaryReading(int Read, int Unmapped)
{
    /// <summary>Whether no job's grade came from a military pay grade, and none was left unmapped.</summary>
    public bool IsEmpty => Read == 0 && Unmapped == 0;

    public MilitaryReading WithRead(MilitaryPayGrade grade) => this with { Read = Read | Bit(grade) };

    public MilitaryReading WithUnmapped(MilitaryPayGrade grade) => this with { Unmapped = Unmapped | Bit(grade) };

    /// <summary>The pay grades of <paramref name="mask"/>, enlisted first, lowest first.</summary>
    public static IReadOnlyList<MilitaryPayGrade> Grades(int mask)
    {
        var grades = new List<MilitaryPayGrade>();
        foreach (var kind in (ReadOnlySpan<MilitaryPayGradeKind>)[MilitaryPayGradeKind.Enlisted, MilitaryPayGradeKind.Warrant, MilitaryPayGradeKind.Officer])
        {
            for (var level = 1; level <= MilitaryPayGrade.MaxLevel(kind); level++)
            {
                var grade = new MilitaryPayGrade(kind, level);
                if ((mask & Bit(grade)) != 0)
                {
                    grades.Add(grade);
                }
            }
        }

        return grades;
    }

    private static int Bit(MilitaryPayGrade grade) => 1 << ((grade.Kind switch
    {
        MilitaryPayGradeKind.Enlisted => 0,
        MilitaryPayGradeKind.Warrant => 9,
        _ => 14,
    }) + grade.Level - 1);
}
