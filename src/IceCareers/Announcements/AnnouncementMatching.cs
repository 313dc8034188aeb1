using System.Text;
using IceCareers.Postings;
using IceCareers.Roles;

namespace IceCareers.Announcements;

/// <summary>
/// Ties a USAJOBS posting to a catalog role. The rules are structural string matching, documented in docs/usajobs.md:
/// the organisation or department must name U.S. Immigration and Customs Enforcement (names vary: "Immigration and
/// Customs Enforcement", "U.S. Immigration and Customs Enforcement", "U.S. Immigration &amp; Customs Enforcement");
/// then the posting's occupational series (<c>JobCategory[].Code</c>) must be a role's series; among roles sharing a
/// series, the one the title names wins, then an active role over a legacy one, then a shared pay plan, then overlapping
/// grades. Every decision is explained in <see cref="AnnouncementMatch.Reason"/>.
/// </summary>
public static class AnnouncementMatching
{
    private const string IceName = "immigration and customs enforcement";

    /// <summary>Finds the catalog role <paramref name="announcement"/> is for.</summary>
    /// <param name="catalog">The roles to match against.</param>
    /// <param name="announcement">A posting read by <see cref="UsaJobsSearchResult"/>.</param>
    /// <returns>The role (or none) and the reason in words.</returns>
    public static AnnouncementMatch MatchRole(this CareerCatalog catalog, Announcement announcement)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(announcement);
        var organisation = announcement.OrganizationName;
        var department = announcement.DepartmentName;
        var series = announcement.Series;
        var seriesText = series.Count == 0 ? "no series" : "series " + string.Join(", ", series);
        if (!IsIce(organisation) && !IsIce(department))
        {
            var from = organisation is null && department is null
                ? "The posting names no organisation or department"
                : $"The posting is from {Quote(organisation ?? department!)}{(organisation is not null && department is not null ? " (" + department + ")" : "")}";
            var iceSeries = catalog.Roles.Where(r => series.Contains(r.Series.Code)).Select(r => r.Id).ToList();
            var note = iceSeries.Count > 0
                ? $"; {seriesText} is the series of {string.Join(", ", iceSeries)} only at ICE"
                : "";
            return NoMatch(announcement, false, $"{from}, not U.S. Immigration and Customs Enforcement, and the catalog covers ICE roles only ({seriesText}, '{announcement.Title}'){note}.");
        }

        var ice = $"An ICE posting ({Quote(organisation ?? department!)})";
        if (series.Count == 0)
        {
            return NoMatch(announcement, true, $"{ice} with no occupational series (JobCategory), so no role can be told from it.");
        }

        var candidates = catalog.Roles.Where(r => series.Contains(r.Series.Code)).ToList();
        if (candidates.Count == 0)
        {
            var known = catalog.Roles.Select(r => r.Series.Code).Distinct().Order(StringComparer.Ordinal);
            return NoMatch(announcement, true, $"{ice} in {seriesText}, which no catalog role has (the catalog's series: {string.Join(", ", known)}).");
        }

        var scored = candidates
            .Select(r => (Role: r, Title: TitleNames(r, announcement.Title), Active: r.Status == RoleStatus.Active, Plan: PostingGrades.SharesPlan(announcement, r), Grades: Overlaps(announcement, r)))
            .Select(c => (c.Role, c.Title, c.Active, c.Plan, c.Grades, Score: (c.Title ? 8 : 0) + (c.Active ? 4 : 0) + (c.Plan ? 2 : 0) + (c.Grades ? 1 : 0)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Role.Id, StringComparer.Ordinal)
            .ToList();
        var best = scored[0];
        if (scored.Count > 1 && scored[1].Score == best.Score)
        {
            var tied = scored.Where(c => c.Score == best.Score).Select(c => $"{c.Role.Id} ({c.Role.Title})");
            return NoMatch(announcement, true, $"{ice} in {seriesText}, which several catalog roles share ({string.Join(", ", tied)}), and neither the title '{announcement.Title}' nor the pay plan and grades tell them apart.");
        }

        var reason = new StringBuilder()
            .Append(ice).Append(" in ").Append(seriesText).Append(", the series of ").Append(best.Role.Id).Append(" (").Append(best.Role.Title).Append(')')
            .Append(best.Title ? $"; the title '{announcement.Title}' names the role" : $"; the title '{announcement.Title}' does not name the role, so the series decides")
            .Append(best.Plan ? $"; pay plan {string.Join("/", announcement.PayPlans)} is the role's" : announcement.PayPlans.Count == 0 ? "; no pay plan stated" : $"; pay plan {string.Join("/", announcement.PayPlans)} is not one the role's grades use")
            .Append(Grades(announcement, best.Role, best.Grades));
        var others = scored.Skip(1).Select(c => c.Role.Id + (c.Active ? "" : " (a legacy role)")).ToList();
        if (others.Count > 0)
        {
            reason.Append("; also in the series: ").Append(string.Join(", ", others));
        }

        return new AnnouncementMatch { PositionId = announcement.PositionId, Role = best.Role, IsIce = true, Reason = reason.Append('.').ToString() };
    }

    /// <summary>
    /// Whether an organisation or department name names U.S. Immigration and Customs Enforcement: compared in lower
    /// case with "&amp;" read as "and", full stops and apostrophes dropped, other punctuation read as spaces, so "U.S. Immigration &amp; Customs
    /// Enforcement" and "Immigration and Customs Enforcement" both do; "ICE" alone does too.
    /// </summary>
    internal static bool IsIce(string? name)
    {
        if (name is null)
        {
            return false;
        }

        var normal = Normalise(name);
        return normal.Contains(IceName, StringComparison.Ordinal) || normal == "ice";
    }

    private static AnnouncementMatch NoMatch(Announcement announcement, bool ice, string reason) =>
        new() { PositionId = announcement.PositionId, Role = null, IsIce = ice, Reason = reason };

    /// <summary>Whether the posting's title names the role: its title, or a part of it outside or inside parentheses ("Special Agent (Criminal Investigator)").</summary>
    private static bool TitleNames(Role role, string title)
    {
        var posting = " " + Normalise(title) + " ";
        var parts = role.Title.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Prepend(role.Title)
            .Select(Normalise)
            .Where(p => p.Length > 0);
        return parts.Any(p => posting.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    private static string Grades(Announcement announcement, Role role, bool overlaps)
    {
        var entry = string.Join(", ", role.Grades.Entry);
        if (PostingGrades.Range(announcement) is not { } range)
        {
            return $"; the posting states no grades (the role's entry grades: {entry})";
        }

        var one = range.Low == range.High;
        var grades = (one ? "grade " : "grades ") + PostingGrades.Describe(announcement);
        return overlaps
            ? $"; {grades} {(one ? "is one of" : "include")} its entry grades ({entry})"
            : $"; {grades} {(one ? "is not one of" : "include none of")} its entry grades ({entry})";
    }

    private static bool Overlaps(Announcement announcement, Role role) =>
        PostingGrades.Range(announcement) is { } range && role.Grades.Entry.Any(g => g.Grade >= range.Low && g.Grade <= range.High);

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = true;
        foreach (var c in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not '.' and not '\'' && !space)
            {
                builder.Append(' ');
                space = true;
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static string Quote(string name) => "'" + name + "'";
}
