using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IceCareers.Candidates;
using IceCareers.Postings;
using IceCareers.Profiles;

namespace IceCareers.Web;

/// <summary>
/// Reads the JSON of a request body for every endpoint that takes one: the request object (its members are fixed),
/// then the documents it carries the library's way — a profile through <see cref="ProfileDocument.ReadJson(ReadOnlySpan{byte}, TimeProvider?)"/>
/// (bounded, strict UTF-8) and postings through <see cref="UsaJobsSearchResult"/> — every refusal a problem at its path,
/// in the request's own words (never a .NET type name or the reader's advice to developers).
/// </summary>
internal static class RequestJson
{
    /// <summary>Deserializes the request object; on refusal <paramref name="error"/> is the 400 to send.</summary>
    /// <param name="body">The request body.</param>
    /// <param name="typeInfo">The request object's JSON contract.</param>
    /// <param name="members">The request's members in words, e.g. "roleId, asOf, policy and profile".</param>
    /// <param name="value">The request object.</param>
    /// <param name="error">The 400 to send, on refusal.</param>
    public static bool TryDeserialize<T>(byte[] body, JsonTypeInfo<T> typeInfo, string members, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out IResult? error)
        where T : class
    {
        error = null;
        try
        {
            value = JsonSerializer.Deserialize(body, typeInfo);
        }
        catch (JsonException e)
        {
            value = null;
            error = Problems.BadRequest([new RequestProblem(e.Path is { Length: > 2 } path ? path[2..] : "", Describe(e, members))], "The request body is not a valid request");
            return false;
        }

        if (value is null)
        {
            error = Problems.BadRequest([new RequestProblem("", $"expected a JSON object with {members}")], "The request body is not a valid request");
            return false;
        }

        return true;
    }

    /// <summary>Reads the profile member: absent or null is a problem, and so is every problem of the document (at <c>profile.…</c>).</summary>
    public static CandidateProfile? Profile(JsonElement? element, TimeProvider time, List<RequestProblem> problems)
    {
        if (element is not { ValueKind: not JsonValueKind.Null } json)
        {
            problems.Add(new RequestProblem("profile", "required: the candidate profile (write {} for a profile with nothing known)"));
            return null;
        }

        try
        {
            return ProfileDocument.ReadJson(JsonMarshal.GetRawUtf8Value(json), time);
        }
        catch (ProfileValidationException e)
        {
            problems.AddRange(e.Problems.Select(p => new RequestProblem(string.IsNullOrEmpty(p.Path) ? "profile" : "profile." + p.Path, p.Message)));
            return null;
        }
    }

    /// <summary>Reads a postings document held by the member <paramref name="member"/>; a refusal is a problem at <c>member.…</c>.</summary>
    /// <param name="json">The member's value.</param>
    /// <param name="member">The member's name, the start of every problem's path.</param>
    /// <param name="problems">Where a refusal is added.</param>
    /// <param name="wrapSingle">Read one bare <c>MatchedObjectDescriptor</c> object as a document of one posting.</param>
    public static UsaJobsSearchResult? Postings(JsonElement json, string member, bool wrapSingle, List<RequestProblem> problems)
    {
        var raw = JsonMarshal.GetRawUtf8Value(json);
        var bytes = new byte[raw.Length + (wrapSingle ? 2 : 0)];
        if (wrapSingle)
        {
            bytes[0] = (byte)'[';
            bytes[^1] = (byte)']';
        }

        raw.CopyTo(bytes.AsSpan(wrapSingle ? 1 : 0));
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return UsaJobsSearchResult.Parse(stream);
        }
        catch (AnnouncementFormatException e)
        {
            var path = e.Problem.Path is { Length: > 1 } at ? at[1..] : "";
            if (wrapSingle && path.StartsWith("[0]", StringComparison.Ordinal))
            {
                path = path[3..];
            }

            problems.Add(new RequestProblem(member + path, e.Problem.Message));
            return null;
        }
    }

    /// <summary>What is wrong with the request object, in its own terms.</summary>
    public static string Describe(JsonException e, string members)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e.Message;
        bool Has(string words) => message.Contains(words, StringComparison.OrdinalIgnoreCase);
        var inner = e.InnerException?.Message ?? "";
        if (Has("UTF-8") || inner.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || Has("transcode"))
        {
            return "the request body is not valid UTF-8 here; send JSON encoded as UTF-8";
        }

        if (e.InnerException is InvalidOperationException || Has("surrogate") || Has("UTF-16"))
        {
            return "the text holds an escape of half a character (a lone surrogate such as \\ud800, not followed or preceded by its other half); write whole characters";
        }

        return true switch
        {
            _ when Has("could not be mapped") => $"unknown member; the request has {members}",
            _ when Has("Duplicate") => "duplicate member; write each member once",
            _ when Has("could not be converted") => e.Path is null or "$" ? $"expected a JSON object with {members}" : "wrong type of value; expected text in double quotes",
            _ when Has("maximum configured depth") => "malformed JSON: nesting is too deep",
            _ when Has("comment") => "malformed JSON: comments are not allowed",
            _ when Has("trailing comma") => "malformed JSON: a comma before a closing bracket or brace is not allowed",
            _ when Has("isFinalBlock") || Has("depth to be zero") || Has("does not contain any JSON tokens") || Has("end of data")
                => "malformed JSON: the body ends before every object and array in it is closed",
            _ when Has("UTF-8") || Has("transcode") => "the request body is not valid UTF-8; send JSON encoded as UTF-8",
            _ when Has("literal") => "malformed JSON: a word that is not true, false or null (text must be in double quotes)",
            _ when Has("escap") || Has("hex") => "malformed JSON: a backslash escape in text is not valid",
            _ when Has("within a JSON string") || Has("control character") => "malformed JSON: a control character (such as a line break) inside text; write it as an escape such as \\n",
            _ when Has("number") || Has("digit") => "malformed JSON: a number is not written as JSON writes numbers",
            _ when Has("property name") && Has("start") => "malformed JSON: expected a member name in double quotes",
            _ when Has("after a property name") => "malformed JSON: expected a colon after the member name",
            _ when Has("after a value") || Has("Expected either") => "malformed JSON: expected a comma, or a closing bracket or brace, after the value",
            _ when Has("start of a value") => "malformed JSON: expected a value here",
            _ when Has("after the end") || Has("after a single JSON value") => "malformed JSON: there is more after the end of the body",
            _ => "malformed JSON: the body is not well-formed here",
        };
    }
}
