using IceCareers.Eligibility.Checks;

namespace IceCareers.Tests.Eligibility.Checks;

public sealed class FieldListTests
{
    [Fact]
    public void Equals_SamePathsBuiltApart_EqualWithTheSameHash()
    {
        var a = new FieldList("sex", "dateOfBirth");
        var b = new FieldList(["sex", "dateOfBirth"]);

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentPathsOrCounts_NotEqual()
    {
        Assert.False(new FieldList("sex").Equals(new FieldList("sex", "dateOfBirth")));
        Assert.False(new FieldList("sex").Equals(new FieldList("dateOfBirth")));
        Assert.False(new FieldList("sex").Equals(FieldList.None));
        Assert.False(new FieldList("sex").Equals("sex"));
    }

    [Fact]
    public void None_EmptyAndEqualToAnEmptyList()
    {
        Assert.Equal(0, FieldList.None.Count);
        Assert.True(FieldList.None.Equals(new FieldList()));
        Assert.Empty(FieldList.None.ToReadOnly());
    }

    [Fact]
    public void ToReadOnly_Paths_InOrderAndNotWritable()
    {
        var list = new FieldList("a", "b").ToReadOnly();

        Assert.Equal(["a", "b"], list);
        Assert.IsNotType<string[]>(list);
    }
}
