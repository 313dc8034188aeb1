namespace IceCareers.Tests.TestSupport;

/// <summary>A clock stopped at noon of one date, in a UTC local time zone.</summary>
internal sealed class FixedTimeProvider(DateOnly date) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
