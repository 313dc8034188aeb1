namespace IceCareers.Internal;

/// <summary>
/// A fixed two-way table between document words and enum values. A table holds a handful of words, so it is two
/// parallel arrays searched in order: as fast as hashing at this size, and without a dictionary per enum type, whose
/// generic code over each enum (two dictionaries for each of some twenty tables) the JIT compiled on every start.
/// </summary>
internal sealed class Words<T>
    where T : struct, Enum
{
    private readonly string[] _words;
    private readonly T[] _values;

    public Words(params (string Word, T Value)[] pairs)
    {
        _words = new string[pairs.Length];
        _values = new T[pairs.Length];
        // Each word and each value appears once (a test checks every table): not checked here, where it would cost
        // generic comparer code per enum type at every start.
        for (var i = 0; i < pairs.Length; i++)
        {
            (_words[i], _values[i]) = pairs[i];
        }
    }

    /// <summary>
    /// The table whose words are the enum's member names in kebab-case (<c>EducationExperience</c> →
    /// <c>education-experience</c>), for an enum whose document words follow its names: adding a member then adds its
    /// word, with nothing else to keep in step.
    /// </summary>
    public static Words<T> FromNames()
    {
        var values = Enum.GetValues<T>();
        var pairs = new (string Word, T Value)[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            pairs[i] = (Kebab(Enum.GetName(values[i])!), values[i]);
        }

        return new Words<T>(pairs);
    }

    /// <summary>The accepted words, in declaration order, for error messages.</summary>
    public string Allowed => string.Join(", ", _words);

    /// <summary>The accepted words, in declaration order (a new array each time).</summary>
    public string[] All => [.. _words];

    public bool TryParse(string? word, out T value)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            if (string.Equals(_words[i], word, StringComparison.Ordinal))
            {
                value = _values[i];
                return true;
            }
        }

        value = default;
        return false;
    }

    public string this[T value]
    {
        get
        {
            for (var i = 0; i < _values.Length; i++)
            {
                if (EqualityComparer<T>.Default.Equals(_values[i], value))
                {
                    return _words[i];
                }
            }

            throw new KeyNotFoundException($"No word for the value '{value}'.");
        }
    }

    private static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
