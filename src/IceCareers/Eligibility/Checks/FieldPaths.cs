using System.Globalization;

namespace IceCareers.Eligibility.Checks;

/// <summary>
/// The profile field paths of one field of a list, such as <c>education[2].gpa</c>, built once per index and shared, so
/// that naming a missing field on the hot path neither formats nor hashes.
/// </summary>
internal sealed class FieldPaths(string list, string field)
{
    private const int Cached = 16;
    private readonly string?[] _paths = new string?[Cached];

    public string this[int index]
    {
        get
        {
            if ((uint)index >= Cached)
            {
                return Build(index);
            }

            // A benign race: two threads may build equal strings; either one is a correct answer.
            return _paths[index] ??= Build(index);
        }
    }

    private string Build(int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{field}");
}
