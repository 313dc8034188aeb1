using IceCareers.Candidates;
using IceCareers.HiringPaths.Rules;
using static IceCareers.Tests.HiringPaths.Vets;

namespace IceCareers.Tests.HiringPaths.Rules;

/// <summary>
/// The service facts the preference and path rules read (docs/rules.md §4.1), worked out once by <see cref="ServiceRecord"/>:
/// periods merged into continuous spans, kinds kept apart, open periods run to the expected release, and the periods too
/// incomplete to use named by their field paths. Asserted as dates, counts and fields, never words.
/// </summary>
public sealed class ServiceRecordTests
{
    private static readonly DateOnly AsOf = D(2026, 3, 1);

    private static ServiceRecord Of(IReadOnlyList<ServicePeriod> periods, DateOnly? expectedRelease = null) =>
        ServiceRecord.Of(new Military { Periods = periods, ExpectedRelease = expectedRelease }, AsOf);

    private static ServiceSpan Span(DateOnly start, DateOnly end, bool? full = null, int index = 0) => new(start, end, full, index);

    [Fact]
    public void Of_NoMilitary_NoPeriodsNotServing()
    {
        var record = ServiceRecord.Of(null, AsOf);

        Assert.Empty(record.Active);
        Assert.Empty(record.Training);
        Assert.Empty(record.KindUnknown);
        Assert.Empty(record.Incomplete);
        Assert.False(record.Serving);
        Assert.False(record.HasPeriods);
        Assert.Null(record.FirstActiveStart);
    }

    [Fact]
    public void Of_PeriodsNotStated_NoPeriods()
    {
        var record = ServiceRecord.Of(new Military { Veteran = true }, AsOf);

        Assert.False(record.HasPeriods);
        Assert.Empty(record.Incomplete);
    }

    [Fact]
    public void Of_EachKind_KeptApart()
    {
        var record = Of(
        [
            Active(D(2010, 1, 1), D(2012, 12, 31)),
            Vets.Training(D(2014, 6, 1), D(2014, 7, 31)),
            new ServicePeriod { Start = D(2016, 1, 1), End = D(2016, 2, 1) },
        ]);

        Assert.Equal([Span(D(2010, 1, 1), D(2012, 12, 31))], record.Active);
        Assert.Equal([Span(D(2014, 6, 1), D(2014, 7, 31), index: 1)], record.Training);
        Assert.Equal([Span(D(2016, 1, 1), D(2016, 2, 1), index: 2)], record.KindUnknown);
        Assert.Equal(["military.periods[2].kind"], record.Incomplete);
        Assert.False(record.Serving);
        Assert.Equal(D(2010, 1, 1), record.FirstActiveStart);
    }

    [Theory]
    [InlineData(ServiceKind.Active)]
    [InlineData(ServiceKind.ActiveForTraining)]
    [InlineData(null)]
    public void HasPeriods_OnePeriodOfAnyKind_True(ServiceKind? kind)
    {
        var record = Of([new ServicePeriod { Start = D(2010, 1, 1), End = D(2011, 1, 1), Kind = kind }]);

        Assert.True(record.HasPeriods);
    }

    [Fact]
    public void Of_PeriodWithoutStartOrNull_NamedAndSkipped()
    {
        var record = Of([Active(D(2010, 1, 1), D(2011, 1, 1)), new ServicePeriod { End = D(2015, 1, 1), Kind = ServiceKind.Active }, new ServicePeriod { Kind = ServiceKind.Active }]);

        Assert.Equal(["military.periods[1].start", "military.periods[2].start"], record.Incomplete);
        Assert.Single(record.Active);
        Assert.False(record.Serving); // the open period without a start is not used, so it does not make the person serving
    }

    // 5-usc-2108a: a member still on active duty; the open period runs to the expected release (the certification's service).
    [Fact]
    public void Of_OpenPeriodWithExpectedRelease_ServingToTheRelease()
    {
        var record = Of([Active(D(2020, 1, 1), null)], D(2026, 5, 31));

        Assert.True(record.Serving);
        Assert.Equal([Span(D(2020, 1, 1), D(2026, 5, 31))], record.Active);
    }

    [Fact]
    public void Of_OpenPeriodWithoutRelease_ServingToTheAsOfDate()
    {
        var record = Of([Active(D(2020, 1, 1), null)]);

        Assert.True(record.Serving);
        Assert.Equal(AsOf, record.Active[0].End);
    }

    [Fact]
    public void Of_ClosedPeriodWithExpectedRelease_KeepsItsOwnEnd()
    {
        var record = Of([Active(D(2020, 1, 1), D(2021, 1, 1))], D(2026, 5, 31));

        Assert.False(record.Serving);
        Assert.Equal(D(2021, 1, 1), record.Active[0].End);
    }

    [Fact]
    public void Of_EndBeforeStart_OneDaySpan()
    {
        var record = Of([Active(D(2020, 6, 1), D(2020, 5, 1))]);

        Assert.Equal([Span(D(2020, 6, 1), D(2020, 6, 1))], record.Active);
        Assert.Equal(1, record.Active[0].Days);
    }

    [Fact]
    public void Of_EndOnTheStart_KeptAsIs()
    {
        var record = Of([Active(D(2020, 6, 1), D(2020, 6, 1))]);

        Assert.Equal(D(2020, 6, 1), record.Active[0].End);
    }

    [Fact]
    public void FirstActiveStart_EarliestMergedActiveSpan_TrainingIgnored()
    {
        var record = Of([Active(D(2012, 1, 1), D(2013, 1, 1)), Vets.Training(D(2005, 1, 1), D(2005, 2, 1)), Active(D(2008, 1, 1), D(2009, 1, 1))]);

        Assert.Equal(D(2008, 1, 1), record.FirstActiveStart);
        Assert.Equal([D(2008, 1, 1), D(2012, 1, 1)], record.Active.Select(s => s.Start));
    }

    [Fact]
    public void FirstActiveStart_OnlyTraining_Null()
    {
        Assert.Null(Of([Vets.Training(D(2005, 1, 1), D(2005, 2, 1))]).FirstActiveStart);
    }

    // opm-vet-guide (Hesse v. Army): active duty for training counts for a disabled veteran, not for others.
    [Fact]
    public void Counting_Disabled_ActiveAndTrainingMerged()
    {
        var record = Of([Active(D(2010, 1, 1), D(2010, 6, 30)), Vets.Training(D(2010, 7, 1), D(2010, 12, 31))]);

        Assert.Equal([Span(D(2010, 1, 1), D(2010, 6, 30))], record.Counting(disabled: false));
        Assert.Equal([Span(D(2010, 1, 1), D(2010, 12, 31))], record.Counting(disabled: true));
    }

    [Fact]
    public void Merge_TouchingSpans_OneSpan()
    {
        var merged = ServiceRecord.Merge([Span(D(2010, 1, 1), D(2010, 12, 31)), Span(D(2011, 1, 1), D(2011, 6, 30), index: 1)]);

        Assert.Equal([Span(D(2010, 1, 1), D(2011, 6, 30))], merged);
    }

    [Fact]
    public void Merge_OneDayGap_TwoSpans()
    {
        var merged = ServiceRecord.Merge([Span(D(2010, 1, 1), D(2010, 12, 30)), Span(D(2011, 1, 1), D(2011, 6, 30), index: 1)]);

        Assert.Equal(2, merged.Count);
    }

    [Fact]
    public void Merge_SpanInsideAnother_KeepsTheLaterEnd()
    {
        var merged = ServiceRecord.Merge([Span(D(2010, 1, 1), D(2015, 1, 1)), Span(D(2011, 1, 1), D(2012, 1, 1), index: 1)]);

        Assert.Equal([Span(D(2010, 1, 1), D(2015, 1, 1))], merged);
    }

    [Fact]
    public void Merge_Unsorted_EarliestFirstWithTheLowestIndex()
    {
        var merged = ServiceRecord.Merge(
        [
            Span(D(2020, 1, 1), D(2021, 1, 1), index: 0),
            Span(D(2011, 1, 1), D(2012, 1, 1), index: 1),
            Span(D(2010, 1, 1), D(2011, 1, 1), index: 2),
        ]);

        Assert.Equal([Span(D(2010, 1, 1), D(2012, 1, 1), index: 1), Span(D(2020, 1, 1), D(2021, 1, 1), index: 0)], merged);
    }

    // opm-vet-guide, the 24-month rule: "the full period for which called or ordered to active duty". A merged span was
    // served in full when any of its parts was; it was not when every part says not; otherwise the facts do not say.
    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, null, true)]
    [InlineData(null, true, true)]
    [InlineData(false, false, false)]
    [InlineData(false, null, null)]
    [InlineData(null, false, null)]
    [InlineData(null, null, null)]
    public void Merge_ServedFullPeriod_TrueIfAnyPartElseUnknownIfAnyUnstated(bool? first, bool? second, bool? expected)
    {
        var merged = ServiceRecord.Merge([Span(D(2010, 1, 1), D(2010, 12, 31), first), Span(D(2011, 1, 1), D(2011, 12, 31), second, 1)]);

        Assert.Equal(expected, Assert.Single(merged).ServedFullPeriod);
    }

    [Fact]
    public void Merge_Nothing_Empty()
    {
        Assert.Empty(ServiceRecord.Merge([]));
    }

    [Theory]
    [InlineData(2010, 1, 1, 2010, 1, 1, 1)]
    [InlineData(2010, 1, 1, 2010, 12, 31, 365)]
    [InlineData(2012, 1, 1, 2012, 12, 31, 366)]
    public void Days_BothEndsCounted(int y1, int m1, int d1, int y2, int m2, int d2, int expected)
    {
        Assert.Equal(expected, Span(D(y1, m1, d1), D(y2, m2, d2)).Days);
    }

    [Theory]
    [InlineData(2009, 12, 31, 2009, 12, 31, false)] // ends the day before the span starts
    [InlineData(2009, 12, 31, 2010, 1, 1, true)] // ends on its first day
    [InlineData(2010, 12, 31, 2011, 1, 1, true)] // starts on its last day
    [InlineData(2011, 1, 1, 2011, 1, 31, false)] // starts the day after it ends
    [InlineData(2010, 3, 1, 2010, 4, 1, true)] // inside
    [InlineData(2000, 1, 1, 2020, 1, 1, true)] // around
    public void Overlaps_BothEndsInclusive(int y1, int m1, int d1, int y2, int m2, int d2, bool expected)
    {
        Assert.Equal(expected, Span(D(2010, 1, 1), D(2010, 12, 31)).Overlaps(D(y1, m1, d1), D(y2, m2, d2)));
    }

    // opm-vet-guide, the 24-month rule: 24 months of continuous active duty — from 2015-01-10 through 2017-01-09.
    [Theory]
    [InlineData(2017, 1, 9, true)]
    [InlineData(2017, 1, 8, false)]
    public void LastsMonths_CalendarMonthsToTheDayBefore(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, Span(D(2015, 1, 10), D(year, month, day)).LastsMonths(24));
    }

    // 5-cfr-335-106 (VEOA): three years of continuous active service — from 2013-01-01 through 2015-12-31.
    [Theory]
    [InlineData(2015, 12, 31, true)]
    [InlineData(2015, 12, 30, false)]
    public void LastsYears_ThreeYearsToTheDayBefore(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, Span(D(2013, 1, 1), D(year, month, day)).LastsYears(3));
    }

    [Fact]
    public void LastsYears_SpanEndingAtTheCalendarsEnd_NoOverflow()
    {
        Assert.True(Span(D(9990, 1, 1), DateOnly.MaxValue).LastsYears(3));
    }

    [Theory]
    [InlineData(2024, 1, 31, 1, 2024, 2, 29)] // DateOnly's month arithmetic: the last day of a shorter month
    [InlineData(1, 2, 15, -1, 1, 1, 15)] // the first month of the calendar, still inside it
    [InlineData(1, 1, 15, -1, 1, 1, 1)] // before it: the calendar's first day
    [InlineData(9999, 11, 15, 1, 9999, 12, 15)] // the last month, still inside
    [InlineData(9999, 12, 15, 1, 9999, 12, 31)] // after it: the calendar's last day
    public void SafeDates_AddMonths_StopsAtTheCalendarsEnds(int year, int month, int day, int months, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), SafeDates.AddMonths(D(year, month, day), months));
    }

    [Theory]
    [InlineData(2023, 6, 1, 3, 2026, 6, 1)]
    [InlineData(2024, 2, 29, 1, 2025, 2, 28)]
    [InlineData(9998, 6, 1, 3, 9999, 12, 31)]
    [InlineData(2, 6, 1, -3, 1, 1, 1)]
    public void SafeDates_AddYears_TwelveMonthsAYear(int year, int month, int day, int years, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), SafeDates.AddYears(D(year, month, day), years));
    }

    [Theory]
    [InlineData(2026, 5, 31, 1, 2026, 6, 1)]
    [InlineData(2026, 5, 31, -120, 2026, 1, 31)]
    [InlineData(1, 1, 2, -1, 1, 1, 1)]
    [InlineData(1, 1, 2, -2, 1, 1, 1)]
    [InlineData(9999, 12, 30, 1, 9999, 12, 31)]
    [InlineData(9999, 12, 30, 2, 9999, 12, 31)]
    public void SafeDates_AddDays_StopsAtTheCalendarsEnds(int year, int month, int day, int days, int ey, int em, int ed)
    {
        Assert.Equal(D(ey, em, ed), SafeDates.AddDays(D(year, month, day), days));
    }
}
