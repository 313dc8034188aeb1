namespace IceCareers.Internal;

/// <summary>
/// Line and column (both 1-based, the column in bytes) of byte offsets in one UTF-8 document, for error messages. The
/// line starts are found once; each position is then a binary search, so that reporting every problem of a large
/// document stays linear in its size (counting lines from the start for each problem made it quadratic).
/// </summary>
internal sealed class TextPosition
{
    private readonly int[] _lineStarts;

    public TextPosition(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int> { 0 };
        var rest = utf8;
        var offset = 0;
        int next;
        while ((next = rest.IndexOf((byte)'\n')) >= 0)
        {
            offset += next + 1;
            starts.Add(offset);
            rest = rest[(next + 1)..];
        }

        _lineStarts = starts.ToArray();
        Length = utf8.Length;
    }

    /// <summary>The document's length in bytes.</summary>
    public int Length { get; }

    /// <summary>The position of one offset in a document that is read for it alone.</summary>
    public static (int Line, int Column) Of(ReadOnlySpan<byte> utf8, long offset) => new TextPosition(utf8).Find(offset);

    /// <summary>The line and column of <paramref name="offset"/>, clamped to the document.</summary>
    public (int Line, int Column) Find(long offset)
    {
        var end = (int)Math.Clamp(offset, 0, Length);
        var index = Array.BinarySearch(_lineStarts, end);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, end - _lineStarts[index] + 1);
    }
}
