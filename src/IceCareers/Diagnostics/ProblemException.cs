namespace IceCareers.Diagnostics;

/// <summary>
/// What the readers below the catalog throw: the problems found, before the catalog turns them into its public
/// <c>CatalogLoadException</c>. The readers cannot name that exception (it belongs to the layer above them), so they
/// throw this one and the catalog rethrows it with the same problems and cause.
/// </summary>
internal sealed class ProblemException : Exception
{
    public ProblemException(IEnumerable<Problem> problems, Exception? innerException = null)
        : base("The catalog data has problems.", innerException)
    {
        Problems = problems.ToArray();
    }

    public ProblemException()
        : this([], null)
    {
    }

    public ProblemException(string message)
        : this([new Problem(message)], null)
    {
    }

    public ProblemException(string message, Exception innerException)
        : this([new Problem(message)], innerException)
    {
    }

    /// <summary>Every problem found, in the order the reader found or sorted them.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
