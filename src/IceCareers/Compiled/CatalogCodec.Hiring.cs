using IceCareers.Candidates;
using IceCareers.Hiring;

namespace IceCareers.Compiled;

/// <summary>
/// The hiring-path data (data/hiring/): one record holding its sources, the preference rules (optional: absent in a
/// catalog without hiring data), the paths, the evidence items, the posting authorities and the hiring-path codes.
/// </summary>
internal static partial class CatalogCodec
{
    private static void WriteHiringRules(CompiledCatalogWriter w, HiringRules rules)
    {
        w.Records(rules.Sources, WriteSource);
        w.OptionalRecord(rules.Preference, WritePreferenceRules);
        w.Records(rules.Paths, WritePathDefinition);
        w.Records(rules.Evidence, static (w, e) =>
        {
            w.String(e.Id);
            w.String(e.Title);
            w.Strings(e.For);
            w.Strings(e.Sources);
        });
        w.Records(rules.Authorities, static (w, a) =>
        {
            w.String(a.Id);
            w.String(a.Title);
            w.Bool(a.PreferenceApplies);
            w.Strings(a.NumberMarkers);
            w.Strings(a.Phrases);
            w.Strings(a.Sources);
        });
        w.Records(rules.Codes, static (w, c) =>
        {
            w.String(c.Code);
            w.String(c.Title);
            w.Strings(c.Opens);
            w.Strings(c.Sources);
        });
    }

    private static HiringRules ReadHiringRules(CompiledCatalogReader r) => new(
        r.Records(ReadSource),
        r.OptionalRecord(ReadPreferenceRules),
        r.Records(ReadPathDefinition),
        r.Records(static r => new EvidenceDefinition(r.String(), r.String(), r.Strings(), r.Strings())),
        r.Records(static r => new AuthorityDefinition(r.String(), r.String(), r.Bool(), r.Strings(), r.Strings(), r.Strings())),
        r.Records(static r => new HiringPathCode(r.String(), r.String(), r.Strings(), r.Strings())));

    private static void WritePreferenceRules(CompiledCatalogWriter w, PreferenceRules p)
    {
        w.Record(p.Discharge, static (w, d) =>
        {
            w.List(d.UnderHonorableConditions, WriteEnum);
            w.List(d.NotUnderHonorableConditions, WriteEnum);
            w.List(d.Adjudicated, WriteEnum);
            w.Strings(d.Sources);
        });
        w.Records(p.Categories, static (w, c) =>
        {
            w.String(c.Id);
            w.String(c.Title);
            w.Int(c.Points);
            w.Strings(c.Sources);
        });
        w.Record(p.Disability, static (w, d) =>
        {
            w.Int(d.CompensableMinPercent);
            w.Int(d.CpsMinPercent);
            w.Strings(d.Sources);
        });
        w.Records(p.Periods, static (w, q) =>
        {
            w.String(q.Id);
            w.String(q.Title);
            w.Date(q.From);
            w.Date(q.To);
            w.Int((int)q.Rule);
            w.Int(q.Days);
            w.Bool(q.TwentyFourMonthRule);
            w.Bool(q.War);
            w.Strings(q.Sources);
            w.OptionalString(q.Note);
        });
        w.Record(p.CampaignMedals, static (w, c) =>
        {
            w.Bool(c.TwentyFourMonthRule);
            w.Strings(c.NotForPreference);
            w.Strings(c.Sources);
        });
        w.Record(p.TwentyFourMonthRule, static (w, t) =>
        {
            w.Date(t.EnlistedAfter);
            w.Date(t.ActiveDutyFrom);
            w.Int(t.Months);
            w.List(t.ExemptReasons, WriteEnum);
            w.Strings(t.Sources);
            w.OptionalString(t.Note);
        });
        w.Bool(p.ActiveDutyForTrainingCountsForDisabled.Value);
        w.Strings(p.ActiveDutyForTrainingCountsForDisabled.Sources);
        w.Date(p.SoleSurvivorshipReleasedAfter.Value);
        w.Strings(p.SoleSurvivorshipReleasedAfter.Sources);
        w.Int((int)p.RetiredOfficersFrom.Value.Kind);
        w.Int(p.RetiredOfficersFrom.Value.Level);
        w.Strings(p.RetiredOfficersFrom.Sources);
        w.Int(p.CertificationDays.Value);
        w.Strings(p.CertificationDays.Sources);
    }

    private static PreferenceRules ReadPreferenceRules(CompiledCatalogReader r) => new(
        r.Record(static r => new DischargeRules(r.List(ReadEnum<DischargeCharacter>), r.List(ReadEnum<DischargeCharacter>), r.List(ReadEnum<DischargeCharacter>), r.Strings())),
        r.Records(static r => new PreferenceCategoryDefinition(r.String(), r.String(), r.Int(), r.Strings())),
        r.Record(static r => new DisabilityThresholds(r.Int(), r.Int(), r.Strings())),
        r.Records(static r => new QualifyingPeriod(r.String(), r.String(), r.Date(), r.Date(), (PeriodRule)r.Int(), r.Int(), r.Bool(), r.Bool(), r.Strings(), r.OptionalString())),
        r.Record(static r => new CampaignMedalRule(r.Bool(), r.Strings(), r.Strings())),
        r.Record(static r => new TwentyFourMonthRule(r.Date(), r.Date(), r.Int(), r.List(ReadEnum<DischargeReason>), r.Strings(), r.OptionalString())),
        new Sourced<bool>(r.Bool(), r.Strings()),
        new Sourced<DateOnly>(r.Date(), r.Strings()),
        new Sourced<MilitaryPayGrade>(new MilitaryPayGrade((MilitaryPayGradeKind)r.Int(), r.Int()), r.Strings()),
        new Sourced<int>(r.Int(), r.Strings()));

    private static void WritePathDefinition(CompiledCatalogWriter w, PathDefinition p)
    {
        w.String(p.Id);
        w.String(p.Title);
        w.Bool(p.PreferenceApplies is not null);
        w.Bool(p.PreferenceApplies == true);
        w.Bool(p.Advisory);
        w.OptionalInt(p.MaxGrade);
        w.List(p.Citizenships, WriteEnum);
        w.OptionalInt(p.RecentlySeparatedYears);
        w.OptionalInt(p.DisabledMinPercent);
        w.OptionalInt(p.ContinuousActiveServiceYears);
        w.OptionalInt(p.MinPercent);
        w.OptionalDate(p.RatedFrom);
        w.OptionalInt(p.ApplicationYears);
        w.OptionalInt(p.VeteranOuterLimitYears);
        w.OptionalInt(p.LastDaysOfService);
        w.OptionalInt(p.ReinstatementYears);
        w.Strings(p.Evidence);
        w.Strings(p.Sources);
        w.OptionalString(p.Note);
    }

    private static PathDefinition ReadPathDefinition(CompiledCatalogReader r)
    {
        var id = r.String();
        var title = r.String();
        var hasPreference = r.Bool();
        var preference = r.Bool();
        return new PathDefinition(
            id,
            title,
            hasPreference ? preference : null,
            r.Bool(),
            r.OptionalInt(),
            r.List(ReadEnum<Citizenship>),
            r.OptionalInt(),
            r.OptionalInt(),
            r.OptionalInt(),
            r.OptionalInt(),
            r.OptionalDate(),
            r.OptionalInt(),
            r.OptionalInt(),
            r.OptionalInt(),
            r.OptionalInt(),
            r.Strings(),
            r.Strings(),
            r.OptionalString());
    }

    // Every enum written here is int-backed; a reinterpreting cast keeps the codec free of reflection (AOT).
    private static void WriteEnum<T>(CompiledCatalogWriter w, T value)
        where T : struct, Enum => w.Int(System.Runtime.CompilerServices.Unsafe.As<T, int>(ref value));

    private static T ReadEnum<T>(CompiledCatalogReader r)
        where T : struct, Enum
    {
        var value = r.Int();
        return System.Runtime.CompilerServices.Unsafe.As<int, T>(ref value);
    }
}
