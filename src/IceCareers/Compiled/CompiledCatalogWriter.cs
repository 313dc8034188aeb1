using System.Buffers.Binary;
using System.Text;

namespace IceCareers.Compiled;

/// <summary>
/// Writes a loaded catalog in the compiled form (layout and compatibility rules at the top of
/// <see cref="CompiledCatalog"/>): the envelope, sections, records and primitive fields. What goes into each record is in
/// <see cref="CatalogCodec"/>, each type's write beside its read. Used by <c>eng/DataCompiler</c> and the tests, never on
/// a user's path.
/// </summary>
internal sealed class CompiledCatalogWriter
{
    private readonly Dictionary<string, int> _stringIndex = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private byte[] _buffer = new byte[128 * 1024];
    private int _length;

    /// <summary>
    /// Test seam that simulates a newer writer: called at the end of every record and of every section but the string
    /// table, to append fields this library does not know. Null in every real compilation.
    /// </summary>
    internal Action<CompiledCatalogWriter>? AppendToEveryRecord { get; init; }

    /// <summary>Writes <paramref name="catalog"/> to <paramref name="output"/>.</summary>
    public static void Write(CatalogContent catalog, Stream output) => new CompiledCatalogWriter().WriteCatalog(catalog, output);

    /// <summary>Writes <paramref name="catalog"/> to <paramref name="output"/> with this writer's settings.</summary>
    public void WriteCatalog(CatalogContent catalog, Stream output)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);

        // The sections are written first so that the string table holds exactly the strings they use, in first-use
        // order; the table then goes in front of them (readers find it wherever it is, but in front is easy to inspect).
        CatalogCodec.WriteSections(this, catalog);
        var sections = _buffer.AsSpan(0, _length).ToArray();
        _length = 0;
        Int(CompiledCatalog.Sections.Strings);
        var start = _length;
        Int(_strings.Count);
        foreach (var text in _strings)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Int(bytes.Length);
            Bytes(bytes);
        }

        PrefixLength(start);
        Bytes(sections);
        WriteEnvelope(output, _buffer.AsSpan(0, _length));
    }

    /// <summary>Writes the header (magic, format version, checksum, length) and then <paramref name="payload"/>.</summary>
    public static void WriteEnvelope(Stream output, ReadOnlySpan<byte> payload, int formatVersion = CompiledCatalog.FormatVersion)
    {
        Span<byte> header = stackalloc byte[CompiledCatalog.HeaderBytes];
        BinaryPrimitives.WriteUInt32LittleEndian(header, CompiledCatalog.Magic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], formatVersion);
        BinaryPrimitives.WriteUInt64LittleEndian(header[8..], CompiledCatalog.Checksum(payload));
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], payload.Length);
        output.Write(header);
        output.Write(payload);
    }

    /// <summary>Writes a section: its id, its length, and what <paramref name="body"/> writes.</summary>
    public void Section(int id, Action<CompiledCatalogWriter> body)
    {
        Int(id);
        var start = _length;
        body(this);
        AppendToEveryRecord?.Invoke(this);
        PrefixLength(start);
    }

    /// <summary>Starts a record; pass the result to <see cref="EndRecord"/> once its fields are written.</summary>
    public int BeginRecord() => _length;

    /// <summary>Ends the record begun at <paramref name="start"/>: puts its byte length in front of it.</summary>
    public void EndRecord(int start)
    {
        AppendToEveryRecord?.Invoke(this);
        PrefixLength(start);
    }

    /// <summary>Writes <paramref name="value"/> as one record.</summary>
    public void Record<T>(T value, Action<CompiledCatalogWriter, T> write)
    {
        var start = BeginRecord();
        write(this, value);
        EndRecord(start);
    }

    /// <summary>Writes a presence flag, then <paramref name="value"/> as a record if it is not null.</summary>
    public void OptionalRecord<T>(T? value, Action<CompiledCatalogWriter, T> write)
        where T : class
    {
        Bool(value is not null);
        if (value is not null)
        {
            Record(value, write);
        }
    }

    /// <summary>Writes a count, then each item as a record.</summary>
    public void Records<T>(IReadOnlyList<T> items, Action<CompiledCatalogWriter, T> write)
    {
        Int(items.Count);
        foreach (var item in items)
        {
            Record(item, write);
        }
    }

    /// <summary>Writes a count, then each item as <paramref name="write"/> writes it (not as records: for numbers and enums).</summary>
    public void List<T>(IReadOnlyList<T> items, Action<CompiledCatalogWriter, T> write)
    {
        Int(items.Count);
        foreach (var item in items)
        {
            write(this, item);
        }
    }

    /// <summary>Writes a count, then each string.</summary>
    public void Strings(IReadOnlyList<string> items)
    {
        Int(items.Count);
        foreach (var item in items)
        {
            String(item);
        }
    }

    /// <summary>Writes a string as its index in the string table.</summary>
    public void String(string text)
    {
        if (!_stringIndex.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _stringIndex.Add(text, index);
            _strings.Add(text);
        }

        Int(index);
    }

    /// <summary>Writes a presence flag, then the string if it is not null.</summary>
    public void OptionalString(string? text)
    {
        Bool(text is not null);
        if (text is not null)
        {
            String(text);
        }
    }

    /// <summary>Writes a non-negative number, 7 bits a byte.</summary>
    public void Int(int value)
    {
        if (value < 0)
        {
            throw new NotSupportedException($"The compiled form stores no negative numbers ({value}).");
        }

        Span<byte> bytes = stackalloc byte[5];
        Bytes(bytes[..Encode(value, bytes)]);
    }

    /// <summary>Writes a presence flag, then the number if there is one.</summary>
    public void OptionalInt(int? value)
    {
        Bool(value.HasValue);
        if (value is { } v)
        {
            Int(v);
        }
    }

    /// <summary>Writes one byte, 0 or 1.</summary>
    public void Bool(bool value)
    {
        Span<byte> bytes = [value ? (byte)1 : (byte)0];
        Bytes(bytes);
    }

    /// <summary>Writes the 16 bytes of <see cref="decimal.GetBits(decimal, Span{int})"/>, little-endian.</summary>
    public void Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes[(4 * i)..], bits[i]);
        }

        Bytes(bytes);
    }

    /// <summary>Writes a presence flag, then the number if there is one.</summary>
    public void OptionalDecimal(decimal? value)
    {
        Bool(value.HasValue);
        if (value is { } v)
        {
            Decimal(v);
        }
    }

    /// <summary>Writes a date as its day number.</summary>
    public void Date(DateOnly date) => Int(date.DayNumber);

    /// <summary>Writes a presence flag, then the date if there is one.</summary>
    public void OptionalDate(DateOnly? date)
    {
        Bool(date.HasValue);
        if (date is { } d)
        {
            Date(d);
        }
    }

    private static int Encode(int value, Span<byte> bytes)
    {
        var remaining = (uint)value;
        var count = 0;
        while (remaining >= 0x80)
        {
            bytes[count++] = (byte)(remaining | 0x80);
            remaining >>= 7;
        }

        bytes[count++] = (byte)remaining;
        return count;
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }

    /// <summary>Puts the length of everything written since <paramref name="start"/> in front of it.</summary>
    private void PrefixLength(int start)
    {
        var length = _length - start;
        Span<byte> prefix = stackalloc byte[5];
        var size = Encode(length, prefix);
        Reserve(size);
        Array.Copy(_buffer, start, _buffer, start + size, length);
        prefix[..size].CopyTo(_buffer.AsSpan(start));
        _length += size;
    }
}
