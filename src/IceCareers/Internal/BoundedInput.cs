using System.Buffers;

namespace IceCareers.Internal;

/// <summary>
/// Reads untrusted input to its end within a byte limit, counting the bytes that actually arrive rather than a length
/// the source reports (a pipe, <c>/dev/zero</c> or a chunked request body has none). The profile reader and the USAJOBS
/// reader share it, so that every entry point from a <see cref="Stream"/> is bounded the same way.
/// </summary>
internal static class BoundedInput
{
    /// <summary>The UTF-8 byte-order mark, skipped by the readers.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads <paramref name="stream"/> to its end into a rented buffer, or stops as soon as more than
    /// <paramref name="maxBytes"/> bytes have arrived. The caller returns <see cref="Read.Buffer"/> to
    /// <see cref="ArrayPool{T}.Shared"/> when done (see <see cref="Read.Dispose"/>).
    /// </summary>
    public static Read ReadAtMost(Stream stream, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes, 64 * 1024) + 1);
        var length = 0;

        // One byte past the limit tells that there is more; nothing beyond it is read (a pooled buffer may be larger).
        var cap = (int)Math.Min((long)maxBytes + 1, int.MaxValue);
        try
        {
            while (true)
            {
                if (length == cap)
                {
                    return new Read(buffer, length, TooLarge: length > maxBytes);
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(cap, buffer.Length * 2L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, length, Math.Min(buffer.Length, cap) - length);
                if (read == 0)
                {
                    return new Read(buffer, length, TooLarge: length > maxBytes);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>What <see cref="ReadAtMost"/> read: the bytes, or the fact that there were too many.</summary>
    /// <param name="Buffer">The rented buffer; the first <paramref name="Length"/> bytes are the input.</param>
    /// <param name="Length">How many bytes were read.</param>
    /// <param name="TooLarge">Whether the input is longer than the limit (then only part of it was read).</param>
    public readonly record struct Read(byte[] Buffer, int Length, bool TooLarge) : IDisposable
    {
        /// <summary>The bytes read.</summary>
        public ReadOnlyMemory<byte> Bytes => Buffer.AsMemory(0, Length);

        /// <summary>Returns the buffer to the pool.</summary>
        public void Dispose() => ArrayPool<byte>.Shared.Return(Buffer);
    }
}
