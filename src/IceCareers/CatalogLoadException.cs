using System.Globalization;
using IceCareers.Diagnostics;

namespace IceCareers;

/// <summary>
/// Catalog data could not be loaded. <see cref="Errors"/> lists every problem found, each with file, line and column;
/// no other exception escapes a load.
/// </summary>
public sealed class CatalogLoadException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    public CatalogLoadException(IEnumerable<CatalogError> errors)
        : this(errors.ToArray(), null)
    {
    }

    /// <summary>Creates the exception from the problems found and the exception that revealed them.</summary>
    /// <param name="errors">Every problem found; at least one.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogLoadException(IEnumerable<CatalogError> errors, Exception innerException)
        : this(errors.ToArray(), innerException)
    {
    }

    private CatalogLoadException(CatalogError[] errors, Exception? innerException)
        : base(FormatMessage(Capped(errors), errors.Length), innerException)
    {
        Errors = Array.AsReadOnly(Capped(errors));
    }

    /// <summary>
    /// How many errors <see cref="Errors"/> lists at most; past it, the list ends with one more entry saying how many
    /// were left out, so that a hostile data folder cannot make the error huge.
    /// </summary>
    public const int MaxListed = 100;

    /// <summary>Creates an exception with one generic error (for serializers and tests).</summary>
    public CatalogLoadException()
        : this([new CatalogError("(unknown)", 1, 1, "The catalog could not be loaded.")], null)
    {
    }

    /// <summary>Creates an exception with one error that has no file position.</summary>
    /// <param name="message">What is wrong.</param>
    public CatalogLoadException(string message)
        : this([new CatalogError("(unknown)", 1, 1, message)], null)
    {
    }

    /// <summary>Creates an exception with one error that has no file position, wrapping its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CatalogLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = Array.AsReadOnly(new[] { new CatalogError("(unknown)", 1, 1, message) });
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<CatalogError> Errors { get; }

    private static CatalogError[] Capped(CatalogError[] errors)
    {
        if (errors.Length <= MaxListed)
        {
            return errors;
        }

        var capped = new CatalogError[MaxListed + 1];
        Array.Copy(errors, capped, MaxListed);
        var next = errors[MaxListed];
        capped[MaxListed] = new CatalogError(next.File, next.Line, next.Column, string.Create(CultureInfo.InvariantCulture,
            $"and {errors.Length - MaxListed:N0} more problems, not listed; fix these and load the data again"));
        return capped;
    }

    private static string FormatMessage(CatalogError[] errors, int total)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"The catalog data has {total:N0} problem{(total == 1 ? "" : "s")}:");
        return text + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
