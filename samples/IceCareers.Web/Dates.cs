using System.Globalization;

namespace IceCareers.Web;

/// <summary>Dates on the wire are ISO calendar dates, <c>YYYY-MM-DD</c>, and nothing else.</summary>
internal static class Dates
{
    private const string IsoFormat = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Invalid(string text) => $"'{text}' is not a date; write YYYY-MM-DD";

    public static string Format(DateOnly date) => date.ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
