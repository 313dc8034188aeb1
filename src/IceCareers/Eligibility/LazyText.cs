namespace IceCareers.Eligibility;

/// <summary>
/// A plain-English text formatted on first read, then cached. Evaluations keep only the few values a text names, so
/// callers that read just verdicts and outcomes never pay for the prose. Formatting must be a pure function of those
/// values: racing first reads may format twice, but every reader gets the one instance that won.
/// </summary>
internal abstract class LazyText
{
    private string? _value;

    public string Value
    {
        get
        {
            var value = Volatile.Read(ref _value);
            if (value is null)
            {
                var formatted = Format();
                value = Interlocked.CompareExchange(ref _value, formatted, null) ?? formatted;
            }

            return value;
        }
    }

    /// <summary>Builds the text; called at most once per racing reader, never again once a value is cached.</summary>
    protected abstract string Format();

    /// <inheritdoc />
    public override string ToString() => Value;
}
