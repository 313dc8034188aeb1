using System.Globalization;

namespace IceCareers.Roles;

/// <summary>A pay plan and grade such as <c>GL-7</c> or <c>GS-12</c>. Written and parsed as <c>PLAN-GRADE</c>.</summary>
/// <param name="Plan">The pay plan.</param>
/// <param name="Grade">The grade, 1 to 15.</param>
public readonly record struct PayGrade(PayPlan Plan, int Grade) : IComparable<PayGrade>
{
    /// <summary>Parses <c>GS-12</c> or <c>GL-7</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="grade">The parsed grade.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid pay grade.</returns>
    public static bool TryParse(string? text, out PayGrade grade)
    {
        grade = default;
        if (text is null || text.Length < 4 || text[2] != '-')
        {
            return false;
        }

        PayPlan plan;
        if (text.StartsWith("GS", StringComparison.Ordinal))
        {
            plan = PayPlan.GS;
        }
        else if (text.StartsWith("GL", StringComparison.Ordinal))
        {
            plan = PayPlan.GL;
        }
        else
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 15)
        {
            return false;
        }

        grade = new PayGrade(plan, number);
        return true;
    }

    /// <summary>Parses <c>GS-12</c> or <c>GL-7</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The parsed grade.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a pay grade.</exception>
    public static PayGrade Parse(string text) =>
        TryParse(text, out var grade) ? grade : throw new FormatException($"'{text}' is not a pay grade; expected GS-N or GL-N with N from 1 to 15.");

    /// <summary>Orders by grade number, then by pay plan.</summary>
    /// <param name="other">The grade to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(PayGrade other)
    {
        var byGrade = Grade.CompareTo(other.Grade);
        return byGrade != 0 ? byGrade : Plan.CompareTo(other.Plan);
    }

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left grade.</param>
    /// <param name="right">The right grade.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(PayGrade left, PayGrade right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left grade.</param>
    /// <param name="right">The right grade.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(PayGrade left, PayGrade right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left grade.</param>
    /// <param name="right">The right grade.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(PayGrade left, PayGrade right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left grade.</param>
    /// <param name="right">The right grade.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(PayGrade left, PayGrade right) => left.CompareTo(right) >= 0;

    /// <summary>Writes the grade as <c>PLAN-GRADE</c>, e.g. <c>GL-7</c>.</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => PlanName(Plan) + "-" + Grade.ToString(CultureInfo.InvariantCulture);

    // A switch rather than enum formatting, which pulls reflection-based formatting code into an application's first report.
    private static string PlanName(PayPlan plan) => plan switch
    {
        PayPlan.GS => nameof(PayPlan.GS),
        PayPlan.GL => nameof(PayPlan.GL),
        _ => plan.ToString(),
    };
}
