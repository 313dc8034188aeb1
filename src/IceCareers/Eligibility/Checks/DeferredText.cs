namespace IceCareers.Eligibility.Checks;

/// <summary>
/// A text formatted on first read from a small state (numbers, dates, the check that owns the data-only parts), never
/// from the whole profile: a report must not become a way back to what the candidate stated beyond what its texts say.
/// </summary>
internal sealed class DeferredText<TState>(TState state, Func<TState, string> format) : LazyText
{
    protected override string Format() => format(state);
}
