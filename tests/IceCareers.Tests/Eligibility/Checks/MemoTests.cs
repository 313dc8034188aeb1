using IceCareers.Eligibility.Checks;

namespace IceCareers.Tests.Eligibility.Checks;

public sealed class MemoTests
{
    [Fact]
    public void Get_SameKeyTwice_ComputesOnceAndReturnsTheCachedValue()
    {
        var memo = new Memo<int, string>();
        var calls = 0;

        var first = memo.Get(7, 0, (key, _) => { calls++; return "value " + key; });
        var second = memo.Get(7, 0, (key, _) => { calls++; return "value " + key; });

        Assert.Same(first, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Get_KeysSharingASlot_EachGetsItsOwnValue()
    {
        // Integer keys hash to themselves, so keys 1,024 apart land on the same slot and replace each other.
        var memo = new Memo<int, string>();

        for (var round = 0; round < 3; round++)
        {
            Assert.Equal("3", memo.Get(3, 0, static (key, _) => key.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal("1027", memo.Get(1027, 0, static (key, _) => key.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Get_ManyThreadsManyKeys_EveryValueBelongsToItsKey()
    {
        var memo = new Memo<(int, int), (int, int)>();

        Parallel.For(0, 8, thread =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                var key = (i % 3_000, thread % 2);
                Assert.Equal(key, memo.Get(key, 0, static (k, _) => k));
            }
        });
    }
}
