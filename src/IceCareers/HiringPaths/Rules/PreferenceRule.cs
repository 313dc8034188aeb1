using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.HiringPaths.Rules;

/// <summary>
/// Veterans' preference in appointment (docs/rules.md §4.1; 5 U.S.C. 2108, 2108a, 3309; OPM's Vet Guide), decided from the
/// facts of service: discharge under honorable conditions first, then the categories from highest to lowest — a
/// disability rating (CPS, CP, XP), a Purple Heart (XP), the retired-officer bar, 5-point service (TP) and sole
/// survivorship (SSP). A fact that is not stated and could still give (or raise) a category is named, never taken as "no".
/// </summary>
internal static class PreferenceRule
{
    public static PreferenceFinding Decide(CandidateProfile profile, ServiceRecord record, DischargeFacts discharge, PreferenceRules rules)
    {
        var military = profile.Military;
        if (military is null)
        {
            return Unknown(PreferenceBecause.NoMilitaryFacts, ["military"]);
        }

        if (!HasServiceFacts(military, record))
        {
            return military.Veteran == false
                ? Found(PreferenceCategory.None, PreferenceBecause.NotAVeteran, rules, [])
                : Unknown(military.PreferenceEligible == true ? PreferenceBecause.SelfDeclaredOnly : PreferenceBecause.NoServiceFacts,
                    ["military.periods", "military.discharge", "military.disability"]);
        }

        if (discharge.Serving && !discharge.Certified)
        {
            return discharge.ReleasePassed ? Unknown(PreferenceBecause.ReleaseDatePassed, ["military.discharge"])
                : discharge.CertifiableFrom is { } from
                    ? Found(PreferenceCategory.None, PreferenceBecause.NotYetCertifiable, rules, rules.CertificationDays.Sources) with { CertifiableFrom = from }
                    : Unknown(PreferenceBecause.ServingNoRelease, ["military.expectedRelease"]);
        }

        switch (discharge.UnderHonorableConditions)
        {
            case Honorable.No:
                return Found(PreferenceCategory.None, PreferenceBecause.NotUnderHonorableConditions, rules, rules.Discharge.Sources) with { Character = discharge.Character };
            case Honorable.Adjudicated:
                return Unknown(PreferenceBecause.Uncharacterized, [], rules.Discharge.Sources);
            case Honorable.Unknown:
                return Unknown(PreferenceBecause.NoCharacter, ["military.discharge.character"], rules.Discharge.Sources);
        }

        var tentative = discharge.Certified;
        var disability = military.Disability;
        if (disability is { IsNone: false, Percent: { } percent })
        {
            var thresholds = rules.Disability;
            var category = percent >= thresholds.CpsMinPercent ? PreferenceCategory.Cps
                : percent >= thresholds.CompensableMinPercent ? PreferenceCategory.Cp
                : PreferenceCategory.Xp;
            return Found(category, PreferenceBecause.DisabilityRating, rules, thresholds.Sources) with { Percent = percent, Tentative = tentative };
        }

        if (disability is { IsNone: false })
        {
            // A present service-connected disability is at least XP (10 points); its percent could make it CP or CPS.
            return Found(PreferenceCategory.Xp, PreferenceBecause.DisabilityPercentMissing, rules, rules.Disability.Sources, ["military.disability.percent"]) with { Tentative = tentative };
        }

        var disabilityUnknown = disability is null;
        if (military.PurpleHeart == true)
        {
            return Found(PreferenceCategory.Xp, PreferenceBecause.PurpleHeart, rules, rules.Disability.Sources, disabilityUnknown ? ["military.disability"] : []) with { Tentative = tentative };
        }

        var retiredFrom = rules.RetiredOfficersFrom;
        if (military.Retired?.PayGrade is { Kind: MilitaryPayGradeKind.Officer } grade && grade.CompareTo(retiredFrom.Value) >= 0)
        {
            return disabilityUnknown
                ? Unknown(PreferenceBecause.RetiredOfficerDisabilityUnknown, ["military.disability"], retiredFrom.Sources)
                : Found(PreferenceCategory.None, PreferenceBecause.RetiredOfficer, rules, retiredFrom.Sources);
        }

        var raise = disabilityUnknown ? new[] { "military.disability" } : [];
        var fivePoint = FivePoint(military, record, discharge, rules);
        if (fivePoint.Category == PreferenceCategory.Tp)
        {
            return fivePoint with { Missing = [.. fivePoint.Missing, .. raise], Tentative = tentative };
        }

        var missing = new List<string>(fivePoint.Missing);
        if (discharge.Reason == DischargeReason.SoleSurvivorship)
        {
            var after = rules.SoleSurvivorshipReleasedAfter;
            if (discharge.Date is { } date)
            {
                if (date > after.Value)
                {
                    return Found(PreferenceCategory.Ssp, PreferenceBecause.SoleSurvivorship, rules, after.Sources, raise) with { Tentative = tentative };
                }
            }
            else
            {
                missing.Add("military.discharge.date");
            }
        }

        missing.AddRange(raise);
        return missing.Count > 0
            ? fivePoint with { Category = PreferenceCategory.Unknown, Points = null, Missing = missing.Distinct(StringComparer.Ordinal).ToArray() }
            : fivePoint with { Category = PreferenceCategory.None, Points = 0 };
    }

    /// <summary>
    /// 5-point preference for a veteran who is not disabled: a dated period of active duty (not for training) or a
    /// campaign medal, each subject to the 24-month rule where the data says so. Returns TP, or none / unknown with what
    /// kept it from TP.
    /// </summary>
    private static PreferenceFinding FivePoint(Military military, ServiceRecord record, DischargeFacts discharge, PreferenceRules rules)
    {
        var missing = new List<string>();
        PreferenceFinding? blocked = null;
        foreach (var period in rules.Periods)
        {
            var spans = record.Active.Where(s => Qualifies(period, s)).ToList();
            if (spans.Count == 0)
            {
                if (record.KindUnknown.Any(s => Qualifies(period, s)))
                {
                    missing.AddRange(record.Incomplete.Where(p => p.EndsWith(".kind", StringComparison.Ordinal)));
                }

                continue;
            }

            var found = Found(PreferenceCategory.Tp, PreferenceBecause.QualifyingPeriod, rules, period.Sources) with { PeriodId = period.Id };
            if (!period.TwentyFourMonthRule)
            {
                return found;
            }

            var (met, ask) = TwentyFourMonths(record, discharge, rules.TwentyFourMonthRule, spans);
            if (met)
            {
                return found;
            }

            missing.AddRange(ask);
            blocked ??= Blocked(ask, rules, period.Id, null, discharge.Reason);
        }

        var medals = military.CampaignMedals;
        if (medals is null)
        {
            missing.Add("military.campaignMedals");
        }
        else
        {
            var rule = rules.CampaignMedals;
            var medal = medals.FirstOrDefault(m => !string.IsNullOrWhiteSpace(m)
                && !rule.NotForPreference.Any(n => string.Equals(n.Trim(), m.Trim(), StringComparison.OrdinalIgnoreCase)));
            if (medal is not null)
            {
                var found = Found(PreferenceCategory.Tp, PreferenceBecause.CampaignMedal, rules, rule.Sources) with { Medal = medal.Trim() };
                if (!rule.TwentyFourMonthRule)
                {
                    return found;
                }

                var (met, ask) = TwentyFourMonths(record, discharge, rules.TwentyFourMonthRule, record.Active);
                if (met)
                {
                    return found;
                }

                missing.AddRange(ask);
                blocked ??= Blocked(ask, rules, null, medal.Trim(), discharge.Reason);
            }
        }

        var distinct = missing.Distinct(StringComparer.Ordinal).ToArray();
        if (blocked is not null)
        {
            return blocked with { Missing = distinct };
        }

        if (record.Incomplete.Count > 0 && record.Active.Count == 0)
        {
            return Unknown(PreferenceBecause.PeriodsIncomplete, [.. distinct, .. record.Incomplete]);
        }

        var because = medals is null ? PreferenceBecause.MedalsUnknown : PreferenceBecause.NoQualifyingService;
        return Found(PreferenceCategory.None, because, rules, [.. rules.Periods.SelectMany(p => p.Sources).Distinct(StringComparer.Ordinal)], distinct);
    }

    private static PreferenceFinding Blocked(IReadOnlyList<string> ask, PreferenceRules rules, string? periodId, string? medal, DischargeReason? reason) =>
        Found(PreferenceCategory.None, ask.Count > 0 ? PreferenceBecause.TwentyFourMonthRuleUnknown : PreferenceBecause.TwentyFourMonthRuleNotMet, rules, rules.TwentyFourMonthRule.Sources)
            with { PeriodId = periodId, Medal = medal, Reason = reason };

    /// <summary>Whether a span of active duty meets a dated period of 5 U.S.C. 2108(1).</summary>
    private static bool Qualifies(QualifyingPeriod period, ServiceSpan span) =>
        span.Overlaps(period.From, period.To) && (period.Rule == PeriodRule.AnyDay || span.Days > period.Days);

    /// <summary>
    /// 38 U.S.C. 5303A as OPM's guide applies it: for a person whose first active duty began after the rule's date, 24
    /// months of continuous active duty, or the full period called or ordered to, unless separated for a disability or
    /// hardship. Returns whether it is met and, when the facts do not decide, the fields that would.
    /// </summary>
    private static (bool Met, IReadOnlyList<string> Ask) TwentyFourMonths(
        ServiceRecord record, DischargeFacts discharge, TwentyFourMonthRule rule, IReadOnlyList<ServiceSpan> relevant)
    {
        if (record.FirstActiveStart is not { } first || first <= rule.EnlistedAfter)
        {
            return (true, []);
        }

        if (record.Active.Any(s => s.LastsMonths(rule.Months))
            || (discharge.Reason is { } reason && rule.ExemptReasons.Contains(reason))
            || relevant.Any(s => s.ServedFullPeriod == true))
        {
            return (true, []);
        }

        var ask = new List<string>();
        ask.AddRange(relevant.Where(s => s.ServedFullPeriod is null).Select(s => $"military.periods[{s.FirstIndex}].servedFullPeriod"));
        if (discharge.Reason is null && !discharge.Serving)
        {
            ask.Add("military.discharge.reason");
        }

        return (false, ask);
    }

    private static bool HasServiceFacts(Military military, ServiceRecord record) =>
        record.HasPeriods || record.Incomplete.Count > 0 || military.Discharge is not null || military.Disability is not null
        || military.PurpleHeart is not null || military.CampaignMedals is not null || military.Retired is not null
        || military.ExpectedRelease is not null;

    private static PreferenceFinding Found(
        PreferenceCategory category, PreferenceBecause because, PreferenceRules rules, IReadOnlyList<string> sources, IReadOnlyList<string>? missing = null) =>
        new(category, because, missing ?? []) { Sources = sources, Points = PointsOf(category, rules) };

    private static PreferenceFinding Unknown(PreferenceBecause because, IReadOnlyList<string> missing, IReadOnlyList<string>? sources = null) =>
        new(PreferenceCategory.Unknown, because, missing) { Sources = sources ?? [] };

    private static int? PointsOf(PreferenceCategory category, PreferenceRules rules) => category switch
    {
        PreferenceCategory.None => 0,
        PreferenceCategory.Unknown => null,
        _ => rules.Categories.FirstOrDefault(c => string.Equals(c.Id, HiringPathWords.Categories[category], StringComparison.Ordinal))?.Points,
    };
}
