using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// The documents to bring (docs/rules.md §4.4): each evidence item needed by a path the person can use, by their
/// preference category (when preference can apply), and by a degree they would qualify on. While the person is still
/// serving, the service certification stands in for the DD-214; a Purple Heart's XP needs no VA rating letter.
/// </summary>
internal static class EvidenceChecklist
{
    public static IReadOnlyList<EvidenceItem> For(
        HiringRules rules,
        CandidateProfile profile,
        PreferenceFinding preference,
        IReadOnlyList<(PathDefinition Path, PathFinding Finding)> paths,
        bool preferenceCanApply)
    {
        var claims = new List<string>();
        claims.AddRange(paths.Where(p => p.Finding.Verdict == PathVerdict.Eligible).Select(p => p.Path.Id));
        if (preferenceCanApply && preference.IsPreferenceEligible)
        {
            claims.Add(HiringPathWords.Categories[preference.Category]);
        }

        if (profile.Education?.Any(e => e?.Level is not null and not EducationLevel.HighSchool) == true)
        {
            claims.Add("education");
        }

        var serving = preference.Tentative || paths.Any(p => p.Finding.Tentative);
        var items = new List<EvidenceItem>();
        foreach (var item in rules.Evidence)
        {
            if (string.Equals(item.Id, "dd214-member4", StringComparison.Ordinal) && serving)
            {
                continue;
            }

            if (string.Equals(item.Id, "service-certification-120d", StringComparison.Ordinal) && !serving)
            {
                continue;
            }

            var proves = item.For.Where(claims.Contains).ToList();
            if (string.Equals(item.Id, "va-rating-letter", StringComparison.Ordinal) && preference.Because == PreferenceBecause.PurpleHeart)
            {
                proves.Remove(HiringPathWords.Categories[PreferenceCategory.Xp]);
            }

            if (proves.Count > 0)
            {
                items.Add(new EvidenceItem { Id = item.Id, Title = item.Title, For = proves, Sources = item.Sources });
            }
        }

        return items;
    }
}
