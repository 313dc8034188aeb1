namespace IceCareers.Eligibility.Checks;

/// <summary>Which readings of a combination are met, compared by content.</summary>
internal readonly struct ReadingsMet(bool[]? met) : IEquatable<ReadingsMet>
{
    public bool this[int reading] => met is not null && met[reading];

    public bool Equals(ReadingsMet other) => (met ?? []).AsSpan().SequenceEqual(other.Met);

    public override bool Equals(object? obj) => obj is ReadingsMet other && Equals(other);

    public override int GetHashCode() => met?.Count(m => m) ?? 0;

    private ReadOnlySpan<bool> Met => met;
}
