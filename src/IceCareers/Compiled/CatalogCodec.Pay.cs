using IceCareers.Compensation;
using IceCareers.Internal;
using IceCareers.Provenance;
using IceCareers.Roles;

namespace IceCareers.Compiled;

/// <summary>
/// The pay data (data/pay/): one record holding its sources, pay tables, caps, locality areas, special rates, premiums,
/// incentives, career rules and duty stations, in that order. Sets and dictionaries are written sorted (ordinal), so the
/// file does not depend on hash order.
/// </summary>
internal static partial class CatalogCodec
{
    private static void WritePayData(CompiledCatalogWriter w, PayData pay)
    {
        w.Records(pay.Sources, WriteSource);
        w.Records(pay.Schedules, WritePaySchedule);
        w.Records(pay.Caps, static (w, cap) =>
        {
            w.Int(cap.Year);
            w.Int(cap.Amount);
            w.Strings(cap.Sources);
        });
        w.Records(pay.Areas, static (w, area) =>
        {
            w.String(area.Name);
            w.OptionalDecimal(area.Percent);
            w.List(area.Years, static (w, year) => w.Int(year));
            w.Strings(area.Sources);
        });
        w.Records(pay.SpecialRates, static (w, rate) =>
        {
            w.String(rate.Table);
            w.String(rate.Area);
            w.Int(rate.Year);
            w.Decimal(rate.Supplement);
            w.Strings(rate.Series);
            w.Strings(rate.Sources);
        });
        w.Records(pay.Premiums, static (w, premium) =>
        {
            w.String(premium.RoleId);
            w.Int((int)premium.Kind);
            w.Decimal(premium.MinPercent);
            w.Decimal(premium.MaxPercent);
            w.Strings(premium.Sources);
            w.OptionalString(premium.Note);
        });
        w.Records(pay.Incentives, WritePayIncentive);
        w.OptionalRecord(pay.Careers, WriteCareerRules);
        w.Records(pay.Stations, WriteDutyStation);
    }

    private static PayData ReadPayData(CompiledCatalogReader r) => new(
        r.Records(ReadSource),
        r.Records(ReadPaySchedule),
        r.Records(ReadPayCap),
        r.Records(ReadLocalityArea),
        r.Records(ReadSpecialRate),
        r.Records(ReadPremiumRule),
        r.Records(ReadPayIncentive),
        r.OptionalRecord(ReadCareerRules),
        r.Records(ReadDutyStation));

    private static PayCap ReadPayCap(CompiledCatalogReader r) => new(r.Int(), r.Int(), r.Strings());

    private static LocalityArea ReadLocalityArea(CompiledCatalogReader r) => new(r.String(), r.OptionalDecimal(), r.List(ReadInt), r.Strings());

    private static SpecialRate ReadSpecialRate(CompiledCatalogReader r) => new(r.String(), r.String(), r.Int(), r.Decimal(), r.Strings(), r.Strings());

    private static PremiumRule ReadPremiumRule(CompiledCatalogReader r) => new(r.String(), (PremiumKind)r.Int(), r.Decimal(), r.Decimal(), r.Strings(), r.OptionalString());

    private static int ReadInt(CompiledCatalogReader r) => r.Int();

    private static void WritePaySchedule(CompiledCatalogWriter w, PaySchedule schedule)
    {
        w.Int((int)schedule.Plan);
        w.Int(schedule.Year);
        w.Int(schedule.FirstGrade);
        w.Int(schedule.Rows.Count);
        foreach (var row in schedule.Rows)
        {
            w.List(row, static (w, rate) => w.Int(rate));
        }

        w.Strings(schedule.Sources);
        w.OptionalString(schedule.Derived);
    }

    private static PaySchedule ReadPaySchedule(CompiledCatalogReader r)
    {
        var plan = (PayPlan)r.Int();
        var year = r.Int();
        var firstGrade = r.Int();
        var rows = new IReadOnlyList<int>[r.Count()];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Frozen.Wrap(r.List(ReadInt));
        }

        return new PaySchedule(plan, year, firstGrade, Frozen.Wrap(rows), r.Strings(), r.OptionalString());
    }

    private static void WritePayIncentive(CompiledCatalogWriter w, PayIncentive incentive)
    {
        w.String(incentive.Id);
        w.String(incentive.Text);
        w.Strings(incentive.RoleIds);
        w.OptionalInt(incentive.MaxAmount);
        w.Date(incentive.From);
        w.OptionalDate(incentive.To);
        w.OptionalInt(incentive.ServiceAgreementMonths);
        w.Int((int)incentive.Confidence);
        w.Strings(incentive.Sources);
        w.OptionalString(incentive.Note);
    }

    private static PayIncentive ReadPayIncentive(CompiledCatalogReader r) => new()
    {
        Id = r.String(),
        Text = r.String(),
        RoleIds = r.Strings(),
        MaxAmount = r.OptionalInt(),
        From = r.Date(),
        To = r.OptionalDate(),
        ServiceAgreementMonths = r.OptionalInt(),
        Confidence = (Confidence)r.Int(),
        Sources = r.Strings(),
        Note = r.OptionalString(),
    };

    private static void WriteCareerRules(CompiledCatalogWriter w, CareerRules rules)
    {
        w.List(rules.WithinGradeWeeks, static (w, weeks) => w.Int(weeks));
        w.Strings(rules.WithinGradeSources);
        w.Int(rules.TimeInGradeWeeks);
        w.Strings(rules.TimeInGradeSources);
        w.Int(rules.ProbationMonths);
        w.Strings(rules.ProbationSources);
        var ladders = rules.Ladders.OrderBy(l => l.Key, StringComparer.Ordinal).ToArray();
        w.Records(ladders, static (w, ladder) =>
        {
            w.String(ladder.Key);
            w.List(ladder.Value.Grades, WritePayGrade);
            w.Strings(ladder.Value.Sources);
        });
        var leo = rules.LeoRetirement;
        w.Record(leo, static (w, leo) =>
        {
            w.Strings(leo.RoleIds.Order(StringComparer.Ordinal).ToArray());
            w.List(leo.Immediate, static (w, rule) =>
            {
                w.OptionalInt(rule.Age);
                w.Int(rule.Years);
            });
            w.Int(leo.MandatoryAge);
            w.Int(leo.MandatoryYears);
            w.Bool(leo.AgeReachedDayBeforeBirthday);
            w.Strings(leo.Sources);
        });
    }

    private static CareerRules ReadCareerRules(CompiledCatalogReader r)
    {
        var weeks = Frozen.Wrap(r.List(ReadInt));
        var weekSources = r.Strings();
        var timeInGrade = r.Int();
        var timeInGradeSources = r.Strings();
        var probation = r.Int();
        var probationSources = r.Strings();
        var ladders = r.Records(static r => (Role: r.String(), Ladder: new CareerLadder(Frozen.Wrap(r.List(ReadPayGrade)), r.Strings())))
            .ToDictionary(l => l.Role, l => l.Ladder, StringComparer.Ordinal);
        var leo = r.Record(static r => new LeoRetirementRules(
            r.Strings().ToHashSet(StringComparer.Ordinal),
            Frozen.Wrap(r.List(static r => (r.OptionalInt(), r.Int()))),
            r.Int(),
            r.Int(),
            r.Bool(),
            r.Strings()));
        return new CareerRules(weeks, weekSources, timeInGrade, timeInGradeSources, probation, probationSources, ladders, leo);
    }

    private static void WriteDutyStation(CompiledCatalogWriter w, DutyStation station)
    {
        w.Int((int)station.Directorate);
        w.String(station.Office);
        w.String(station.City);
        w.OptionalString(station.State);
        w.OptionalString(station.LocalityArea);
        w.Strings(station.Sources);
        w.OptionalString(station.Note);
    }

    private static DutyStation ReadDutyStation(CompiledCatalogReader r) => new()
    {
        Directorate = (Directorate)r.Int(),
        Office = r.String(),
        City = r.String(),
        State = r.OptionalString(),
        LocalityArea = r.OptionalString(),
        Sources = r.Strings(),
        Note = r.OptionalString(),
    };
}
