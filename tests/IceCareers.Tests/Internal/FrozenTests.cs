using IceCareers.Internal;

namespace IceCareers.Tests.Internal;

public sealed class FrozenTests
{
    [Fact]
    public void Sorted_UnorderedInput_OrdersByKeyKeepingEqualKeysInInputOrder()
    {
        var items = new[] { (Key: 3, Name: "c"), (Key: 1, Name: "a1"), (Key: 2, Name: "b"), (Key: 1, Name: "a2") };

        var sorted = Frozen.Sorted(items, i => i.Key);

        Assert.Equal(["a1", "a2", "b", "c"], sorted.Select(i => i.Name));
    }

    [Fact]
    public void Sorted_OrderedInput_KeepsOrderAndCopies()
    {
        var items = new[] { 1, 2, 2, 5 };

        var sorted = Frozen.Sorted(items, i => i);
        items[0] = 9;

        Assert.Equal([1, 2, 2, 5], sorted);
    }

    [Fact]
    public void Sorted_Null_Empty()
    {
        Assert.Empty(Frozen.Sorted<int, int>(null, i => i));
    }
}
