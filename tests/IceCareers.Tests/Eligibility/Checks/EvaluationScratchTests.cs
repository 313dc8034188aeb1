using IceCareers.Eligibility.Checks;

namespace IceCareers.Tests.Eligibility.Checks;

/// <summary>
/// The working lists a report reuses (<see cref="EvaluationScratch"/>): each field path or warning once, in the order
/// first added, at most the list's capacity (then flagged as truncated), whether the list is scanned (short) or indexed
/// by a set (past 16 items).
/// </summary>
public sealed class EvaluationScratchTests
{
    private static string[] Items(int count, string prefix = "education") => [.. Enumerable.Range(0, count).Select(i => $"{prefix}[{i}].completed")];

    [Fact]
    public void Add_Repeats_KeptOnceInFirstOrder()
    {
        var list = new EvaluationScratch.UniqueList();

        foreach (var item in new[] { "sex", "dateOfBirth", "sex", "citizenship", "dateOfBirth" })
        {
            list.Add(item);
        }

        Assert.Equal(["sex", "dateOfBirth", "citizenship"], list.ToArray());
        Assert.Equal(3, list.Count);
        Assert.Equal("dateOfBirth", list[1]);
        Assert.False(list.Truncated);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Add_ManyThenRepeatedAll_EachOnce(int count)
    {
        var list = new EvaluationScratch.UniqueList();
        var items = Items(count);

        foreach (var item in items.Concat(items).Concat(items.Reverse()))
        {
            list.Add(item);
        }

        Assert.Equal(items, list.ToArray());
    }

    [Fact]
    public void Add_PastCapacity_NewItemsLeftOutAndFlagged()
    {
        var list = new EvaluationScratch.UniqueList(3);

        list.Add("a");
        list.Add("b");
        list.Add("c");
        list.Add("a"); // already held: not a loss
        Assert.False(list.Truncated);

        list.Add("d");

        Assert.Equal(["a", "b", "c"], list.ToArray());
        Assert.True(list.Truncated);

        list.Add("a");
        Assert.True(list.Truncated); // stays flagged
    }

    [Fact]
    public void Add_PastALargeCapacity_SetIndexedListStillFlagsOnlyNewItems()
    {
        var list = new EvaluationScratch.UniqueList(20);
        var items = Items(20);
        foreach (var item in items)
        {
            list.Add(item);
        }

        list.Add(items[19]);
        Assert.False(list.Truncated);

        list.Add("sex");
        Assert.True(list.Truncated);
        Assert.Equal(items, list.ToArray());
    }

    [Fact]
    public void Clear_AfterManyItems_EmptyAndDeduplicatesAgain()
    {
        var list = new EvaluationScratch.UniqueList(2000);
        foreach (var item in Items(1100))
        {
            list.Add(item);
        }

        list.Add("overflow");
        list.Clear();

        Assert.Equal(0, list.Count);
        Assert.False(list.Truncated);
        list.Add("education[0].completed");
        list.Add("education[0].completed");
        list.Add("sex");
        Assert.Equal(["education[0].completed", "sex"], list.ToArray());

        foreach (var item in Items(30, "experience"))
        {
            list.Add(item);
            list.Add(item);
        }

        Assert.Equal(32, list.Count);
    }

    [Fact]
    public void Clear_TruncatedList_NotTruncatedAnyMore()
    {
        var list = new EvaluationScratch.UniqueList(1);
        list.Add("a");
        list.Add("b");

        list.Clear();

        Assert.False(list.Truncated);
        Assert.Equal(0, list.Count);
    }

    [Theory]
    [InlineData(2, new[] { "c", "d", "e", "a", "b" })]
    [InlineData(1, new[] { "b", "c", "d", "e", "a" })]
    [InlineData(4, new[] { "e", "a", "b", "c", "d" })]
    [InlineData(0, new[] { "a", "b", "c", "d", "e" })]
    [InlineData(5, new[] { "a", "b", "c", "d", "e" })]
    [InlineData(-1, new[] { "a", "b", "c", "d", "e" })]
    public void MoveToFront_FromAnIndex_LaterGroupFirstEachInOrder(int start, string[] expected)
    {
        var list = new EvaluationScratch.UniqueList();
        foreach (var item in new[] { "a", "b", "c", "d", "e" })
        {
            list.Add(item);
        }

        list.MoveToFront(start);

        Assert.Equal(expected, list.ToArray());
    }

    [Fact]
    public void CopyTo_AtAnIndex_ItemsInOrder()
    {
        var list = new EvaluationScratch.UniqueList();
        list.Add("a");
        list.Add("b");
        var array = new[] { "x", "x", "x" };

        list.CopyTo(array, 1);

        Assert.Equal(["x", "a", "b"], array);
    }

    [Fact]
    public void Rent_SameThread_ClearedScratch()
    {
        var scratch = EvaluationScratch.Rent();
        scratch.Missing.Add("sex");
        scratch.Warnings.Add("w");
        scratch.Paths.Add("p");
        scratch.Gaps.Add(null!);

        var again = EvaluationScratch.Rent();

        Assert.Same(scratch, again);
        Assert.Equal(0, again.Missing.Count);
        Assert.Equal(0, again.Warnings.Count);
        Assert.Equal(0, again.Paths.Count);
        Assert.Empty(again.Gaps);
    }

    [Fact]
    public void Missing_AtMostTheReportLimit()
    {
        var scratch = EvaluationScratch.Rent();
        foreach (var item in Items(EvaluationScratch.MaxMissingListed + 5))
        {
            scratch.Missing.Add(item);
        }

        Assert.Equal(EvaluationScratch.MaxMissingListed, scratch.Missing.Count);
        Assert.True(scratch.Missing.Truncated);
        EvaluationScratch.Rent();
    }
}
