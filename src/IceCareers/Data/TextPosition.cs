namespace IceCareers.Data;

/// <summary>Line and column (both 1-based, the column in bytes) of a byte offset in a UTF-8 document, for error messages.</summary>
internal static class TextPosition
{
    public static (int Line, int Column) Of(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Clamp(offset, 0, utf8.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < end; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, end - lineStart + 1);
    }
}
