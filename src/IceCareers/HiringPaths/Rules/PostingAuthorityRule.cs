using IceCareers.Hiring;
using IceCareers.Postings;

namespace IceCareers.HiringPaths.Rules;

/// <summary>Where a posting's authority was read.</summary>
internal enum AuthorityReadFrom
{
    /// <summary>Its own words.</summary>
    Words,

    /// <summary>Its announcement number.</summary>
    Number,

    /// <summary>Its hiring-path codes (federal-employee codes only → merit promotion).</summary>
    Codes,

    /// <summary>Nothing in it says.</summary>
    Nothing,
}

/// <summary>The decision of <see cref="PostingAuthorityRule"/>.</summary>
internal sealed record PostingFinding(
    AuthorityDefinition? Authority,
    AuthorityReadFrom ReadFrom,
    string? Evidence,
    AuthorityDefinition? Disagreeing,
    IReadOnlyList<HiringPathCode> Codes,
    IReadOnlyList<string> UnknownCodes,
    IReadOnlySet<string>? Opens);

/// <summary>
/// A USAJOBS posting's hiring authority and the paths it is open to (docs/rules.md §4.3): its own words first, then a
/// DH, DE or MP part of its announcement number, then federal-employee-only hiring-path codes; the first that speaks
/// decides, and a later one that disagrees is reported. The codes name the paths it is open to, narrowed by the authority
/// (a direct-hire posting open to the public is not competitive examining, and the other way round).
/// </summary>
internal static class PostingAuthorityRule
{
    public static PostingFinding Decide(Announcement posting, HiringRules rules)
    {
        var text = string.Join("\n", new[] { posting.JobSummary, posting.QualificationSummary, posting.WhoMayApply }.Where(t => !string.IsNullOrEmpty(t)));
        var byWords = rules.Authorities
            .Select(a => (Authority: a, Phrase: a.Phrases.FirstOrDefault(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))))
            .FirstOrDefault(x => x.Phrase is not null);
        var segments = (posting.PositionId ?? string.Empty).Split('-', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var byNumber = rules.Authorities
            .Select(a => (Authority: a, Marker: a.NumberMarkers.FirstOrDefault(m => segments.Contains(m, StringComparer.OrdinalIgnoreCase))))
            .FirstOrDefault(x => x.Marker is not null);

        var codes = new List<HiringPathCode>();
        var unknown = new List<string>();
        // Trimmed before they are made distinct: " public" and "PUBLIC" are one code, listed once.
        foreach (var written in posting.HiringPaths.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var code = rules.Codes.FirstOrDefault(c => string.Equals(c.Code, written, StringComparison.OrdinalIgnoreCase));
            if (code is null)
            {
                unknown.Add(written);
            }
            else
            {
                codes.Add(code);
            }
        }

        var federalOnly = codes.Count > 0 && unknown.Count == 0 && codes.All(c => c.Code.StartsWith("fed-", StringComparison.Ordinal));
        var meritPromotion = rules.Authorities.FirstOrDefault(a => string.Equals(a.Id, "merit-promotion", StringComparison.Ordinal));
        AuthorityDefinition? authority;
        AuthorityReadFrom from;
        string? evidence;
        AuthorityDefinition? disagreeing = null;
        if (byWords.Authority is not null)
        {
            (authority, from, evidence) = (byWords.Authority, AuthorityReadFrom.Words, byWords.Phrase);
            if (byNumber.Authority is not null && byNumber.Authority != authority)
            {
                disagreeing = byNumber.Authority;
            }
        }
        else if (byNumber.Authority is not null)
        {
            (authority, from, evidence) = (byNumber.Authority, AuthorityReadFrom.Number, byNumber.Marker);
        }
        else if (federalOnly && meritPromotion is not null)
        {
            (authority, from, evidence) = (meritPromotion, AuthorityReadFrom.Codes, null);
        }
        else
        {
            (authority, from, evidence) = (null, AuthorityReadFrom.Nothing, null);
        }

        HashSet<string>? opens = null;
        if (codes.Count > 0)
        {
            opens = codes.SelectMany(c => c.Opens).ToHashSet(StringComparer.Ordinal);
            switch (authority?.Id)
            {
                case "direct-hire":
                    opens.Remove(HiringPathIds.Competitive);
                    break;
                case "delegated-examining":
                    opens.Remove(HiringPathIds.DirectHire);
                    break;
                case "merit-promotion":
                    opens.Remove(HiringPathIds.Competitive);
                    opens.Remove(HiringPathIds.DirectHire);
                    break;
            }
        }

        return new PostingFinding(authority, from, evidence, disagreeing, codes, unknown, opens);
    }
}
