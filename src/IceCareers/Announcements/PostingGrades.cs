using System.Globalization;
using IceCareers.Postings;
using IceCareers.Roles;

namespace IceCareers.Announcements;

/// <summary>Reading a posting's grades (texts as USAJOBS writes them) against a role's grades.</summary>
internal static class PostingGrades
{
    /// <summary>A grade written as a whole number from 1 to 15 ("5", "09"); <see langword="null"/> otherwise (absent, "None", a band letter).</summary>
    public static int? Number(string? text) =>
        text is not null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 15 ? n : null;

    /// <summary>The posting's grade range (low to high; one end stands for both when the other is unknown), or <see langword="null"/>.</summary>
    public static (int Low, int High)? Range(Announcement announcement)
    {
        var low = Number(announcement.LowGrade);
        var high = Number(announcement.HighGrade);
        if (low is null && high is null)
        {
            return null;
        }

        var a = low ?? high!.Value;
        var b = high ?? low!.Value;
        return a <= b ? (a, b) : (b, a);
    }

    /// <summary>The pay plans the role's grades use, e.g. GL and GS for a deportation officer.</summary>
    public static IEnumerable<PayPlan> Plans(Role role) => role.Grades.Entry.Select(g => g.Plan).Append(role.Grades.FullPerformance.Plan).Distinct();

    /// <summary>Whether the posting names one of the role's pay plans (by their two-letter names).</summary>
    public static bool SharesPlan(Announcement announcement, Role role) =>
        Plans(role).Any(p => announcement.PayPlans.Contains(PlanName(p), StringComparer.OrdinalIgnoreCase));

    public static string PlanName(PayPlan plan) => plan == PayPlan.GL ? "GL" : "GS";

    /// <summary>"5–9", "9" or "not stated".</summary>
    public static string Describe(Announcement announcement) =>
        Range(announcement) is { } r
            ? r.Low == r.High ? r.Low.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{r.Low}–{r.High}")
            : announcement.LowGrade ?? announcement.HighGrade ?? "not stated";
}
