using System.Globalization;
using IceCareers.Candidates;
using IceCareers.Hiring;
using IceCareers.HiringPaths.Rules;
using IceCareers.Postings;

namespace IceCareers.HiringPaths;

/// <summary>
/// Decides which doors are open to a person on a date (docs/rules.md §4): their veterans' preference category, every
/// hiring path with its verdict and the date it closes, what a USAJOBS posting's authority means for them, and the
/// documents to bring. Every date, count and percent comes from the catalog's data (data/hiring/). Immutable and
/// thread-safe; evaluation is pure for a given catalog, profile, posting and date.
/// </summary>
public sealed class HiringPathEvaluator
{
    private readonly TimeProvider _time;

    /// <summary>Creates an evaluator over <paramref name="catalog"/>.</summary>
    /// <param name="catalog">The catalog whose hiring-path data (data/hiring/) the rules read.</param>
    /// <param name="timeProvider">Gives today's date when no date is passed; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public HiringPathEvaluator(CareerCatalog catalog, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The catalog the evaluator reads.</summary>
    public CareerCatalog Catalog { get; }

    /// <summary>Decides the person's preference, paths and documents, with no particular posting in mind.</summary>
    /// <param name="profile">What the person states; absent fields are unknown.</param>
    /// <param name="asOf">The date to decide for; today (from the time provider) when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The profile (built in code) holds a list longer than <see cref="CandidateProfile.MaxEntries"/>.</exception>
    /// <exception cref="InvalidOperationException">The catalog has no hiring-path data.</exception>
    public HiringPathReport Evaluate(CandidateProfile profile, DateOnly? asOf) => Evaluate(profile, null, asOf);

    /// <summary>Decides the person's preference, paths and documents today (from the time provider).</summary>
    /// <param name="profile">What the person states; absent fields are unknown.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The profile (built in code) holds a list longer than <see cref="CandidateProfile.MaxEntries"/>.</exception>
    /// <exception cref="InvalidOperationException">The catalog has no hiring-path data.</exception>
    public HiringPathReport Evaluate(CandidateProfile profile) => Evaluate(profile, null, null);

    /// <summary>Decides the person's preference and paths for one posting: whether preference applies to it and which of the person's paths it is open to.</summary>
    /// <param name="profile">What the person states; absent fields are unknown.</param>
    /// <param name="posting">A USAJOBS posting (read with <see cref="UsaJobsSearchResult"/>); <see langword="null"/> for none.</param>
    /// <param name="asOf">The date to decide for; today (from the time provider) when <see langword="null"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The profile (built in code) holds a list longer than <see cref="CandidateProfile.MaxEntries"/>.</exception>
    /// <exception cref="ArgumentException">The posting (built in code) has no position id or a null hiring-path code.</exception>
    /// <exception cref="InvalidOperationException">The catalog has no hiring-path data.</exception>
    public HiringPathReport Evaluate(CandidateProfile profile, Announcement? posting, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(profile);
        CheckBounds(profile);
        if (posting is not null)
        {
            CheckPosting(posting);
        }

        var rules = Catalog.HiringRules;
        if (rules.Preference is not { } preferenceRules)
        {
            throw new InvalidOperationException("The catalog has no hiring-path data (data/hiring/); load a data folder that has it.");
        }

        var date = asOf ?? DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var record = ServiceRecord.Of(profile.Military, date);
        var discharge = DischargeFacts.Of(profile.Military, record, preferenceRules, date);
        var preference = PreferenceRule.Decide(profile, record, discharge, preferenceRules);
        var facts = new PathFacts(profile, date, record, discharge, preference);

        var posted = posting is null ? null : PostingAuthorityRule.Decide(posting, rules);
        var decided = new List<(PathDefinition Path, PathFinding Finding)>(rules.Paths.Count);
        foreach (var path in rules.Paths)
        {
            var finding = Decide(path, facts, preferenceRules);
            if (posted is not null && !path.Advisory && !OpenOnPosting(posted, path.Id))
            {
                finding = PathFinding.NotApplicable(PathBecause.PostingNotOpen);
            }

            decided.Add((path, finding));
        }

        var preferenceApplies = posted?.Authority?.PreferenceApplies;
        var evidence = EvidenceChecklist.For(rules, profile, preference, decided, posting is null || preferenceApplies != false);
        var missing = Broadest(preference.Missing.Concat(decided.SelectMany(d => d.Finding.Missing)));

        return new HiringPathReport
        {
            AsOf = date,
            DataVersion = Catalog.Version,
            Preference = new PreferenceResult
            {
                Category = preference.Category,
                Points = preference.Points,
                Reason = HiringPathText.Preference(preference, preferenceRules),
                Sources = preference.Sources,
                Tentative = preference.Tentative,
            },
            Paths = [.. decided.Select(d => Result(d.Path, d.Finding, preferenceRules))],
            Posting = posted is null ? null : Posting(posting!, posted, preferenceApplies, preference, decided),
            Evidence = evidence,
            MissingInformation = missing,
        };
    }

    private static PathFinding Decide(PathDefinition path, PathFacts facts, PreferenceRules preference) => path.Id switch
    {
        HiringPathIds.Competitive or HiringPathIds.DirectHire => CitizenshipPathRule.Decide(facts, path),
        HiringPathIds.MeritPromotion => MeritPromotionRule.Decide(facts, path),
        HiringPathIds.Vra => VraRule.Decide(facts, path, preference),
        HiringPathIds.Veoa => VeoaRule.Decide(facts, path),
        HiringPathIds.DisabledVeteran30 => DisabledVeteranRule.Decide(facts, path),
        HiringPathIds.ScheduleA => SimplePathRules.ScheduleA(facts),
        HiringPathIds.PathwaysRecentGraduate => RecentGraduateRule.Decide(facts, path),
        HiringPathIds.PathwaysIntern => SimplePathRules.Intern(facts),
        HiringPathIds.MilitarySpouse => SimplePathRules.MilitarySpouse(facts),
        HiringPathIds.SkillBridge => SimplePathRules.SkillBridge(facts, path),
        // The loader accepts only these ids (a test keeps the two lists equal).
        _ => throw new InvalidOperationException($"No rule decides the hiring path '{path.Id}'."),
    };

    /// <summary>Each field once, in the order first asked, leaving out a field whose enclosing field is asked already.</summary>
    private static List<string> Broadest(IEnumerable<string> fields)
    {
        var all = fields.Distinct(StringComparer.Ordinal).ToList();
        return all.Where(f => !all.Any(parent => f.Length > parent.Length && f.StartsWith(parent, StringComparison.Ordinal) && f[parent.Length] is '.' or '[')).ToList();
    }

    private static bool OpenOnPosting(PostingFinding posted, string pathId)
    {
        if (posted.Opens is { } opens)
        {
            return opens.Contains(pathId);
        }

        // A posting that lists no hiring paths is narrowed by its authority alone.
        return posted.Authority?.Id switch
        {
            "direct-hire" => pathId != HiringPathIds.Competitive,
            "delegated-examining" => pathId != HiringPathIds.DirectHire,
            "merit-promotion" => pathId is not (HiringPathIds.Competitive or HiringPathIds.DirectHire),
            _ => true,
        };
    }

    private static HiringPathResult Result(PathDefinition path, PathFinding finding, PreferenceRules rules) => new()
    {
        Id = path.Id,
        Title = path.Title,
        Verdict = finding.Verdict,
        Reason = HiringPathText.Path(path, finding, rules),
        Until = finding.Verdict == PathVerdict.Eligible ? finding.Until : null,
        MaxGrade = path.MaxGrade is { } grade ? "GS-" + grade.ToString(CultureInfo.InvariantCulture) : null,
        Sources = path.Sources,
        Evidence = path.Evidence,
        MissingInformation = finding.Missing,
    };

    private static PostingHiringResult Posting(
        Announcement posting, PostingFinding posted, bool? preferenceApplies, PreferenceFinding preference, IReadOnlyList<(PathDefinition Path, PathFinding Finding)> decided) => new()
    {
        PositionId = posting.PositionId,
        HiringAuthority = posted.Authority?.Id ?? "unknown",
        PreferenceApplies = preferenceApplies,
        Note = HiringPathText.Posting(posted, preferenceApplies, preference),
        OpenTo = [.. decided.Where(d => d.Finding.Verdict == PathVerdict.Eligible && !d.Path.Advisory).Select(d => d.Path.Id)],
        Sources = [.. (posted.Authority?.Sources ?? []).Concat(posted.Codes.SelectMany(c => c.Sources)).Distinct(StringComparer.Ordinal)],
    };

    private static void CheckBounds(CandidateProfile profile)
    {
        static void Check<T>(IReadOnlyList<T>? list, string path)
        {
            if (list is { Count: > CandidateProfile.MaxEntries })
            {
                throw new ArgumentOutOfRangeException(
                    nameof(profile),
                    $"{path} holds {list.Count:N0} entries; a profile may hold at most {CandidateProfile.MaxEntries:N0} in one list.");
            }
        }

        Check(profile.Education, "education");
        Check(profile.Military?.Periods, "military.periods");
        Check(profile.Military?.CampaignMedals, "military.campaignMedals");
    }

    private static void CheckPosting(Announcement posting)
    {
        if (string.IsNullOrEmpty(posting.PositionId))
        {
            throw new ArgumentException("The posting has no position id (Announcement.PositionId).", nameof(posting));
        }

        if (posting.HiringPaths.Any(c => c is null))
        {
            throw new ArgumentException("The posting's hiring paths (Announcement.HiringPaths) hold a null code.", nameof(posting));
        }
    }
}
