using IceCareers.Candidates;
using IceCareers.Eligibility.Checks;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>The small value types the rules share: field paths by index, military pay grades read, three-valued standings.</summary>
public sealed class FieldPathsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(1000)]
    public void Index_AnyIndex_ThePathOfThatEntry(int index)
    {
        var paths = new FieldPaths("education", "completed");

        Assert.Equal($"education[{index}].completed", paths[index]);
        Assert.Equal(paths[index], paths[index]);
    }

    [Fact]
    public void Index_CachedIndex_SameString()
    {
        var paths = new FieldPaths("experience", "hoursPerWeek");

        Assert.Same(paths[3], paths[3]);
    }

    [Fact]
    public void MilitaryReading_GradesReadAndUnmapped_EnlistedFirstLowestFirst()
    {
        var reading = default(MilitaryReading)
            .WithRead(MilitaryPayGrade.Parse("O-10"))
            .WithRead(MilitaryPayGrade.Parse("E-1"))
            .WithRead(MilitaryPayGrade.Parse("W-5"))
            .WithRead(MilitaryPayGrade.Parse("E-9"))
            .WithUnmapped(MilitaryPayGrade.Parse("W-1"))
            .WithUnmapped(MilitaryPayGrade.Parse("O-1"));

        Assert.False(reading.IsEmpty);
        Assert.Equal(["E-1", "E-9", "W-5", "O-10"], MilitaryReading.Grades(reading.Read).Select(g => g.ToString()));
        Assert.Equal(["W-1", "O-1"], MilitaryReading.Grades(reading.Unmapped).Select(g => g.ToString()));
    }

    [Fact]
    public void MilitaryReading_EveryGrade_ItsOwnBit()
    {
        var all = new List<MilitaryPayGrade>();
        foreach (var kind in new[] { MilitaryPayGradeKind.Enlisted, MilitaryPayGradeKind.Warrant, MilitaryPayGradeKind.Officer })
        {
            for (var level = 1; level <= MilitaryPayGrade.MaxLevel(kind); level++)
            {
                all.Add(new MilitaryPayGrade(kind, level));
            }
        }

        foreach (var grade in all)
        {
            Assert.Equal([grade], MilitaryReading.Grades(default(MilitaryReading).WithRead(grade).Read));
        }

        Assert.Equal(all, MilitaryReading.Grades(all.Aggregate(default(MilitaryReading), (r, g) => r.WithRead(g)).Read));
    }

    [Fact]
    public void MilitaryReading_Nothing_Empty()
    {
        Assert.True(default(MilitaryReading).IsEmpty);
        Assert.False(default(MilitaryReading).WithUnmapped(MilitaryPayGrade.Parse("E-4")).IsEmpty);
        Assert.False(default(MilitaryReading).WithRead(MilitaryPayGrade.Parse("E-4")).IsEmpty);
        Assert.Empty(MilitaryReading.Grades(0));
    }

    [Theory]
    [InlineData(Standing.NotMet, Standing.Met, Standing.Met)]
    [InlineData(Standing.Review, Standing.Unknown, Standing.Review)]
    [InlineData(Standing.Unknown, Standing.Unknown, Standing.Unknown)]
    public void Better_TwoStandings_TheBetter(object a, object b, object expected)
    {
        Assert.Equal((Standing)expected, ThreeValued.Better((Standing)a, (Standing)b));
        Assert.Equal((Standing)expected, ThreeValued.Better((Standing)b, (Standing)a));
    }

    [Theory]
    [InlineData(12, 12, false, 12, Standing.Met)] // the stated amount reaches it
    [InlineData(11, 12, false, 12, Standing.Unknown)] // only the favourable reading does
    [InlineData(11, 11.9, false, 12, Standing.NotMet)]
    [InlineData(0, 0, true, 12, Standing.Unknown)] // a quantity not stated: no bound
    public void Reaches_Amount_MetUnknownOrNotMet(double known, double favourable, bool open, double needed, object expected)
    {
        Assert.Equal((Standing)expected, ThreeValued.Reaches(new Amount((decimal)known, (decimal)favourable, open), (decimal)needed));
    }
}
