using IceCareers.Candidates;

namespace IceCareers.Profiles;

/// <summary>
/// Reads candidate profiles from untrusted bytes — a file, a request body, a message — in the document format of
/// <see cref="CandidateProfile"/> (YAML or JSON). Every entry point bounds the input to
/// <see cref="CandidateProfile.MaxDocumentBytes"/> by the bytes that arrive (not a reported length), requires strict
/// UTF-8 (a byte-order mark is skipped), and refuses anything else with a <see cref="ProfileValidationException"/> that
/// lists every problem with its field path, line and column; no other exception escapes, save an
/// <see cref="IOException"/> from the stream itself. <c>CandidateProfile.FromYaml</c> / <c>FromJson</c> read text the same way.
/// </summary>
public static class ProfileDocument
{
    /// <summary>Reads a YAML profile from UTF-8 bytes.</summary>
    /// <param name="utf8">The document (at most <see cref="CandidateProfile.MaxDocumentBytes"/> bytes).</param>
    /// <param name="timeProvider">Gives "today" for the date-of-birth checks; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The bytes are too many, not UTF-8, not a profile, or break a rule; every problem is listed.</exception>
    public static CandidateProfile ReadYaml(ReadOnlySpan<byte> utf8, TimeProvider? timeProvider) =>
        ProfileReader.FromYaml(utf8, Today(timeProvider));

    /// <summary>Reads a JSON profile from UTF-8 bytes.</summary>
    /// <param name="utf8">The document (at most <see cref="CandidateProfile.MaxDocumentBytes"/> bytes).</param>
    /// <param name="timeProvider">Gives "today" for the date-of-birth checks; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The bytes are too many, not UTF-8, not a profile, or break a rule; every problem is listed.</exception>
    public static CandidateProfile ReadJson(ReadOnlySpan<byte> utf8, TimeProvider? timeProvider) =>
        ProfileReader.FromJson(utf8, Today(timeProvider));

    /// <summary>Reads a YAML profile from a stream, to its end (at most <see cref="CandidateProfile.MaxDocumentBytes"/> + 4 bytes are read).</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="timeProvider">Gives "today" for the date-of-birth checks; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The document is too large, not UTF-8, not a profile, or breaks a rule; every problem is listed.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CandidateProfile ReadYaml(Stream stream, TimeProvider? timeProvider) =>
        ProfileReader.FromYaml(stream, Today(timeProvider));

    /// <summary>Reads a JSON profile from a stream, to its end (at most <see cref="CandidateProfile.MaxDocumentBytes"/> + 4 bytes are read).</summary>
    /// <param name="stream">The stream; it is not closed.</param>
    /// <param name="timeProvider">Gives "today" for the date-of-birth checks; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The document is too large, not UTF-8, not a profile, or breaks a rule; every problem is listed.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CandidateProfile ReadJson(Stream stream, TimeProvider? timeProvider) =>
        ProfileReader.FromJson(stream, Today(timeProvider));

    /// <summary>Reads a YAML profile from UTF-8 bytes, with today from the system clock.</summary>
    /// <param name="utf8">The document; see <see cref="ReadYaml(ReadOnlySpan{byte}, TimeProvider?)"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The document is too large, not UTF-8, not a profile, or breaks a rule; every problem is listed.</exception>
    public static CandidateProfile ReadYaml(ReadOnlySpan<byte> utf8) => ReadYaml(utf8, null);

    /// <summary>Reads a YAML profile from a stream, with today from the system clock.</summary>
    /// <param name="stream">The document; see <see cref="ReadYaml(Stream, TimeProvider?)"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The document is too large, not UTF-8, not a profile, or breaks a rule; every problem is listed.</exception>
    public static CandidateProfile ReadYaml(Stream stream) => ReadYaml(stream, null);

    /// <summary>Reads a JSON profile from UTF-8 bytes, with today from the system clock.</summary>
    /// <param name="utf8">The document; see <see cref="ReadJson(ReadOnlySpan{byte}, TimeProvider?)"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The document is too large, not UTF-8, not a profile, or breaks a rule; every problem is listed.</exception>
    public static CandidateProfile ReadJson(ReadOnlySpan<byte> utf8) => ReadJson(utf8, null);

    /// <summary>Reads a JSON profile from a stream, with today from the system clock.</summary>
    /// <param name="stream">The document; see <see cref="ReadJson(Stream, TimeProvider?)"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ProfileValidationException">The document is too large, not UTF-8, not a profile, or breaks a rule; every problem is listed.</exception>
    public static CandidateProfile ReadJson(Stream stream) => ReadJson(stream, null);

    /// <summary>"Today" for the date-of-birth checks, from the caller's clock.</summary>
    internal static DateOnly Today(TimeProvider? timeProvider) =>
        DateOnly.FromDateTime((timeProvider ?? TimeProvider.System).GetLocalNow().DateTime);
}
