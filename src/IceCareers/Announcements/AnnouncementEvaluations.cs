using IceCareers.Candidates;
using IceCareers.Eligibility;
using IceCareers.Postings;
using IceCareers.Requirements;
using IceCareers.Roles;

namespace IceCareers.Announcements;

/// <summary>
/// Evaluates candidates against USAJOBS postings: the matched role's report, restricted to the grades a posting offers
/// (the rules are the evaluator's; only the grades are narrowed), with what the posting changes.
/// </summary>
public static class AnnouncementEvaluations
{
    /// <summary>Evaluates <paramref name="profile"/> against one posting.</summary>
    /// <param name="evaluator">The evaluator (its catalog matches the posting to a role).</param>
    /// <param name="profile">What the candidate states; absent fields are unknown.</param>
    /// <param name="announcement">A posting read by <see cref="UsaJobsSearchResult"/>.</param>
    /// <param name="asOf">The evaluation date; the local date of the evaluator's clock when <see langword="null"/>.</param>
    /// <param name="policy">The screening policy; the evaluator's <see cref="EligibilityOptions.Policy"/> when <see langword="null"/>.</param>
    /// <returns>The evaluation; its <see cref="AnnouncementEvaluation.Report"/> is <see langword="null"/> when no role matched.</returns>
    public static AnnouncementEvaluation Evaluate(this EligibilityEvaluator evaluator, CandidateProfile profile, Announcement announcement, DateOnly? asOf = null, ScreeningPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(announcement);
        var date = asOf ?? Today(evaluator);
        var match = evaluator.Catalog.MatchRole(announcement);
        var view = new PostingView(evaluator.Catalog, announcement, match, date);
        var report = match.Role is { } role ? Restrict(evaluator, role, evaluator.Evaluate(profile, role.Id, date, policy), view) : null;
        return Create(announcement, match, view, report);
    }

    /// <summary>
    /// Lists postings with their matched role, grades and status on <paramref name="asOf"/>; with a profile, each matched
    /// posting carries its report (as <see cref="Evaluate"/> makes it). The shape of <c>icecareers announcements</c>.
    /// </summary>
    /// <param name="evaluator">The evaluator (its catalog matches postings to roles).</param>
    /// <param name="announcements">The postings, e.g. <see cref="UsaJobsSearchResult.Announcements"/>.</param>
    /// <param name="profile">The candidate, or <see langword="null"/> for a listing without reports.</param>
    /// <param name="asOf">The date; the local date of the evaluator's clock when <see langword="null"/>.</param>
    /// <param name="policy">The screening policy; the evaluator's <see cref="EligibilityOptions.Policy"/> when <see langword="null"/>.</param>
    /// <returns>One listing per posting, in order.</returns>
    public static IReadOnlyList<AnnouncementListing> List(this EligibilityEvaluator evaluator, IEnumerable<Announcement> announcements, CandidateProfile? profile, DateOnly? asOf, ScreeningPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(announcements);
        var date = asOf ?? Today(evaluator);
        var listings = new List<AnnouncementListing>();

        // One profile, one date, one policy: a role's report is the same for every posting of the role, so it is made
        // once per role and only narrowed per posting (a page of 500 postings holds a handful of roles).
        var byRole = new Dictionary<string, EligibilityReport>(StringComparer.Ordinal);
        foreach (var announcement in announcements)
        {
            ArgumentNullException.ThrowIfNull(announcement, nameof(announcements));
            var match = evaluator.Catalog.MatchRole(announcement);
            var view = new PostingView(evaluator.Catalog, announcement, match, date);
            EligibilityReport? report = null;
            if (profile is not null && match.Role is { } role)
            {
                if (!byRole.TryGetValue(role.Id, out var full))
                {
                    full = evaluator.Evaluate(profile, role.Id, date, policy);
                    byRole.Add(role.Id, full);
                }

                report = Restrict(evaluator, role, full, view);
            }

            listings.Add(new AnnouncementListing
            {
                PositionId = announcement.PositionId,
                Title = announcement.Title,
                RoleId = match.RoleId,
                MatchReason = match.Reason,
                Grades = view.GradeLabels,
                Opens = announcement.PublicationStartDate,
                Closes = announcement.ApplicationCloseDate,
                Open = view.IsOpen,
                Notes = view.Notes,
                Report = report,
            });
        }

        return listings.AsReadOnly();
    }

    private static AnnouncementEvaluation Create(Announcement announcement, AnnouncementMatch match, PostingView view, EligibilityReport? report) => new()
    {
        Announcement = announcement,
        Match = match,
        AsOf = view.AsOf,
        Report = report,
        IsOpen = view.IsOpen,
        IsDirectHire = view.IsDirectHire,
        OfferedGrades = view.Offered,
        GradesNotInCatalog = view.NotEntry,
        EntryGradesNotOffered = view.EntryNotOffered,
        Pay = announcement.Pay,
        PayEstimates = view.Estimates,
        Notes = view.Notes,
    };

    /// <summary>
    /// The role's report narrowed to the posting: qualifying grades limited to the grades offered; when the candidate
    /// qualifies for the role only at grades the posting does not offer, the education-and-experience result becomes
    /// not met for the posting (with what its lowest offered grade needs as the gap); when the posting offers no grade
    /// the catalog lists as an entry grade, that result needs review. The outcome follows the report's own rule.
    /// </summary>
    private static EligibilityReport Restrict(EligibilityEvaluator evaluator, Role role, EligibilityReport report, PostingView view)
    {
        var results = report.Results.ToArray();
        var gaps = report.Gaps.ToList();
        var qualifying = report.QualifyingGrades;
        if (PostingGrades.Range(view.Announcement) is not null)
        {
            qualifying = report.QualifyingGrades.Where(g => view.Offered.Any(o => o.Grade == g.Grade)).ToList();
            var offeredEntry = view.Offered.Where(g => !view.NotEntry.Contains(g)).ToList();
            var index = Array.FindIndex(results, r => r.Kind == RequirementKind.EducationExperience);
            if (index >= 0 && results[index].Verdict != Verdict.NotMet)
            {
                var result = results[index];
                var offered = string.Join(", ", view.Offered);
                if (offeredEntry.Count == 0 && result.Verdict != Verdict.NotApplicable)
                {
                    results[index] = With(result, Verdict.NeedsReview, $"This posting offers {offered}, none of which the catalog lists as an entry grade of {role.Id} ({string.Join(", ", role.Grades.Entry)}), so qualification for it is not evaluated. For the role: {result.Reason}");
                }
                else if (result.Verdict == Verdict.Met && report.QualifyingGrades.Count > 0 && qualifying.Count == 0)
                {
                    var lowest = offeredEntry.Min();
                    var needs = evaluator.PlanFor(role.Id).GradeNeeds(lowest) ?? $"the data has no qualification row for {lowest}";
                    results[index] = With(result, Verdict.NotMet, $"You qualify at {string.Join(", ", report.QualifyingGrades)}, but this posting offers only {offered}: {needs}.");
                    gaps.Add(new Gap { RequirementId = result.RequirementId, Description = $"For this posting: {needs}.", IsRemediable = true });
                }
            }
        }

        return new EligibilityReport
        {
            RoleId = report.RoleId,
            RoleTitle = report.RoleTitle,
            Outcome = OutcomeOf(results),
            Results = results,
            QualifyingGrades = qualifying,
            HighestQualifyingGrade = qualifying.Count == 0 ? null : qualifying.Max(),
            Gaps = gaps,
            MissingInformation = report.MissingInformation,
            Warnings = [.. report.Warnings, .. view.Notes],
            DataVersion = report.DataVersion,
            AsOf = report.AsOf,
            Policy = report.Policy,
        };
    }

    private static RequirementResult With(RequirementResult result, Verdict verdict, string reason) => new()
    {
        RequirementId = result.RequirementId,
        Title = result.Title,
        Kind = result.Kind,
        Category = result.Category,
        Verdict = verdict,
        Reason = reason,
        Sources = result.Sources,
        MissingInformation = result.MissingInformation,
    };

    /// <summary>The report's rule (<see cref="EligibilityReport.Outcome"/>): advisory results never count.</summary>
    private static Outcome OutcomeOf(RequirementResult[] results)
    {
        bool notMet = false, review = false, unknown = false;
        foreach (var r in results)
        {
            if (r.Category == RequirementCategory.Advisory)
            {
                continue;
            }

            notMet |= r.Verdict == Verdict.NotMet;
            review |= r.Verdict == Verdict.NeedsReview;
            unknown |= r.Verdict == Verdict.Unknown;
        }

        return notMet ? Outcome.Ineligible : review ? Outcome.NeedsReview : unknown ? Outcome.Incomplete : Outcome.Eligible;
    }

    private static DateOnly Today(EligibilityEvaluator evaluator) => DateOnly.FromDateTime(evaluator.Options.TimeProvider.GetLocalNow().DateTime);
}
