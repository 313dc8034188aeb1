using System.Globalization;
using IceCareers.Pay;
using IceCareers.Postings;
using IceCareers.Roles;

namespace IceCareers.Announcements;

/// <summary>
/// What a posting changes about its matched role, independent of any candidate: the grades it offers along the role's
/// grades, the grades it differs on, whether it is open on a date, whether it is a direct-hire posting, and its pay.
/// </summary>
internal sealed class PostingView
{
    /// <summary>The catalog source quoted for "direct hire: no veterans' preference" (a USAJOBS deportation officer announcement).</summary>
    internal const string DirectHireSourceId = "usajobs-503401900";

    public PostingView(CareerCatalog catalog, Announcement announcement, AnnouncementMatch match, DateOnly asOf)
    {
        Announcement = announcement;
        Match = match;
        AsOf = asOf;
        IsOpen = announcement.IsOpenOn(asOf);
        IsDirectHire = DirectHire(announcement);
        var range = PostingGrades.Range(announcement);
        if (match.Role is { } role && range is { } r)
        {
            var entry = role.Grades.Entry;
            foreach (var grade in entry.Where(g => g.Grade >= r.Low && g.Grade <= r.High))
            {
                Offered.Add(grade);
            }

            foreach (var number in new[] { r.Low, r.High }.Distinct())
            {
                if (!entry.Any(g => g.Grade == number))
                {
                    var grade = new PayGrade(PlanFor(announcement, role, number), number);
                    Offered.Add(grade);
                    NotEntry.Add(grade);
                }
            }

            Offered.Sort();
            EntryNotOffered.AddRange(entry.Where(g => g.Grade < r.Low || g.Grade > r.High));
        }

        GradeLabels = match.Role is not null && range is not null
            ? Offered.Select(g => g.ToString()).ToList()
            : Labels(announcement, range);
        WriteNotes(catalog, announcement, match, range);
    }

    public Announcement Announcement { get; }

    public AnnouncementMatch Match { get; }

    public DateOnly AsOf { get; }

    public bool? IsOpen { get; }

    public bool IsDirectHire { get; }

    /// <summary>The posting's grades along the role's: its entry grades within the posting's range, plus the range's ends when they are not entry grades.</summary>
    public List<PayGrade> Offered { get; } = [];

    public List<PayGrade> NotEntry { get; } = [];

    public List<PayGrade> EntryNotOffered { get; } = [];

    public List<string> GradeLabels { get; }

    public List<string> Notes { get; } = [];

    /// <summary>The library's pay estimates (step 1) for the lowest and highest offered entry grades, in the posting's locality when the data knows it.</summary>
    public List<PayEstimate> Estimates { get; } = [];

    /// <summary>
    /// Whether the posting says it is filled under direct-hire authority: a "DH" part in its announcement number
    /// (e.g. HSI-ELHU-12864563-DH-RIR), or the words "direct hire" in its title, who-may-apply, summary or qualifications.
    /// </summary>
    internal static bool DirectHire(Announcement a) =>
        a.PositionId.Split('-', StringSplitOptions.TrimEntries).Contains("DH", StringComparer.OrdinalIgnoreCase)
        || new[] { a.Title, a.WhoMayApply, a.JobSummary, a.QualificationSummary }.Any(t =>
            t is not null && (t.Contains("direct hire", StringComparison.OrdinalIgnoreCase) || t.Contains("direct-hire", StringComparison.OrdinalIgnoreCase)));

    private static PayPlan PlanFor(Announcement announcement, Role role, int number)
    {
        if (announcement.PayPlans.Contains("GL", StringComparer.OrdinalIgnoreCase) && number <= role.Grades.Entry.Select(g => g.Grade).DefaultIfEmpty(0).Max())
        {
            return PayPlan.GL;
        }

        return announcement.PayPlans.Contains("GS", StringComparer.OrdinalIgnoreCase) || number > role.Grades.Entry.Select(g => g.Grade).DefaultIfEmpty(0).Max()
            ? role.Grades.FullPerformance.Plan
            : role.Grades.Entry[0].Plan;
    }

    /// <summary>Without a role: the range's ends in the posting's own pay plan ("GL-5", "GL-9"), or the grades as written.</summary>
    private static List<string> Labels(Announcement announcement, (int Low, int High)? range)
    {
        var plan = announcement.PayPlans.Count > 0 ? announcement.PayPlans[0] : null;
        if (range is { } r)
        {
            return new[] { r.Low, r.High }.Distinct().Select(n => (plan is null ? "" : plan + "-") + n.ToString(CultureInfo.InvariantCulture)).ToList();
        }

        return new[] { announcement.LowGrade, announcement.HighGrade }.OfType<string>().Distinct().Select(g => plan is null ? g : plan + "-" + g).ToList();
    }

    private void WriteNotes(CareerCatalog catalog, Announcement announcement, AnnouncementMatch match, (int Low, int High)? range)
    {
        var asOf = Text(AsOf);
        if (announcement.ApplicationCloseDate is { } closes && AsOf > closes)
        {
            Notes.Add($"The posting closed on {Text(closes)}: on {asOf} it no longer takes applications.");
        }
        else if (announcement.PublicationStartDate is { } opens && AsOf < opens)
        {
            Notes.Add($"The posting opens on {Text(opens)}: on {asOf} it does not yet take applications.");
        }
        else if (IsOpen is null)
        {
            Notes.Add($"The posting does not state {(announcement.PublicationStartDate is null ? "when it opens" : "when it closes")}, so whether it takes applications on {asOf} is not known.");
        }

        if (match.Role is { } role)
        {
            var entry = string.Join(", ", role.Grades.Entry);
            if (range is null)
            {
                Notes.Add($"The posting states no grades, so the report covers every entry grade of {role.Id} ({entry}).");
            }

            foreach (var grade in NotEntry)
            {
                Notes.Add($"The posting offers {grade}, which the catalog does not list as an entry grade of {role.Id} ({entry}): whether you qualify at it is not evaluated.");
            }

            if (EntryNotOffered.Count > 0 && range is not null)
            {
                Notes.Add($"The catalog lists {string.Join(", ", EntryNotOffered)} as {(EntryNotOffered.Count == 1 ? "an entry grade" : "entry grades")} of {role.Id}, but this posting does not offer {(EntryNotOffered.Count == 1 ? "it" : "them")}.");
            }
        }

        if (IsDirectHire)
        {
            var source = catalog.TryGetSource(DirectHireSourceId, out var s) && s.Url is { } url ? $" (as a USAJOBS direct-hire announcement states: {url})" : "";
            Notes.Add($"The posting is filled under direct-hire authority: veterans' preference, category rating and traditional rating and ranking do not apply{source}.");
        }

        if (announcement.Pay.Count > 0)
        {
            Notes.Add($"The posting's pay: {string.Join("; ", announcement.Pay)}.");
        }

        if (match.Role is { } matched && range is not null)
        {
            Estimate(catalog, announcement, matched);
        }
    }

    /// <summary>
    /// The library's estimate beside the posting's range: base pay plus locality at step 1 for the lowest and highest
    /// offered entry grades, in the first duty city the pay data names as (part of) a locality area, else Rest of U.S.
    /// </summary>
    private void Estimate(CareerCatalog catalog, Announcement announcement, Role role)
    {
        var grades = Offered.Where(g => !NotEntry.Contains(g)).ToList();
        if (grades.Count == 0)
        {
            return;
        }

        var estimator = new PayEstimator(catalog);
        var cities = announcement.Locations.Where(l => l.Kind == LocationKind.Place && l.City is not null).Select(l => l.City!).Distinct().ToList();
        var locality = cities.FirstOrDefault(c => estimator.TryEstimate(role.Id, grades[0], 1, c, AsOf, out _, out _));
        foreach (var grade in new[] { grades[0], grades[^1] }.Distinct())
        {
            if (!estimator.TryEstimate(role.Id, grade, 1, locality ?? PayEstimator.DefaultLocality, AsOf, out var estimate, out var error))
            {
                Notes.Add($"The library has no pay estimate for {grade}: {error}");
                return;
            }

            Estimates.Add(estimate);
        }

        var where = locality is not null
            ? Estimates[0].Locality
            : $"{Estimates[0].Locality}{(cities.Count > 0 ? $" (the pay data has no locality area for {string.Join(", ", cities)}; check the posting's own locality)" : "")}";
        var amounts = string.Join(" to ", Estimates.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Grade} ${e.AdjustedPay:#,0}")));
        Notes.Add($"The library's estimate (base pay plus locality, step 1, {AsOf.Year.ToString(CultureInfo.InvariantCulture)} tables): {amounts} a year in {where}; premiums and incentives not included.");
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
