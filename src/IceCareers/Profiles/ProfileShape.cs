namespace IceCareers.Profiles;

/// <summary>
/// One object of the profile document: its keys, in the order of the model's properties, and how to build the model from
/// the values read (one slot per key, <see langword="null"/> for a key absent or refused).
/// </summary>
internal sealed class ProfileShape(ProfileField[] fields, Func<object?[], object> create, Func<List<object?>, object>? list = null)
{
    public ProfileField[] Fields { get; } = fields;

    /// <summary>Builds the model from one value per field, in <see cref="Fields"/> order.</summary>
    public object Create(object?[] values) => create(values);

    /// <summary>Builds the typed list of models this shape's entries form.</summary>
    public object CreateList(List<object?> items) =>
        list is null ? throw new InvalidOperationException("This shape is not a list entry.") : list(items);

    /// <summary>The index of the field named <paramref name="key"/>, or -1.</summary>
    public int Find(string key, StringComparison comparison)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (string.Equals(Fields[i].Name, key, comparison))
            {
                return i;
            }
        }

        return -1;
    }
}
