using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using IceCareers.Diagnostics;

namespace IceCareers.Compiled;

/// <summary>
/// Reads the compiled catalog (layout and compatibility rules at the top of <see cref="CompiledCatalog"/>): the envelope,
/// the sections, records and primitive fields, straight from the payload's bytes. What is in each record is in
/// <see cref="CatalogCodec"/>, each type's read beside its write. It runs at start-up, where every method it touches is
/// JIT-compiled first, so it is kept to a few small methods and allocates nothing but the strings and the model objects.
/// </summary>
internal sealed class CompiledCatalogReader
{
    private readonly byte[] _data;
    private readonly string _name;
    private readonly int[] _sectionStart = new int[CompiledCatalog.Sections.End];
    private readonly int[] _sectionEnd = new int[CompiledCatalog.Sections.End];
    private string[] _strings = [];
    private int _position;
    private int _end;

    private CompiledCatalogReader(byte[] payload, string name)
    {
        _data = payload;
        _name = name;
        _end = payload.Length;
    }

    /// <summary>A reader positioned at the start of <paramref name="payload"/>, with no sections and no strings: for tests of the record framing.</summary>
    internal static CompiledCatalogReader ForPayload(byte[] payload) => new(payload, "payload");

    /// <summary>
    /// Whether the record being read has fields left. A field appended to a record after format 4 is read only when it
    /// does — <c>r.More ? r.Int() : default</c> — so that a record an older writer wrote, which ends before it, reads with
    /// the default.
    /// </summary>
    public bool More => _position < _end;

    /// <summary>
    /// Reads a compiled catalog. Anything else — not a compiled catalog, a format this library does not read, a damaged
    /// or truncated file, a record that does not read, a catalog that is inconsistent — is a
    /// <see cref="ProblemException"/> (the catalog's <c>CatalogLoadException</c>) naming <paramref name="name"/> and what is wrong: a compiled catalog that does
    /// not read is a build defect, and it is reported, never replaced by something else.
    /// </summary>
    public static CatalogContent Read(Stream stream, string name)
    {
        try
        {
            Span<byte> header = stackalloc byte[CompiledCatalog.HeaderBytes];
            var headerRead = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (headerRead < 4 || BinaryPrimitives.ReadUInt32LittleEndian(header) != CompiledCatalog.Magic)
            {
                throw Fail(name, "not a compiled IceCareers catalog");
            }

            if (headerRead < header.Length)
            {
                throw Fail(name, "truncated: it ends inside its header");
            }

            var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
            if (version is < CompiledCatalog.OldestReadableFormatVersion or > CompiledCatalog.FormatVersion)
            {
                throw UnreadableFormat(name, version);
            }

            var checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[8..]);
            var length = BinaryPrimitives.ReadInt32LittleEndian(header[16..]);
            if (length is < 0 or > CompiledCatalog.MaxPayloadBytes)
            {
                throw PayloadLength(name, length);
            }

            var payload = new byte[length];
            var read = stream.ReadAtLeast(payload, length, throwOnEndOfStream: false);
            if (read != length)
            {
                throw Truncated(name, read, length);
            }

            if (CompiledCatalog.Checksum(payload) != checksum)
            {
                throw Fail(name, "damaged: the payload's checksum does not match");
            }

            var reader = new CompiledCatalogReader(payload, name);
            reader.FindSections();
            reader.EnterSection(CompiledCatalog.Sections.Strings);
            reader._strings = reader.StringTable();
            return CatalogCodec.ReadSections(reader);
        }
        catch (Exception e) when (e is IOException || DoesNotRead(e))
        {
            // Past the checksum, a record that does not read (or a catalog that does not hold together) means the writer
            // and the reader disagree: a build defect, reported with its cause.
            throw Fail(name, "does not read (" + e.Message + ")", e);
        }
    }

    /// <summary>Moves to the start of section <paramref name="id"/>, which every file of a readable format has.</summary>
    public void EnterSection(int id)
    {
        if (_sectionEnd[id] == 0)
        {
            throw Corrupt("it has no " + CompiledCatalog.Sections.Name(id) + " section");
        }

        _position = _sectionStart[id];
        _end = _sectionEnd[id];
    }

    /// <summary>
    /// Moves to the start of section <paramref name="id"/> if the file has it; false for a file written before the
    /// section existed (its reader then uses a documented default).
    /// </summary>
    public bool TryEnterSection(int id)
    {
        if (_sectionEnd[id] == 0)
        {
            return false;
        }

        _position = _sectionStart[id];
        _end = _sectionEnd[id];
        return true;
    }

    /// <summary>
    /// Reads section <paramref name="id"/> (one record) on first use instead of now, once, whatever the number of
    /// threads: for data most programs never ask for, whose reading would otherwise add to every start. The reader is
    /// not used for anything else once the catalog is read, so the deferred read may move it. A record that does not
    /// read then is the same <see cref="ProblemException"/> (the catalog's <c>CatalogLoadException</c>) as at load.
    /// </summary>
    public Lazy<T> Later<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(int id, Func<CompiledCatalogReader, T> read) => new(
        () =>
        {
            try
            {
                EnterSection(id);
                return Record(read);
            }
            catch (Exception e) when (DoesNotRead(e))
            {
                throw Fail(_name, "does not read (" + e.Message + ")", e);
            }
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Starts reading a record: returns what <see cref="EndRecord"/> needs to finish it.</summary>
    public int BeginRecord()
    {
        var length = Count();
        var outer = _end;
        _end = _position + length;
        return outer;
    }

    /// <summary>Finishes a record: skips the fields it has that this library does not know (a newer writer appended them).</summary>
    public void EndRecord(int outer)
    {
        _position = _end;
        _end = outer;
    }

    /// <summary>Reads one record.</summary>
    public T Record<T>(Func<CompiledCatalogReader, T> read)
    {
        var outer = BeginRecord();
        var value = read(this);
        EndRecord(outer);
        return value;
    }

    /// <summary>Reads a presence flag, then a record if it is there.</summary>
    public T? OptionalRecord<T>(Func<CompiledCatalogReader, T> read)
        where T : class => Bool() ? Record(read) : null;

    /// <summary>Reads a count, then that many records.</summary>
    public T[] Records<T>(Func<CompiledCatalogReader, T> read)
    {
        var items = new T[Count()];
        for (var i = 0; i < items.Length; i++)
        {
            var outer = BeginRecord();
            items[i] = read(this);
            EndRecord(outer);
        }

        return items;
    }

    /// <summary>Reads a count, then that many items that are not records (numbers and enums).</summary>
    public T[] List<T>(Func<CompiledCatalogReader, T> read)
    {
        var items = new T[Count()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read(this);
        }

        return items;
    }

    /// <summary>Reads a count, then that many strings.</summary>
    public string[] Strings()
    {
        var items = new string[Count()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = String();
        }

        return items;
    }

    /// <summary>Reads a string (its index in the string table).</summary>
    public string String()
    {
        var index = Int();
        return index < _strings.Length ? _strings[index] : throw Corrupt("a string index is outside the string table");
    }

    /// <summary>Reads a presence flag, then a string if it is there.</summary>
    public string? OptionalString() => Bool() ? String() : null;

    /// <summary>Reads a non-negative number, 7 bits a byte.</summary>
    public int Int()
    {
        // One byte (numbers below 128) without a call: most numbers are, and this runs at start-up, before the JIT optimises.
        var position = _position;
        if (position < _end && _data[position] < 0x80)
        {
            _position = position + 1;
            return _data[position];
        }

        return LongInt();
    }

    /// <summary>Reads a presence flag, then a number if it is there.</summary>
    public int? OptionalInt() => Bool() ? Int() : null;

    /// <summary>Reads one byte, which must be 0 or 1.</summary>
    public bool Bool()
    {
        var position = _position;
        if (position < _end && _data[position] <= 1)
        {
            _position = position + 1;
            return _data[position] == 1;
        }

        throw position < _end ? Corrupt("a flag is neither 0 nor 1") : Ended();
    }

    /// <summary>Reads the 16 bytes of a decimal.</summary>
    public decimal Decimal()
    {
        if (_end - _position < 16)
        {
            throw Ended();
        }

        var bytes = _data.AsSpan(_position, 16);
        _position += 16;
        var flags = BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
        var scale = (flags >> 16) & 0xFF;
        if ((flags & 0x7F00FFFF) != 0 || scale > 28)
        {
            throw Corrupt("a decimal is malformed");
        }

        return new decimal(
            BinaryPrimitives.ReadInt32LittleEndian(bytes),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]),
            flags < 0,
            (byte)scale);
    }

    /// <summary>Reads a presence flag, then a decimal if it is there.</summary>
    public decimal? OptionalDecimal() => Bool() ? Decimal() : null;

    /// <summary>Reads a date (its day number).</summary>
    public DateOnly Date()
    {
        var day = Int();
        return day <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(day) : throw Corrupt("a date is past the last date there is");
    }

    /// <summary>Reads a presence flag, then a date if it is there.</summary>
    public DateOnly? OptionalDate() => Bool() ? Date() : null;

    /// <summary>The exceptions a record that does not read (or a catalog that does not hold together) throws.</summary>
    private static bool DoesNotRead(Exception e) =>
        e is FormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException;

    private static ProblemException Fail(string name, string problem, Exception? cause = null)
    {
        var error = Problem.InFile(name, 1, 1, problem + "; rebuild it with `bash eng/compile-data.sh`");
        return cause is null ? new ProblemException([error]) : new ProblemException([error], cause);
    }

    // The messages are built in these methods, not where they are thrown, so that the happy path JIT-compiles none of it.
    private static ProblemException UnreadableFormat(string name, int version)
    {
        var readable = CompiledCatalog.OldestReadableFormatVersion == CompiledCatalog.FormatVersion
            ? string.Create(CultureInfo.InvariantCulture, $"format {CompiledCatalog.FormatVersion}")
            : string.Create(CultureInfo.InvariantCulture, $"formats {CompiledCatalog.OldestReadableFormatVersion} to {CompiledCatalog.FormatVersion}");
        var writer = version > CompiledCatalog.FormatVersion ? "a newer" : "an older";
        return Fail(name, string.Create(CultureInfo.InvariantCulture, $"compiled in format {version}; this library reads {readable} ({writer} IceCareers wrote it)"));
    }

    private static ProblemException PayloadLength(string name, int length) =>
        Fail(name, string.Create(CultureInfo.InvariantCulture, $"a payload length of {length} bytes is outside 0–{CompiledCatalog.MaxPayloadBytes}"));

    private static ProblemException Truncated(string name, int read, int length) =>
        Fail(name, string.Create(CultureInfo.InvariantCulture, $"truncated: {read} of {length} payload bytes"));

    private static FormatException Ended() => new("a record or section ends inside a field");

    private FormatException Corrupt(string problem) => new(string.Create(CultureInfo.InvariantCulture, $"{problem}, at payload byte {_position}"));

    /// <summary>Notes where each section this library knows is; skips the others.</summary>
    private void FindSections()
    {
        while (_position < _data.Length)
        {
            var id = Int();
            var length = Count();
            if (id < CompiledCatalog.Sections.End)
            {
                if (id == 0 || _sectionEnd[id] != 0)
                {
                    throw Corrupt(id == 0 ? "section id 0 is not used" : "the " + CompiledCatalog.Sections.Name(id) + " section appears twice");
                }

                _sectionStart[id] = _position;
                _sectionEnd[id] = _position + length;
            }

            _position += length;
        }
    }

    private string[] StringTable()
    {
        var strings = new string[Count()];
        for (var i = 0; i < strings.Length; i++)
        {
            var length = Count();
            strings[i] = Encoding.UTF8.GetString(_data, _position, length);
            _position += length;
        }

        return strings;
    }

    /// <summary>Reads a count or a length, which cannot exceed the bytes left in the record or section (every item takes one at least).</summary>
    public int Count()
    {
        var count = Int();
        return count <= _end - _position ? count : throw Corrupt("a count or length exceeds the bytes left");
    }

    private int LongInt()
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_position >= _end)
            {
                throw Ended();
            }

            var b = _data[_position++];
            if (shift == 28 && b > 0x07)
            {
                throw Corrupt("a number is out of range");
            }

            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw Corrupt("a number is out of range");
    }
}
