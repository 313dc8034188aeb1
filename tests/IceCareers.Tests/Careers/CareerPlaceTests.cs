using IceCareers.Careers;
using IceCareers.Pay;

namespace IceCareers.Tests.Careers;

/// <summary>Issue 24 §3: a career refuses every place pay refuses on its first day, with pay's words (the place and the missing table).</summary>
public sealed class CareerPlaceTests
{
    [Fact]
    public void Project_EveryPlaceForEveryRoleAndLadderGrade_RefusedExactlyWherePayRefusesIt()
    {
        var catalog = CareerCatalog.Default;
        var estimator = new PayEstimator(catalog);
        var places = estimator.KnownLocalityIds.Concat(estimator.DutyStations.Select(s => s.City)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var start = new DateOnly(2026, 1, 5);
        var checkedPairs = 0;
        foreach (var (roleId, ladder) in catalog.PayData.Careers!.Ladders)
        {
            foreach (var grade in ladder.Grades)
            {
                foreach (var place in places)
                {
                    var payOk = estimator.TryEstimate(roleId, grade, 1, place, start, out _, out var payError);
                    if (!payOk && payError!.Contains("locality", StringComparison.OrdinalIgnoreCase) is false)
                    {
                        continue; // pay refuses the grade or the date, not the place
                    }

                    var career = Record.Exception(() => CareerPath.Project(catalog, roleId, grade, start, null, place));
                    if (payOk)
                    {
                        Assert.Null(career);
                    }
                    else
                    {
                        var refusal = Assert.IsType<ArgumentException>(career, exactMatch: false);
                        Assert.Equal("locality", refusal.ParamName);
                        Assert.StartsWith(PayEndpointsWords(payError!), refusal.Message, StringComparison.Ordinal);
                    }

                    checkedPairs++;
                }
            }
        }

        Assert.True(checkedPairs > 100, checkedPairs.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Pay's message without the parameter suffix the exception adds.</summary>
    private static string PayEndpointsWords(string message)
    {
        var at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return (at < 0 ? message : message[..at])[..Math.Min(60, at < 0 ? message.Length : at)];
    }
}
