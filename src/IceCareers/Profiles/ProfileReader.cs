using System.Globalization;
using System.Text;
using IceCareers.Candidates;
using IceCareers.Diagnostics;
using IceCareers.Internal;

namespace IceCareers.Profiles;

/// <summary>
/// Reads candidate profile documents — YAML (YamlDotNet's parser, refusing anchors, aliases and deep nesting) or JSON
/// (<see cref="System.Text.Json.Utf8JsonReader"/>) into one node shape, bound to the models through
/// <see cref="ProfileContract"/> — and checks the rules every profile must keep. Every problem becomes a <see cref="Problem"/>; all of them come
/// back together in one <see cref="ProfileValidationException"/>, and no other exception escapes.
/// </summary>
internal static class ProfileReader
{
    public static CandidateProfile FromYaml(string text, DateOnly today)
    {
        CheckSize(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ProfileValidationException([YamlProfileParser.Empty()]);
        }

        var problems = new List<Problem>();
        var root = YamlProfileParser.Parse(text, problems);
        return Read(root, json: false, problems, today);
    }

    public static CandidateProfile FromJson(string text, DateOnly today)
    {
        CheckSize(text);
        var problems = new List<Problem>();
        var root = JsonProfileParser.Parse(Encoding.UTF8.GetBytes(text), problems);
        return Read(root, json: true, problems, today);
    }

    /// <summary>Reads YAML from UTF-8 bytes: bounded in size and strict UTF-8 (a byte-order mark is skipped), then as <see cref="FromYaml(string, DateOnly)"/>.</summary>
    public static CandidateProfile FromYaml(ReadOnlySpan<byte> utf8, DateOnly today) => FromYaml(Decode(utf8), today);

    /// <summary>Reads JSON from UTF-8 bytes: bounded in size and strict UTF-8 (a byte-order mark is skipped).</summary>
    public static CandidateProfile FromJson(ReadOnlySpan<byte> utf8, DateOnly today)
    {
        var text = Utf8(utf8);
        var problems = new List<Problem>();
        var root = JsonProfileParser.Parse(text, problems);
        return Read(root, json: true, problems, today);
    }

    /// <summary>Reads YAML from a stream, to its end but never more than <see cref="CandidateProfile.MaxDocumentBytes"/> + 1 bytes.</summary>
    public static CandidateProfile FromYaml(Stream stream, DateOnly today)
    {
        using var input = ReadAtMost(stream);
        return FromYaml(input.Bytes.Span, today);
    }

    /// <summary>Reads JSON from a stream, to its end but never more than <see cref="CandidateProfile.MaxDocumentBytes"/> + 1 bytes.</summary>
    public static CandidateProfile FromJson(Stream stream, DateOnly today)
    {
        using var input = ReadAtMost(stream);
        return FromJson(input.Bytes.Span, today);
    }

    /// <summary>
    /// The UTF-8 text of untrusted bytes, without a byte-order mark; refused as a profile problem when larger than
    /// <see cref="CandidateProfile.MaxDocumentBytes"/> or not valid UTF-8.
    /// </summary>
    public static ReadOnlySpan<byte> Utf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith(BoundedInput.ByteOrderMark))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Length > CandidateProfile.MaxDocumentBytes)
        {
            throw TooLarge(Invariant($"the document is {utf8.Length:N0} bytes"));
        }

        var valid = System.Text.Unicode.Utf8.IsValid(utf8);
        return valid ? utf8 : throw new ProfileValidationException([Problem.At("", Invariant(
            $"the document is not valid UTF-8 (first bad byte at offset {FirstInvalid(utf8):N0}); profiles are UTF-8 text"))]);
    }

    private static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(Utf8(utf8));

    private static BoundedInput.Read ReadAtMost(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var input = BoundedInput.ReadAtMost(stream, CandidateProfile.MaxDocumentBytes + BoundedInput.ByteOrderMark.Length);
        if (input.TooLarge || (input.Length > CandidateProfile.MaxDocumentBytes && !input.Bytes.Span.StartsWith(BoundedInput.ByteOrderMark)))
        {
            input.Dispose();
            throw TooLarge(Invariant($"the document is larger than {CandidateProfile.MaxDocumentBytes:N0} bytes"));
        }

        return input;
    }

    private static ProfileValidationException TooLarge(string what) =>
        new([Problem.At("", Invariant($"{what}; profiles may be at most {CandidateProfile.MaxDocumentBytes:N0} bytes (1 MiB)"))]);

    private static int FirstInvalid(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return index;
    }

    /// <summary>
    /// Binds a parsed document to the profile contract and checks its values: every problem of the document (keys,
    /// types, words, dates, ranges) comes back in one exception, in document order.
    /// </summary>
    private static CandidateProfile Read(ProfileNode? root, bool json, List<Problem> problems, DateOnly today)
    {
        if (root is null)
        {
            throw new ProfileValidationException(problems);
        }

        var (profile, positions) = ProfileBinder.Bind(root, json, problems);
        foreach (var problem in ProfileRules.Validate(profile, today))
        {
            problems.Add(Locate(problem, positions));
        }

        if (problems.Count > 0)
        {
            throw new ProfileValidationException(problems
                .DistinctBy(p => (p.Path, p.Message))
                .OrderBy(p => p.Line ?? 0)
                .ThenBy(p => p.Column ?? 0));
        }

        return profile;
    }

    private static void CheckSize(string text)
    {
        // A char is at most 3 UTF-8 bytes; count exactly only when the cheap bound is inconclusive.
        if (text.Length > CandidateProfile.MaxDocumentBytes / 3 && Encoding.UTF8.GetByteCount(text) is var bytes && bytes > CandidateProfile.MaxDocumentBytes)
        {
            throw new ProfileValidationException([Problem.At("", Invariant(
                $"the document is {bytes:N0} bytes; profiles may be at most {CandidateProfile.MaxDocumentBytes:N0} bytes (1 MiB)"))]);
        }
    }

    private static Problem Locate(Problem problem, IReadOnlyDictionary<string, (int Line, int Column)> positions)
    {
        // A problem about a missing key points at its nearest written ancestor.
        for (var probe = problem.Path ?? ""; probe.Length > 0;)
        {
            if (positions.TryGetValue(probe, out var at))
            {
                return problem with { Line = at.Line, Column = at.Column };
            }

            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            probe = cut <= 0 ? "" : probe[..cut];
        }

        return problem;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
