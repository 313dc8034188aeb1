using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using IceCareers.Diagnostics;
using IceCareers.Internal;

namespace IceCareers.Authoring.Yaml;

/// <summary>
/// Reads one YAML document into a DTO, refusing oversized files, byte-order marks, invalid UTF-8, anchors, aliases,
/// deep nesting, duplicate and unknown keys. Every problem becomes a <see cref="Problem"/>; nothing else escapes.
/// </summary>
internal sealed partial class YamlDocumentReader
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxDepth = 64;

    /// <summary>How many wrong keys one reading reports before it stops (each costs another pass over the parsed events).</summary>
    public const int MaxReportedKeys = 20;

    private const string WrongShape = "value has the wrong shape (a list or a mapping where a single value belongs, or the reverse)";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IDeserializer _deserializer = new StaticDeserializerBuilder(new IceCareersYamlContext())
        .WithNamingConvention(LowerFirstNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithEnforceNullability()
        .WithMaximumRecursion(MaxDepth * 2)
        .Build();

    /// <summary>Reads <paramref name="file"/>; returns <see langword="null"/> after adding errors when it cannot.</summary>
    public T? Read<T>(DataFile file, ICollection<Problem> errors, out PositionIndex positions)
        where T : class
    {
        positions = PositionIndex.Empty;
        if (file.Length > MaxBytes)
        {
            errors.Add(Problem.InFile(file.Path, 1, 1, string.Create(CultureInfo.InvariantCulture,
                $"file is {file.Length:N0} bytes; data files may be at most {MaxBytes:N0} bytes (1 MiB)")));
            return null;
        }

        byte[] bytes;
        try
        {
            using var stream = file.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBytes)
                {
                    errors.Add(Problem.InFile(file.Path, 1, 1, string.Create(CultureInfo.InvariantCulture,
                        $"file is larger than {MaxBytes:N0} bytes (1 MiB), the limit for data files")));
                    return null;
                }
            }

            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add(Problem.InFile(file.Path, 1, 1, "cannot read the file: " + e.Message));
            return null;
        }

        var text = Decode(file.Path, bytes, errors);
        return text is null ? null : Deserialize<T>(file.Path, text, errors, out positions, SchemaRanges.For(typeof(T)));
    }

    /// <summary>
    /// Deserialises YAML text; used directly for documents that are not files. A key that is unknown, repeated or holds
    /// a value of the wrong type is reported and then skipped on another pass, so that one reading reports up to
    /// <see cref="MaxReportedKeys"/> such keys instead of only the first.
    /// </summary>
    public T? Deserialize<T>(string path, string text, ICollection<Problem> errors, out PositionIndex positions, IReadOnlyDictionary<string, SchemaRange>? ranges = null)
        where T : class
    {
        positions = PositionIndex.Empty;
        var skipped = new HashSet<(long Line, long Column)>();
        var events = ReplayParser.Parse(text);
        while (true)
        {
            var parser = new GuardedParser(events.Replay(), MaxDepth, skipped, ranges);
            Problem error;
            (long Line, long Column)? wrongKey = null;
            try
            {
                var result = _deserializer.Deserialize<T>(parser);
                positions = parser.Positions;
                if (skipped.Count > 0)
                {
                    // Everything else read; the skipped keys are already reported, so the document still fails.
                    return null;
                }

                if (result is null)
                {
                    errors.Add(Problem.InFile(path, 1, 1, "the file is empty; expected a YAML mapping"));
                }

                return result;
            }
            catch (YamlException e)
            {
                error = ToError(path, e, parser.CurrentPath, out var keyError, out var valueError);
                wrongKey = keyError ? (error.Line ?? 1, error.Column ?? 1) : valueError ? parser.KeyOfCurrentValue : null;
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException or ArgumentException or InvalidCastException)
            {
                var (line, column) = parser.Current is { } current ? ((int)current.Start.Line, (int)current.Start.Column) : (1, 1);
                var message = e is InvalidCastException ? WrongShape : e.Message;
                error = Problem.InFile(path, line, column, $"{parser.CurrentPath}: {message}");
                wrongKey = parser.KeyOfCurrentValue;
            }

            errors.Add(error);
            if (wrongKey is not { } key || !skipped.Add(key))
            {
                return null;
            }

            if (skipped.Count >= MaxReportedKeys)
            {
                errors.Add(Problem.InFile(path, error.Line ?? 1, error.Column ?? 1, string.Create(CultureInfo.InvariantCulture,
                    $"stopped after {MaxReportedKeys} wrong keys; fix these and read the document again")));
                return null;
            }
        }
    }

    private static string? Decode(string path, byte[] bytes, ICollection<Problem> errors)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            errors.Add(Problem.InFile(path, 1, 1, "the file starts with a UTF-8 byte-order mark; save it as UTF-8 without a BOM"));
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Clamp(e.Index, 0, bytes.Length);
            var (line, column) = TextPosition.Of(bytes, index);
            errors.Add(Problem.InFile(path, line, column, "the file is not valid UTF-8 (byte 0x" +
                (index < bytes.Length ? bytes[index].ToString("X2", CultureInfo.InvariantCulture) : "??") + ")"));
            return null;
        }
    }

    /// <summary>
    /// The error for a YAML exception; <paramref name="keyError"/> when it is about the key at the error's position
    /// (unknown or repeated), <paramref name="valueError"/> when it is about the value being read (wrong type or shape).
    /// </summary>
    private static Problem ToError(string path, YamlException exception, string currentPath, out bool keyError, out bool valueError)
    {
        // The innermost YAML error carries the most precise position and message; deserialiser wrappers add neither.
        var deepest = exception;
        Exception? cause = null;
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is YamlException y)
            {
                deepest = y;
            }
            else
            {
                cause ??= e;
            }
        }

        if (deepest is SchemaRangeException)
        {
            keyError = false;
            valueError = true;
            return Problem.InFile(path, (int)deepest.Start.Line, (int)deepest.Start.Column, deepest.Message);
        }

        var message = Clean(deepest.Message, cause, currentPath);
        keyError = UnknownKey().IsMatch(deepest.Message) || DuplicateKey().IsMatch(deepest.Message);
        valueError = !keyError && (cause is FormatException or OverflowException or InvalidCastException
            || message.EndsWith(WrongShape, StringComparison.Ordinal) || message.Contains(": value has the wrong shape", StringComparison.Ordinal));
        return Problem.InFile(path, (int)deepest.Start.Line, (int)deepest.Start.Column, message);
    }

    private static string Clean(string message, Exception? cause, string currentPath)
    {
        var unknown = UnknownKey().Match(message);
        if (unknown.Success)
        {
            return $"{currentPath}: unknown key '{unknown.Groups[1].Value}'";
        }

        var duplicate = DuplicateKey().Match(message);
        if (duplicate.Success)
        {
            return $"{currentPath}: duplicate key '{duplicate.Groups[1].Value.Trim()}'";
        }

        if (message.StartsWith("No node deserializer", StringComparison.Ordinal) || message.StartsWith("Unable to cast", StringComparison.Ordinal))
        {
            return $"{currentPath}: {WrongShape}";
        }

        if (message.Contains("Maximum recursion", StringComparison.OrdinalIgnoreCase))
        {
            return string.Create(CultureInfo.InvariantCulture, $"nesting is deeper than {MaxDepth} levels");
        }

        if (cause is FormatException or OverflowException)
        {
            return Internal(cause.Message)
                ? $"{currentPath}: wrong type of value; see data/README.md for the expected type"
                : $"{currentPath}: wrong type of value ({cause.Message.TrimEnd('.')}); see data/README.md for the expected type";
        }

        if (message.StartsWith("Exception during deserialization", StringComparison.Ordinal) || message.Contains("nullability", StringComparison.OrdinalIgnoreCase)
            || Internal(message) || (cause is not null && Internal(cause.Message)))
        {
            // The deserialiser's own words name .NET and YamlDotNet types, which a contributor editing YAML cannot act on.
            return $"{currentPath}: {WrongShape}";
        }

        return message.StartsWith('$') ? message : $"{currentPath}: {message.TrimEnd('.')}";
    }

    private static bool Internal(string message) =>
        message.Contains("System.", StringComparison.Ordinal) || message.Contains("YamlDotNet", StringComparison.Ordinal)
        || message.Contains("static context", StringComparison.Ordinal) || message.Contains("IceCareers.", StringComparison.Ordinal);

    [GeneratedRegex("^Property '(.+)' not found on type")]
    private static partial Regex UnknownKey();

    [GeneratedRegex("^Encountered duplicate key (.+)$")]
    private static partial Regex DuplicateKey();
}
